/**
 * The cheap check before any heavy work: is this page one article? Modelled on Readability's
 * isProbablyReaderable, plus the page's own declaration (JSON-LD / og:type) and the shapes of pages
 * that are clearly not articles (sign-in forms, lists of headlines). Tiny pages with no signal either
 * way go on to extraction, which has the last word.
 */
import { isProbablyReaderable } from '@mozilla/readability';

export type ArticleVerdict =
  | { article: true; rule: string }
  /** `limit`: refused for its size (detect's budgets), not for what it is. */
  | { article: false; rule: string; reason: string; limit?: true };

export interface PageSignals {
  /** JSON-LD has an article type, or og:type is article. */
  declaredArticle: boolean;
  /** JSON-LD / og:type declare a non-article page (WebSite, CollectionPage, og:type website …). */
  declaredOther: boolean;
}

// Non-article schema.org types that, with no article type beside them, describe the whole page.
export const NON_ARTICLE_TYPES = new Set(['website', 'collectionpage', 'itemlist', 'searchresultspage', 'profilepage', 'loginpage', 'checkoutpage', 'store', 'product']);

/** Share of the body's text inside links above which a page reads as a list of links… */
const LINK_TEXT_SHARE = 0.5;
/** …when it has at least this many links (a tiny page of one link is not a listing). */
const MIN_LINKS = 10;
/** Headline links (a link inside h1–h4) from which a page is a list of stories. */
const HEADLINE_LINKS = 6;
/** A page that declares itself a website/listing needs less evidence. */
const DECLARED_HEADLINE_LINKS = 3;
const DECLARED_LINK_TEXT_SHARE = 0.35;

function links(body: HTMLElement): { share: number; count: number } {
  const total = (body.textContent ?? '').replace(/\s+/g, '').length;
  let linked = 0;
  let count = 0;
  for (const a of body.getElementsByTagName('a')) {
    const n = (a.textContent ?? '').replace(/\s+/g, '').length;
    linked += n;
    if (n > 0) count++;
  }
  return { share: total === 0 ? 0 : linked / total, count };
}

export function judgeArticle(doc: Document, signals: PageSignals): ArticleVerdict {
  const body = doc.body;
  if (!body || (body.textContent ?? '').trim() === '') {
    return { article: false, rule: 'empty-page', reason: 'The page is empty: there is no text to read.' };
  }
  if (signals.declaredArticle) return { article: true, rule: 'declared-article' };
  if (isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 })) return { article: true, rule: 'readerable' };
  if (body.querySelector('input[type="password" i]')) {
    return { article: false, rule: 'sign-in-form', reason: 'This page is a sign-in form, not an article.' };
  }
  const headlineLinks = body.querySelectorAll('h1 a[href], h2 a[href], h3 a[href], h4 a[href]').length;
  const { share, count } = links(body);
  const listing = signals.declaredOther
    ? headlineLinks >= DECLARED_HEADLINE_LINKS || (count >= MIN_LINKS && share > DECLARED_LINK_TEXT_SHARE)
    : headlineLinks >= HEADLINE_LINKS || (count >= MIN_LINKS && share > LINK_TEXT_SHARE);
  if (listing) {
    return { article: false, rule: 'link-list', reason: 'This page is a list of headlines and links (a home or section page), not an article.' };
  }
  // No long run of paragraphs, but nothing says it is not an article: extraction has the last word.
  return { article: true, rule: 'undecided' };
}
