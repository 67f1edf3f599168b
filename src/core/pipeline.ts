/**
 * The core pipeline, in order, on a Document the caller owns (a clone; it is mutated):
 *   detect  → metadata, AMP, is it an article?  (cheap; a huge or non-article page stops here)
 *   clean   → ad breaks, menus, comment prompts, AMP notices … removed, each recorded
 *   extract → body blocks, title, byline, date, lead image, subheadings, credits
 *   render  → sanitized reader-view HTML, blocks marked data-vb-block
 *   quotes  → speakers and quotes from the body blocks only (a failure here never loses the article)
 *
 * Three ways to run it: runPage (all stages at once: the CLI, tests), runPagePaced (pauses between
 * stages and gives up past a time budget: the content script, so the tab stays responsive), and
 * precheck (detect alone, read-only, on the live page before it is cloned).
 * The quotes stage is handed in (a QuoteFinder): core/index binds the quotes engine for processPage;
 * the content script passes null and has the extension's background find the quotes from
 * quoteInput(article), so the engine never loads into the page. This module never imports it.
 */
import { clean } from './clean/index';
import { DEFAULT_MAX_ELEMENTS, detect, type Detected } from './detect/index';
import { extract } from './extract/index';
import { namesIn } from './extract/names';
import { renderArticle } from './render/reader-view';
import type { Article, ArticleMeta, Outcome, Pacing, ProcessOptions, QuoteFinder, QuoteInput, QuotesResult, Stage, Timings, TraceEntry } from './types';

type Refusal = Extract<Outcome, { kind: 'not-article' }>;

/** What precheck read from an article page, handed to the run on its clone so detect runs once. */
export interface Accepted {
  kind: 'accepted';
  detected: Detected;
  detectMs: number;
  trace: TraceEntry[];
}

/** Words per minute for the reading-time estimate. */
const WORDS_PER_MINUTE = 230;

function emptyTimings(): Timings {
  return { detectMs: 0, cleanMs: 0, extractMs: 0, renderMs: 0, quotesMs: 0, totalMs: 0 };
}

/**
 * The quotes stage's input: the article's body blocks, and the byline's and credits' names as
 * non-speakers. Captions describe a picture or a clip ("WATCH: Russia says …" is a video's title) and
 * preformatted blocks hold code or output ("$ hg push ../public"), so they are passed empty: their
 * indices stay, so a quote's paragraph is still its block.
 */
export function quoteInput(article: Pick<Article, 'blocks' | 'byline' | 'credits'>): QuoteInput {
  return {
    paragraphs: article.blocks.map((b) => (b.tag === 'figcaption' || b.tag === 'pre' ? '' : b.text)),
    notSpeakers: [...namesIn(article.byline), ...namesIn(article.credits)],
  };
}

function runQuotes(finder: QuoteFinder, input: QuoteInput, trace: TraceEntry[]): QuotesResult {
  try {
    return finder(input);
  } catch (err) {
    trace.push({ stage: 'quotes', rule: 'quotes-failed', detail: err instanceof Error ? err.message : String(err) });
    return { speakers: [], quotes: [] };
  }
}

function refusal(detected: Detected, timings: Timings, trace: TraceEntry[]): Refusal | null {
  const { verdict, meta, isAmp } = detected;
  if (verdict.article) return null;
  return { kind: 'not-article', reason: verdict.reason, limit: verdict.limit === true, meta, isAmp, timings, trace };
}

/** What a paced run needs to know after each stage: where it is, and what to answer if it stops there. */
interface Step {
  stage: Stage;
  meta: ArticleMeta;
  isAmp: boolean;
  timings: Timings;
  trace: TraceEntry[];
}

/**
 * The stages one by one: each `yield` ends one; the return value is the outcome. `finder`: the quotes
 * stage (null: speakers and quotes stay empty). `checked`: detect already ran.
 */
function* stages(doc: Document, options: ProcessOptions, finder: QuoteFinder | null, checked?: Accepted): Generator<Step, Outcome, void> {
  const now = (): number => options.view.performance.now();
  const timings = emptyTimings();
  const trace: TraceEntry[] = checked ? [...checked.trace] : [];
  const t0 = now() - (checked?.detectMs ?? 0);
  const finish = (): TraceEntry[] => {
    timings.totalMs = now() - t0;
    return options.trace ? trace : [];
  };

  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const detected = checked?.detected ?? detect(doc, options.url, maxElements, trace);
  timings.detectMs = checked?.detectMs ?? now() - t0;
  const refused = refusal(detected, timings, trace);
  if (refused) return { ...refused, trace: finish() };
  const { meta, isAmp } = detected;
  const step = (stage: Stage, m: ArticleMeta = meta): Step => ({ stage, meta: m, isAmp, timings, trace });
  yield step('detect');

  let t = now();
  const { removed } = clean(doc, trace);
  timings.cleanMs = now() - t;
  yield step('clean');

  t = now();
  const extracted = extract(doc, meta, detected.metaImage, trace, maxElements);
  timings.extractMs = now() - t;
  if (!extracted || extracted.blocks.length === 0) {
    const reason = 'Verbatim found no article text on this page.';
    return { kind: 'not-article', reason, limit: false, meta: extracted?.meta ?? meta, isAmp, timings, trace: finish() };
  }
  yield step('extract', extracted.meta);

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
  yield step('render', extracted.meta);

  t = now();
  const found: QuotesResult = finder ? runQuotes(finder, quoteInput(article), trace) : { speakers: [], quotes: [] };
  timings.quotesMs = now() - t;

  return { kind: 'article', article, removed, ...found, timings, trace: finish() };
}

/**
 * Turns a page into a reader-view article with its speakers and quotes, or says why it cannot.
 * @param doc a Document the caller owns (already cloned): it is mutated.
 * @param options `view` binds the sanitizer; `maxElements` (default 60 000) bounds the work;
 *   `trace` (default false) keeps the per-rule trace.
 * @param finder the quotes stage (null: no speakers and quotes).
 */
export function runPage(doc: Document, options: ProcessOptions, finder: QuoteFinder | null): Outcome {
  const run = stages(doc, options, finder);
  for (;;) {
    const next = run.next();
    if (next.done) return next.value;
  }
}

/**
 * runPage for a caller whose thread must stay responsive: it pauses after every stage, so no
 * stall is longer than one stage, and it gives up with a `limit` outcome when a stage ends after
 * `pacing.budgetMs`. `checked`: precheck's answer on the page `doc` was cloned from (detect is not run again).
 */
export async function runPagePaced(doc: Document, options: ProcessOptions, pacing: Pacing, finder: QuoteFinder | null, checked?: Accepted): Promise<Outcome> {
  const t0 = options.view.performance.now() - (checked?.detectMs ?? 0);
  const run = stages(doc, options, finder, checked);
  for (;;) {
    const next = run.next();
    if (next.done) return next.value;
    const elapsed = options.view.performance.now() - t0;
    if (elapsed > pacing.budgetMs) {
      const { meta, isAmp, timings, trace } = next.value;
      timings.totalMs = elapsed;
      const seconds = (pacing.budgetMs / 1000).toLocaleString('en');
      const reason = `This page is too long to turn into a reader view here (it took more than ${seconds} s).`;
      trace.push({ stage: next.value.stage, rule: 'over-time-budget', detail: `${Math.round(elapsed)} ms` });
      return { kind: 'not-article', reason, limit: true, meta, isAmp, timings, trace: options.trace ? trace : [] };
    }
    await pacing.pause();
  }
}

/**
 * Detect alone, on the live page: detect only reads the document, so a page that is too large,
 * nested too deeply or not an article is answered without paying for a clone (cloning a
 * 100 000-element page alone takes about 100 ms in a tab). Accepted: clone the page and hand this
 * answer to runPagePaced with the clone.
 */
export function precheck(doc: Document, options: ProcessOptions): Refusal | Accepted {
  const t0 = options.view.performance.now();
  const trace: TraceEntry[] = [];
  const detected = detect(doc, options.url, options.maxElements ?? DEFAULT_MAX_ELEMENTS, trace);
  const detectMs = options.view.performance.now() - t0;
  const timings = emptyTimings();
  timings.detectMs = timings.totalMs = detectMs;
  const refused = refusal(detected, timings, trace);
  return refused ? { ...refused, trace: options.trace ? trace : [] } : { kind: 'accepted', detected, detectMs, trace };
}
