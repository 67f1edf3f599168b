/**
 * The benchmark's contenders, bundled into one script that runs inside the measured page (headless
 * Chromium) or is imported directly (jsdom). Each times one run on a fresh clone of the document, so
 * every contender starts from the same untouched page.
 */
import { Readability } from '@mozilla/readability';
import { processPage } from '../../src/core/index';
import { runPage } from '../../src/core/pipeline';
import type { Timings } from '../../src/core/types';

/**
 * verbatim: the whole pipeline (detect, clean, extract, render, quotes); tab: what the extension runs in
 * the page's thread, the pipeline without the quotes stage (the background runs that).
 */
export type Contender = 'readability' | 'verbatim' | 'tab' | 'walk';

/** Every contender, in the order the benchmark runs and reports them. */
export const CONTENDERS: readonly Contender[] = ['readability', 'verbatim', 'tab', 'walk'];

/** The pipeline's stages, as processPage times them. */
export const STAGES = ['detect', 'clean', 'extract', 'render', 'quotes'] as const;
export type Stage = (typeof STAGES)[number];
export type StageMs = Record<Stage, number>;

const RUN: Record<Contender, (doc: Document, view: Window & typeof globalThis) => unknown> = {
  readability: (doc) => new Readability(doc).parse(),
  verbatim: (doc, view) => processPage(doc, { view }),
  tab: (doc, view) => runPage(doc, { view }, null),
  // The floor: one TreeWalker pass over every node, reading its text.
  walk: (doc) => {
    const walker = doc.createTreeWalker(doc.documentElement, 0xffffffff);
    let chars = 0;
    while (walker.nextNode()) chars += walker.currentNode.nodeValue?.length ?? 0;
    return chars;
  },
};

export interface Timed {
  ms: number;
  /** The clone's own milliseconds (included in `ms` only when asked). */
  cloneMs: number;
  outcome: string;
  /** Per-stage milliseconds of a Verbatim run (null for the other contenders). */
  stages: StageMs | null;
}

function stagesOf(t: Timings): StageMs {
  return { detect: t.detectMs, clean: t.cleanMs, extract: t.extractMs, render: t.renderMs, quotes: t.quotesMs };
}

/** Milliseconds for one run of `who` on a clone of `doc`; `withClone` includes the clone itself. */
export function timeOnce(
  who: Contender,
  doc: Document,
  view: Window & typeof globalThis,
  withClone = false,
): Timed {
  const start = view.performance.now();
  const clone = doc.cloneNode(true) as Document;
  const t0 = view.performance.now();
  const result = RUN[who](clone, view);
  const end = view.performance.now();
  const ms = withClone ? end - start : end - t0;
  if (who !== 'verbatim') return { ms, cloneMs: t0 - start, outcome: result ? 'ok' : 'null', stages: null };
  const out = result as { kind: string; timings: Timings };
  return { ms, cloneMs: t0 - start, outcome: out.kind, stages: stagesOf(out.timings) };
}

/**
 * Every contender `reps` times on `doc` (after `warmup` untimed runs of each), plus the click-to-reader
 * time: the clone and the pipeline the tab runs. `first`: each contender's first timed run, and
 * `firstClick` the first run of the tab's pipeline with its clone; with no warm-up, in a page of the
 * contender's own, that is the run a reader's click gets: code not yet compiled, regexes not yet built.
 */
export function timePage(
  doc: Document,
  view: Window & typeof globalThis,
  reps: number,
  contenders: readonly Contender[],
  warmup = 0,
): { ms: Record<string, number[]>; click: number[]; first: Record<string, number>; firstClick: number | null; stages: StageMs[]; outcome: string } {
  // Untimed runs first, when asked: the page's code is then compiled before the timed repetitions.
  for (let i = 0; i < warmup; i++) for (const c of contenders) timeOnce(c, doc, view);
  const ms: Record<string, number[]> = {};
  const first: Record<string, number> = {};
  let firstClick: number | null = null;
  const stages: StageMs[] = [];
  let outcome = '';
  for (const c of contenders) ms[c] = [];
  // Repetition by repetition, each contender in turn, so that none runs on code the others have warmed
  // more (in Chromium the benchmark gives each contender a page of its own instead).
  for (let i = 0; i < reps; i++) {
    for (const c of contenders) {
      const r = timeOnce(c, doc, view);
      ms[c]!.push(r.ms);
      if (i === 0) first[c] = r.ms;
      if (i === 0 && c === 'tab') firstClick = r.ms + r.cloneMs;
      if (r.stages) stages.push(r.stages);
      if (c === 'verbatim') outcome = r.outcome;
    }
  }
  const click: number[] = [];
  if (contenders.includes('tab')) {
    for (let i = 0; i < reps; i++) click.push(timeOnce('tab', doc, view, true).ms);
  }
  return { ms, click, first, firstClick, stages, outcome };
}
