/** detect: AMP signals, JSON-LD, meta tags, and the cheap article verdict. */
import { describe, expect, test } from 'vitest';
import { ampSignal } from '../../../../src/core/detect/amp';
import { readJsonLd } from '../../../../src/core/detect/json-ld';
import { readMetadata } from '../../../../src/core/detect/metadata';
import { domOf, PROSE, runHtml } from '../../../helpers/load-page';

const docOf = (html: string, url?: string): Document => domOf(html, url).window.document;

describe('AMP', () => {
  test.each([
    ['<html ⚡ lang="en"><body></body></html>', 'amp-html-attribute'],
    ['<html amp><body></body></html>', 'amp-html-attribute'],
    ['<html ⚡4email><body></body></html>', 'amp-variant-attribute'],
    ['<html transformed="self;v=1"><body></body></html>', 'amp-transformed'],
    ['<html class="i-amphtml-singledoc"><body></body></html>', 'amp-server-rendered'],
    ['<html><head><style amp-custom>p{}</style></head><body></body></html>', 'amp-server-rendered'],
    ['<html><head><script async src="https://cdn.ampproject.org/v0.js"></script></head><body></body></html>', 'amp-runtime-script'],
    ['<html><body><amp-img src="a.jpg"></amp-img></body></html>', 'amp-elements'],
  ])('%s → %s', (html, signal) => expect(ampSignal(docOf(html))).toBe(signal));

  test.each([
    '<html lang="en"><body><p>Regular page about amp meters and AMP stories.</p></body></html>',
    '<html><body><div class="amp-like">x</div><a href="https://example.com/amp/">AMP version</a></body></html>',
  ])('not AMP: %s', (html) => expect(ampSignal(docOf(html))).toBeNull());
});

const ld = (json: string): string => `<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`;

describe('JSON-LD', () => {
  test.each([
    ['NewsArticle', '{"@type":"NewsArticle","headline":"H1","author":{"@type":"Person","name":"Ann Lee"},"datePublished":"2022-01-27"}', 'H1', ['Ann Lee']],
    ['Article with author list', '{"@type":"Article","headline":"H2","author":[{"name":"Ann Lee"},{"name":"Bo Chan"}]}', 'H2', ['Ann Lee', 'Bo Chan']],
    ['ReportageNewsArticle', '{"@type":"ReportageNewsArticle","headline":"H3","author":"Cy Diaz"}', 'H3', ['Cy Diaz']],
    ['an array of nodes', '[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"H4"}]', 'H4', []],
    ['@graph', '{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"H5"}]}', 'H5', []],
    ['an HTML comment wrapper', '<!-- {"@type":"NewsArticle","headline":"H6"} -->', 'H6', []],
    ['entity-encoded text', '{"@type":"NewsArticle","headline":"Assad&#8217;s troops &amp; allies","author":"Ren&eacute; O&#39;Neil"}', 'Assad\u2019s troops & allies', ['Ren\u00e9 O\'Neil']],
  ])('%s', (_name, json, headline, authors) => {
    const info = readJsonLd(docOf(ld(json)));
    expect(info.article?.headline).toBe(headline);
    expect(info.article?.authors).toEqual(authors);
  });

  test('malformed JSON-LD is ignored, the next block still read', () => {
    const html = `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><script type="application/ld+json">{"@type":"NewsArticle","headline":"Fine"}</script></head><body></body></html>`;
    expect(readJsonLd(docOf(html)).article?.headline).toBe('Fine');
  });

  test('a WebSite-only page has no article', () => {
    const info = readJsonLd(docOf(ld('{"@type":"WebSite","name":"Site"}')));
    expect(info.article).toBeNull();
    expect(info.types).toEqual(['website']);
  });
});

describe('metadata', () => {
  const head = `<meta property="og:title" content="OG title"><meta property="og:site_name" content="The Daily"><meta name="author" content="Ann Lee">
    <meta property="article:published_time" content="2024-01-02T03:04:05Z"><meta name="description" content="Desc.">
    <link rel="canonical" href="/news/story-1"><meta property="og:image" content="/img/lead.jpg">`;
  const meta = readMetadata(docOf(`<html lang="fr"><head><title>Doc title | The Daily</title>${head}</head><body></body></html>`, 'https://daily.example/amp/story-1'), { article: null, types: [] }, undefined);

  test.each([
    ['title', 'OG title'],
    ['siteName', 'The Daily'],
    ['byline', 'Ann Lee'],
    ['publishedTime', '2024-01-02T03:04:05Z'],
    ['excerpt', 'Desc.'],
    ['lang', 'fr'],
    ['url', 'https://daily.example/news/story-1'],
    ['image', 'https://daily.example/img/lead.jpg'],
  ])('%s', (field, value) => expect(meta[field as keyof typeof meta]).toBe(value));

  test('without og:title the <title> loses its " | Site" suffix', () => {
    const m = readMetadata(docOf('<html><head><title>Story | The Daily</title><meta property="og:site_name" content="The Daily"></head></html>'), { article: null, types: [] }, undefined);
    expect(m.title).toBe('Story');
  });

  test.each([
    ['a site-wide og:title gives way to the page’s headline', 'Ferry service resumes after storm', 'Harbor News: latest headlines', 'Ferry service resumes after storm'],
    ['hard negative: an og:title rewording the headline stays', 'Ferries back after storm | Harbor News', 'Ferries back after storm', 'Ferries back after storm'],
    ['hard negative: an h1 that only opens the title (a blog’s name) is no headline', 'Ferry service resumes after storm: notes from a week of waiting at the quay for the boats', 'Notes from a week', 'Notes from a week'],
  ])('%s', (_name, docTitle, og, want) => {
    const html = `<html><head><title>${docTitle}</title><meta property="og:title" content="${og}"></head><body><h1>Ferry service resumes after storm</h1></body></html>`;
    expect(readMetadata(docOf(html), { article: null, types: [] }, undefined).title).toBe(want);
  });

  test('a value its CMS encoded twice is decoded', () => {
    const m = readMetadata(docOf('<html><head><meta property="og:title" content="Assad&amp;#8217;s troops &amp;amp; allies"></head></html>'), { article: null, types: [] }, undefined);
    expect(m.title).toBe('Assad\u2019s troops & allies');
  });

  test('a URL byline is not a name (hard negative)', () => {
    const m = readMetadata(docOf('<html><head><meta property="article:author" content="https://facebook.com/someone"></head></html>'), { article: null, types: [] }, undefined);
    expect(m.byline).toBeNull();
  });
});

describe('is it an article?', () => {
  const prose = PROSE.map((p) => `<p>${p}</p>`).join('');
  test.each([
    ['a page of paragraphs', `<html><body><article>${prose}</article></body></html>`, 'article'],
    ['a short page that declares NewsArticle', `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script></head><body><p>Only one short paragraph of text here, but it is the article.</p></body></html>`, 'article'],
    ['a tiny page with no signal either way', '<html><body><p>abc</p><p>def ghi</p></body></html>', 'article'],
    ['an empty page', '<html><body>  </body></html>', 'The page is empty'],
    ['a sign-in form', '<html><body><h1>Sign in</h1><form><input type="email"><input type="password"><button>Go</button></form></body></html>', 'sign-in form'],
    ['a list of headlines', `<html><body>${Array.from({ length: 8 }, (_, i) => `<h3><a href="/s${i}">Headline number ${i} about the news</a></h3><p>Teaser.</p>`).join('')}</body></html>`, 'list of headlines'],
  ])('%s', (_name, html, want) => {
    const outcome = runHtml(html);
    expect(outcome.kind === 'article' ? 'article' : outcome.reason).toContain(want);
  });

  test('a page above maxElements gets a not-article outcome naming the limit', () => {
    const outcome = runHtml(`<html><body><article>${prose}</article></body></html>`, undefined, { maxElements: 5 });
    expect(outcome.kind).toBe('not-article');
    expect(outcome.kind === 'not-article' && outcome.reason).toMatch(/too large.*limit is 5/);
  });
});
