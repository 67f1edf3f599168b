/**
 * The reader view's article element: the core's sanitized markup (via `toFragment`), plus the
 * reading time on its meta line, a header when the markup has none, and the credits footnote when
 * the markup does not already carry it. Page-derived strings are set with textContent.
 */
import { humanDate } from '../core/render/human-date';
import type { Article } from '../core/types';
import { t } from '../shared/i18n';

/** Makes sanitized DOM from article markup (the core's sanitizedFragment in the extension). */
export type ToFragment = (html: string, view: Window & typeof globalThis) => DocumentFragment;

const minutes = (article: Article): string => t('minRead', String(Math.max(1, article.readingMinutes)));

/** A header for markup that has none: site, title, byline, date. */
function buildHeader(doc: Document, article: Article): HTMLElement {
  const header = doc.createElement('header');
  if (article.siteName) {
    const kicker = header.appendChild(doc.createElement('p'));
    kicker.className = 'vb-kicker';
    kicker.textContent = article.siteName;
  }
  header.appendChild(doc.createElement('h1')).textContent = article.title;
  if (article.byline) {
    const byline = header.appendChild(doc.createElement('p'));
    byline.className = 'vb-byline';
    byline.textContent = article.byline;
  }
  const meta = header.appendChild(doc.createElement('p'));
  meta.className = 'vb-meta';
  meta.textContent = [article.publishedTime && humanDate(article.publishedTime, article.lang), minutes(article)].filter(Boolean).join(' · ');
  return header;
}

/** The article: the core's sanitized markup, with reading time added (and a header if it has none). */
export function buildArticle(doc: Document, view: Window & typeof globalThis, article: Article, toFragment: ToFragment): HTMLElement {
  const body = toFragment(article.html, view);
  // The core's markup is normally one <article>; the wrapper is an <article> only when it is not.
  const el = doc.createElement([...body.children].some((c) => c.localName === 'article') ? 'div' : 'article');
  el.className = 'vb-article';
  const bodyText = body.textContent ?? '';
  if (!body.querySelector('h1')) el.append(buildHeader(doc, article));
  el.append(body);
  const meta = el.querySelector('.vb-meta');
  if (meta && !meta.textContent?.includes(minutes(article))) meta.append(`${meta.textContent?.trim() ? ' · ' : ''}${minutes(article)}`);
  if (article.credits && !bodyText.includes(article.credits)) {
    const credits = el.appendChild(doc.createElement('footer'));
    credits.className = 'vb-credits';
    credits.textContent = article.credits;
  }
  return el;
}

