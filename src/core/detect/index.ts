/**
 * detect: metadata, AMP, and the cheap "is this an article?" verdict, before any heavy work.
 *   page → { meta, isAmp, verdict }   e.g. an AMP NewsArticle → isAmp true, verdict article
 */
import type { ArticleMeta, TraceEntry } from '../types';
import { ampSignal } from './amp';
import { judgeArticle, NON_ARTICLE_TYPES, type ArticleVerdict } from './is-article';
import { hasArticleType, readJsonLd } from './json-ld';
import { readMetadata } from './metadata';

export interface Detected {
  meta: ArticleMeta;
  /** og:image / JSON-LD image, a lead image candidate when the article shows none. */
  metaImage: string | null;
  isAmp: boolean;
  verdict: ArticleVerdict;
}

/**
 * Default element budget (ProcessOptions.maxElements). Real news pages have fewer than 10 000
 * elements (the largest page in the evaluation corpus, a long encyclopedia article, about 9 900);
 * 60 000 leaves a six-fold margin and still bounds the synchronous work the content script does in
 * the tab (the engine's cost grows faster than linearly with the element count).
 */
export const DEFAULT_MAX_ELEMENTS = 60_000;
/**
 * Text budget: 500 000 characters is about 80 000 words, a short novel on one page (long-form news
 * runs to 10 000 words). The engine's stages grow with the text; above this, one stage alone would
 * hold the tab for more than a few hundred milliseconds.
 */
export const MAX_TEXT_CHARS = 500_000;
/**
 * Nesting deeper than browsers build (Chromium's parser stops nesting at 512) is refused: recursive
 * DOM code (serialisers, the engine) would overflow the stack on it.
 */
export const MAX_DEPTH = 512;

/** The element nesting depth of `root`, counting stops just past `limit`. Iterative. */
export function nestingDepth(root: Element, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let el: Element | null = root;
  while (el) {
    if (el.firstElementChild) {
      el = el.firstElementChild;
      depth++;
      if (depth > deepest && (deepest = depth) > limit) return deepest;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    if (!el || el === root) break;
    el = el.nextElementSibling;
  }
  return deepest;
}

/** Characters of text in `root`, leaving out script, style and noscript (inline data can be megabytes). */
export function visibleChars(root: Element): number {
  let chars = root.textContent?.length ?? 0;
  for (const el of root.querySelectorAll('script, style, noscript')) {
    if (!el.parentElement?.closest('script, style, noscript')) chars -= el.textContent?.length ?? 0;
  }
  return chars;
}

/** A refusal for size (elements, visible text, nesting depth, checked from cheapest up), or null. */
function overBudget(doc: Document, maxElements: number): ArticleVerdict | null {
  const refuse = (rule: string, reason: string): ArticleVerdict => ({ article: false, limit: true, rule, reason });
  const elements = doc.getElementsByTagName('*').length;
  if (elements > maxElements) {
    return refuse('too-many-elements', `This page is too large to turn into a reader view (${elements.toLocaleString('en')} elements; the limit is ${maxElements.toLocaleString('en')}).`);
  }
  const chars = doc.body ? visibleChars(doc.body) : 0;
  if (chars > MAX_TEXT_CHARS) {
    return refuse('too-much-text', `This page is too long to turn into a reader view (${chars.toLocaleString('en')} characters of text; the limit is ${MAX_TEXT_CHARS.toLocaleString('en')}).`);
  }
  const depth = doc.documentElement ? nestingDepth(doc.documentElement, MAX_DEPTH) : 0;
  if (depth > MAX_DEPTH) {
    return refuse('too-deep', `This page's markup is nested too deeply to turn into a reader view (more than ${MAX_DEPTH} levels).`);
  }
  return null;
}

export function detect(doc: Document, url: string | undefined, maxElements: number, trace: TraceEntry[]): Detected {
  const ld = readJsonLd(doc);
  const { image, ogType, ...meta } = readMetadata(doc, ld, url);
  const amp = ampSignal(doc);
  trace.push({ stage: 'detect', rule: amp ?? 'not-amp', detail: amp ? 'AMP page' : 'regular page' });
  const over = overBudget(doc, maxElements);
  if (over) return { meta, metaImage: image, isAmp: amp !== null, verdict: over };
  const declaredArticle = ld.article !== null || hasArticleType(ld.types) || ogType === 'article';
  const declaredOther = !declaredArticle && (ld.types.some((t) => NON_ARTICLE_TYPES.has(t)) || ogType === 'website');
  const verdict = judgeArticle(doc, { declaredArticle, declaredOther });
  trace.push({ stage: 'detect', rule: verdict.rule, detail: verdict.article ? 'article' : verdict.reason });
  return { meta, metaImage: image, isAmp: amp !== null, verdict };
}
