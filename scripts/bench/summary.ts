/**
 * Per-page times → the corpus figures the benchmark reports for one environment: medians, p95,
 * click-to-reader p95, ratios, and the median of each pipeline stage.
 */
import { STAGES, type Contender, type StageMs } from './in-page';
import { median, percentile, round } from './stats';

export interface PageTimes {
  id: string;
  /** Per-page median of each contender. */
  ms: Record<Contender, number>;
  /** Per-page median click-to-reader time (clone + the pipeline the tab runs). */
  clickMs: number;
  /** Per-page median of each stage of the pipeline. */
  stages: StageMs;
  /** Each contender's first timed run on the page. */
  firstMs: Record<Contender, number>;
  /** The first click-to-reader run on the page (clone + the pipeline the tab runs), null if not timed. */
  firstClickMs: number | null;
}

/**
 * First runs, where each contender had a fresh page and no warm-up: the cost a reader's click pays,
 * compilation included.
 */
export interface FirstRunSummary {
  readabilityMedianMs: number;
  tabMedianMs: number;
  /** tabMedianMs / readabilityMedianMs. */
  tabRatio: number;
  clickMedianMs: number;
  clickP95Ms: number;
}

export interface EnvSummary {
  readabilityMedianMs: number;
  verbatimMedianMs: number;
  /** The pipeline the tab runs (without quotes, which the background finds). */
  tabMedianMs: number;
  walkMedianMs: number;
  p95Ms: number;
  clickToReaderP95Ms: number;
  ratio: number;
  /** tabMedianMs / readabilityMedianMs. */
  tabRatio: number;
  ratioToWalk: number;
  /** Corpus median of the per-page median of each stage. */
  stagesMedianMs: StageMs;
  /** Present when the runs were cold (see FirstRunSummary). */
  firstRun?: FirstRunSummary;
}

/** Per-stage medians of a list of runs (one page's repetitions, or the pages of a corpus). */
export function stageMedians(runs: readonly StageMs[], digits = 3): StageMs {
  const out = {} as StageMs;
  for (const s of STAGES) out[s] = round(median(runs.map((r) => r[s])), digits);
  return out;
}

/** One page's repetitions → its PageTimes. */
export function pageTimes(
  id: string,
  r: { ms: Record<string, number[]>; click: number[]; first: Record<string, number>; firstClick: number | null; stages: StageMs[] },
): PageTimes {
  const first = (c: Contender): number => r.first[c] ?? Number.NaN;
  return {
    id,
    ms: { readability: median(r.ms.readability ?? []), verbatim: median(r.ms.verbatim ?? []), tab: median(r.ms.tab ?? []), walk: median(r.ms.walk ?? []) },
    clickMs: median(r.click),
    stages: stageMedians(r.stages, 6),
    firstMs: { readability: first('readability'), verbatim: first('verbatim'), tab: first('tab'), walk: first('walk') },
    firstClickMs: r.firstClick,
  };
}

function firstRun(times: readonly PageTimes[]): FirstRunSummary {
  const readability = median(times.map((t) => t.firstMs.readability));
  const tab = median(times.map((t) => t.firstMs.tab));
  const clicks = times.flatMap((t) => (t.firstClickMs === null ? [] : [t.firstClickMs]));
  return {
    readabilityMedianMs: round(readability),
    tabMedianMs: round(tab),
    tabRatio: round(tab / readability, 3),
    clickMedianMs: round(median(clicks)),
    clickP95Ms: round(percentile(clicks, 95)),
  };
}

/** `cold`: every contender ran in a fresh page with no warm-up, so first runs are reported too. */
export function summarise(times: readonly PageTimes[], cold = false): EnvSummary {
  const col = (c: Contender): number[] => times.map((t) => t.ms[c]);
  const readabilityMedianMs = median(col('readability'));
  const verbatimMedianMs = median(col('verbatim'));
  const walkMedianMs = median(col('walk'));
  const tabMedianMs = median(col('tab'));
  return {
    readabilityMedianMs: round(readabilityMedianMs),
    verbatimMedianMs: round(verbatimMedianMs),
    tabMedianMs: round(tabMedianMs),
    walkMedianMs: round(walkMedianMs, 3),
    p95Ms: round(percentile(col('verbatim'), 95)),
    clickToReaderP95Ms: round(percentile(times.map((t) => t.clickMs), 95)),
    ratio: round(verbatimMedianMs / readabilityMedianMs, 3),
    tabRatio: round(tabMedianMs / readabilityMedianMs, 3),
    ratioToWalk: round(verbatimMedianMs / walkMedianMs, 1),
    stagesMedianMs: stageMedians(times.map((t) => t.stages)),
    ...(cold ? { firstRun: firstRun(times) } : {}),
  };
}

/** "detect 0.4 · clean 2.1 · …" for the text report. */
export function formatStages(s: StageMs): string {
  return STAGES.map((k) => `${k} ${round(s[k], 2)}`).join(' · ');
}
