/**
 * The core pipeline, in order, on a Document the caller owns (a clone; it is mutated):
 *   detect  → metadata, AMP, is it an article?  (cheap; a huge or non-article page stops here)
 *   clean   → ad breaks, menus, comment prompts, AMP notices … removed, each recorded
 *   extract → body blocks, title, byline, date, lead image, subheadings, credits
 *   render  → sanitized reader-view HTML, blocks marked data-vb-block
 *   quotes  → speakers and quotes from the body blocks only (a failure here never loses the article)
 */
import { clean } from './clean/index';
import { DEFAULT_MAX_ELEMENTS, detect } from './detect/index';
import { extract } from './extract/index';
import { namesIn } from './extract/names';
import { findQuotes } from './quotes/index';
import { renderArticle } from './render/reader-view';
import type { Article, Outcome, ProcessOptions, QuotesResult, Timings, TraceEntry } from './types';

/** Words per minute for the reading-time estimate. */
const WORDS_PER_MINUTE = 230;

function emptyTimings(): Timings {
  return { detectMs: 0, cleanMs: 0, extractMs: 0, renderMs: 0, quotesMs: 0, totalMs: 0 };
}

function runQuotes(paragraphs: string[], notSpeakers: string[], trace: TraceEntry[]): QuotesResult {
  try {
    return findQuotes(paragraphs, { notSpeakers });
  } catch (err) {
    trace.push({ stage: 'quotes', rule: 'quotes-failed', detail: err instanceof Error ? err.message : String(err) });
    return { speakers: [], quotes: [] };
  }
}

/**
 * Turns a page into a reader-view article with its speakers and quotes, or says why it cannot.
 * @param doc a Document the caller owns (already cloned): it is mutated.
 * @param options `view` binds the sanitizer; `maxElements` (default 60 000) bounds the work;
 *   `trace` (default false) keeps the per-rule trace.
 */
export function processPage(doc: Document, options: ProcessOptions): Outcome {
  const now = (): number => options.view.performance.now();
  const timings = emptyTimings();
  const trace: TraceEntry[] = [];
  const t0 = now();
  const finish = (): TraceEntry[] => {
    timings.totalMs = now() - t0;
    return options.trace ? trace : [];
  };

  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const detected = detect(doc, options.url, maxElements, trace);
  timings.detectMs = now() - t0;
  const { meta, isAmp } = detected;
  if (!detected.verdict.article) {
    return { kind: 'not-article', reason: detected.verdict.reason, meta, isAmp, timings, trace: finish() };
  }

  let t = now();
  const { removed } = clean(doc, trace);
  timings.cleanMs = now() - t;

  t = now();
  const extracted = extract(doc, meta, detected.metaImage, trace, maxElements);
  timings.extractMs = now() - t;
  if (!extracted || extracted.blocks.length === 0) {
    const reason = 'Verbatim found no article text on this page.';
    return { kind: 'not-article', reason, meta: extracted?.meta ?? meta, isAmp, timings, trace: finish() };
  }

  t = now();
  const { blocks, credits } = extracted;
  const html = renderArticle({ ...extracted.meta, content: extracted.content, blocks, credits }, options.view);
  const textBlocks = blocks.map((b, index) => ({ index, ...b.block }));
  const text = textBlocks.map((b) => b.text).join('\n');
  const wordCount = text.split(/\s+/u).filter(Boolean).length;
  const article: Article = {
    ...extracted.meta,
    isAmp,
    text,
    blocks: textBlocks,
    credits,
    html,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  };
  timings.renderMs = now() - t;

  t = now();
  const notSpeakers = [...namesIn(article.byline), ...namesIn(credits)];
  const { speakers, quotes } = runQuotes(textBlocks.map((b) => b.text), notSpeakers, trace);
  timings.quotesMs = now() - t;

  return { kind: 'article', article, removed, speakers, quotes, timings, trace: finish() };
}
