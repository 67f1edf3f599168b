/**
 * The extraction metric of the article-extraction benchmark (issue 5): tokens are `\w+` runs (u flag),
 * lower-cased, compared as multisets of 4-token shingles (a text shorter than four tokens is one
 * shingle of all its tokens). Per page P = shared / predicted, R = shared / expected; over a corpus,
 * P is the mean over pages with non-empty output, R the mean over all pages, F1 their harmonic mean.
 */

const TOKEN = /\w+/gu;
const SIZE = 4;

export function shingles(text: string): Map<string, number> {
  const tokens = (text.toLowerCase().match(TOKEN) ?? []) as string[];
  const bag = new Map<string, number>();
  if (tokens.length === 0) return bag;
  const grams = tokens.length < SIZE ? [tokens.join(' ')] : tokens.slice(0, tokens.length - SIZE + 1).map((_, i) => tokens.slice(i, i + SIZE).join(' '));
  for (const g of grams) bag.set(g, (bag.get(g) ?? 0) + 1);
  return bag;
}

const total = (bag: Map<string, number>): number => [...bag.values()].reduce((a, b) => a + b, 0);

export interface PageScore {
  /** null when the prediction is empty (left out of the corpus precision). */
  precision: number | null;
  recall: number;
}

export function scorePage(predicted: string, expected: string): PageScore {
  const p = shingles(predicted);
  const e = shingles(expected);
  let shared = 0;
  for (const [g, n] of p) shared += Math.min(n, e.get(g) ?? 0);
  const np = total(p);
  const ne = total(e);
  return { precision: np === 0 ? null : shared / np, recall: ne === 0 ? (np === 0 ? 1 : 0) : shared / ne };
}

export interface CorpusScore { precision: number; recall: number; f1: number; pages: number; empty: number }

export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  const withOutput = pages.filter((p) => p.precision !== null);
  const precision = withOutput.reduce((a, p) => a + (p.precision ?? 0), 0) / Math.max(1, withOutput.length);
  const recall = pages.reduce((a, p) => a + p.recall, 0) / Math.max(1, pages.length);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, pages: pages.length, empty: pages.length - withOutput.length };
}
