/** Hand-built values for the shell tests: a small article outcome and a page to mount over. */
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Article, Quote, Speaker } from '../../src/core/types';
import type { PageSummary } from '../../src/shared/messages';

export const PAGE = `<!doctype html><html lang="en" class="js" style="color: red"><head><title>Talks</title></head>
<body data-x="1"><header><nav>Menu Topics Connect</nav></header>
<main><h1>Talks resume</h1><p id="p1">Kremlin spokesman Dmitry Peskov said “the talks were useful,” adding more.</p>
<div class="ad">Story continues below advertisement</div><p>Second paragraph.</p></main></body></html>`;

/** A jsdom window that keeps quiet about APIs jsdom does not implement (scrollTo). */
export function pageWindow(html = PAGE): Window & typeof globalThis {
  const dom = new JSDOM(html, { url: 'https://news.example.test/world/talks', virtualConsole: new VirtualConsole() });
  return dom.window as unknown as Window & typeof globalThis;
}

export const ARTICLE: Article = {
  url: 'https://news.example.test/world/talks',
  title: 'Talks resume',
  byline: 'Jane Writer',
  siteName: 'Example News',
  publishedTime: '2024-03-02T10:00:00Z',
  lang: 'en',
  excerpt: null,
  leadImage: null,
  isAmp: false,
  text: 'Kremlin spokesman Dmitry Peskov said “the talks were useful,” adding more.\nHe said: “We are <b>ready</b>.”',
  blocks: [
    { index: 0, tag: 'p', text: 'Kremlin spokesman Dmitry Peskov said “the talks were useful,” adding more.' },
    { index: 1, tag: 'p', text: 'He said: “We are <b>ready</b>.”' },
  ],
  credits: '(Additional reporting by Ann Other)',
  html:
    '<h1>Talks resume</h1><p data-vb-block="0">Kremlin spokesman Dmitry Peskov said “the <em>talks</em> were\u00a0useful,” adding more.</p>' +
    '<p data-vb-block="1">He said: “We are &lt;b&gt;ready&lt;/b&gt;.”</p>',
  wordCount: 20,
  readingMinutes: 1,
};

export const SPEAKERS: Speaker[] = [
  { id: 's1', name: 'Dmitry Peskov', role: 'Kremlin spokesman', kind: 'person', aliases: ['Peskov'], quoteCount: 2 },
  { id: 's2', name: 'NATO', role: null, kind: 'organization', aliases: [], quoteCount: 1 },
];

export const QUOTES: Quote[] = [
  { speakerId: 's1', speaker: 'Dmitry Peskov', role: 'Kremlin spokesman', text: 'the talks were useful,', kind: 'direct', paragraph: 0, rule: 'r' },
  { speakerId: 's1', speaker: 'Dmitry Peskov', role: 'Kremlin spokesman', text: 'We are <b>ready</b>.', kind: 'direct', paragraph: 1, rule: 'r' },
  { speakerId: 's2', speaker: 'NATO', role: null, text: 'the alliance was watching', kind: 'reported', paragraph: 1, rule: 'r' },
  { speakerId: null, speaker: null, role: null, text: 'a mystery', kind: 'partial', paragraph: 0, rule: 'r' },
];

export const SUMMARY: Extract<PageSummary, { kind: 'article' }> = {
  kind: 'article',
  title: 'Talks resume <img src=x onerror=alert(1)>',
  byline: 'Jane Writer',
  siteName: 'Example News',
  publishedTime: '2024-03-02T10:00:00Z',
  url: 'https://news.example.test/world/talks',
  readingMinutes: 3,
  speakers: SPEAKERS,
  quotes: QUOTES,
  removed: [
    { kind: 'ad-break', text: 'Story continues below advertisement', rule: 'ad-marker' },
    { kind: 'ad-break', text: 'Advertisement', rule: 'ad-marker' },
    { kind: 'menu', text: 'Menu Topics Connect', rule: 'nav' },
  ],
};

/** Stand-in for the core's sanitizedFragment: template parsing (the shells only need DOM back). */
export function toFragment(html: string, view: Window & typeof globalThis): DocumentFragment {
  const template = view.document.createElement('template');
  template.innerHTML = html;
  return template.content;
}
