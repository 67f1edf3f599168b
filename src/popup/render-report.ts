/**
 * PageReport → popup DOM. Page-derived strings go through textContent only. Speakers come in order
 * of first appearance (the core's order), each with role, kind and quote count and their quotes
 * marked direct / partial / reported; then what was removed, grouped by kind.
 */
import type { Quote, QuotesNotice, Removal, Speaker } from '../core/types';
import { countOf, t, type MessageKey } from '../shared/i18n';
import type { PageSummary } from '../shared/messages';

/** The sentence shown for each reason the quotes engine gives for not reading an article. */
const NOTICE_KEYS: Record<QuotesNotice, MessageKey> = { 'not-english': 'quotesNotEnglish' };

type ArticleSummary = Extract<PageSummary, { kind: 'article' }>;

export interface ReportActions {
  showQuote(quote: Quote): void;
  copyQuote(quote: Quote): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderQuote(doc: Document, quote: Quote, actions: ReportActions): HTMLLIElement {
  const li = el(doc, 'li', 'quote');
  const show = el(doc, 'button', 'quote-text');
  show.type = 'button';
  const badge = el(doc, 'span', `kind kind-${quote.kind}`, t(`kind_${quote.kind}`));
  const text = el(doc, 'span', 'said', quote.kind === 'reported' ? quote.text : `“${quote.text}”`);
  show.append(badge, text);
  show.title = t('showInReader');
  show.addEventListener('click', () => actions.showQuote(quote));
  const copy = el(doc, 'button', 'copy', t('copy'));
  copy.type = 'button';
  copy.setAttribute('aria-label', quote.speaker ? t('copyQuoteByLabel', quote.speaker) : t('copyQuoteLabel'));
  copy.addEventListener('click', () => actions.copyQuote(quote));
  li.append(show, copy);
  return li;
}

function renderSpeaker(doc: Document, speaker: { name: string; role: string | null; kind: Speaker['kind'] | null }, quotes: Quote[], actions: ReportActions): HTMLLIElement {
  const li = el(doc, 'li', 'speaker');
  const head = el(doc, 'div', 'speaker-head');
  head.append(el(doc, 'h3', 'speaker-name', speaker.name));
  const facts = el(doc, 'p', 'speaker-facts');
  if (speaker.role) facts.append(el(doc, 'span', 'role', speaker.role));
  if (speaker.kind) facts.append(el(doc, 'span', `speaker-kind kind-${speaker.kind}`, t(`kind_${speaker.kind}`)));
  facts.append(el(doc, 'span', 'count', countOf(quotes.length, 'quoteCountOne', 'quoteCountMany')));
  head.append(facts);
  const list = el(doc, 'ul', 'quotes');
  list.setAttribute('aria-label', t('quotesBy', speaker.name));
  for (const q of quotes) list.append(renderQuote(doc, q, actions));
  li.append(head, list);
  return li;
}

function renderRemoved(doc: Document, removed: readonly Removal[]): HTMLElement {
  const details = el(doc, 'details', 'removed');
  details.append(el(doc, 'summary', undefined, countOf(removed.length, 'removedOne', 'removedMany')));
  const byKind = new Map<string, Removal[]>();
  for (const r of removed) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);
  const list = el(doc, 'ul', 'removed-kinds');
  for (const [kind, items] of byKind) {
    const li = el(doc, 'li');
    li.append(el(doc, 'span', 'removed-kind', `${kind} (${items.length})`));
    const texts = el(doc, 'ul', 'removed-texts');
    for (const item of items.slice(0, 20)) {
      const text = item.text.replace(/\s+/g, ' ').trim();
      texts.append(el(doc, 'li', undefined, text.length > 90 ? `${text.slice(0, 89)}…` : text || t('noText')));
    }
    li.append(texts);
    list.append(li);
  }
  details.append(list);
  return details;
}

/** The article part of the popup: heading, facts, speakers with their quotes, removals. */
export function renderArticle(doc: Document, page: ArticleSummary, actions: ReportActions): DocumentFragment {
  const frag = doc.createDocumentFragment();
  const header = el(doc, 'header', 'page');
  if (page.siteName) header.append(el(doc, 'p', 'site', page.siteName));
  header.append(el(doc, 'h1', 'title', page.title));
  const facts = [page.byline, t('minRead', String(Math.max(1, page.readingMinutes)))].filter((s): s is string => Boolean(s));
  header.append(el(doc, 'p', 'facts', facts.join(' · ')));
  frag.append(header);

  const section = el(doc, 'section', 'speakers-section');
  section.setAttribute('aria-labelledby', 'speakers-heading');
  const heading = el(doc, 'h2', undefined, page.speakers.length ? t('speakersCount', String(page.speakers.length)) : t('speakers'));
  heading.id = 'speakers-heading';
  section.append(heading);
  const assigned = new Set(page.speakers.map((s) => s.id));
  const loose = page.quotes.filter((q) => q.speakerId === null || !assigned.has(q.speakerId));
  if (!page.speakers.length && !loose.length) {
    section.append(el(doc, 'p', 'empty', t(page.notice ? NOTICE_KEYS[page.notice] : 'noQuotes')));
  } else {
    const list = el(doc, 'ol', 'speakers');
    for (const s of page.speakers) list.append(renderSpeaker(doc, s, page.quotes.filter((q) => q.speakerId === s.id), actions));
    if (loose.length) list.append(renderSpeaker(doc, { name: t('unattributed'), role: null, kind: null }, loose, actions));
    section.append(list);
  }
  frag.append(section);
  if (page.removed.length) frag.append(renderRemoved(doc, page.removed));
  return frag;
}

/** A short notice (not an article, cannot script, failure): a heading and a sentence. */
export function renderNotice(doc: Document, title: string, message: string): DocumentFragment {
  const frag = doc.createDocumentFragment();
  const box = el(doc, 'div', 'notice');
  box.append(el(doc, 'h1', 'title', title), el(doc, 'p', undefined, message));
  frag.append(box);
  return frag;
}
