/**
 * Golden page fixtures: tests/pages/<case>/source.html + expected.json. The expectation format is
 * per field and per block; `absent` lists boilerplate that must appear nowhere in the output.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LeadImage, RemovalKind, Outcome } from '../../src/core/types';
import type { BlockShape } from './first-difference';

export const PAGES_DIR = resolve(import.meta.dirname, '../pages');

export interface Golden {
  /** The address the page is parsed at. */
  url: string;
  kind: Outcome['kind'];
  /** not-article: a regex (source) the reason must match. */
  reason?: string;
  fields?: Partial<{
    title: string;
    byline: string | null;
    siteName: string | null;
    publishedTime: string | null;
    lang: string | null;
    isAmp: boolean;
    excerpt: string | null;
    credits: string | null;
    leadImage: LeadImage | null;
  }>;
  /** Every body block, in order. */
  blocks?: BlockShape[];
  /** Or, for long pages: the count, first and last block, and the headings. */
  blockSummary?: { count: number; first: string; last: string; headings: string[] };
  /** Removal counts by kind (kinds not listed must be absent). */
  removed?: Partial<Record<RemovalKind, number>>;
  /** Strings (case-sensitive) that must appear nowhere in the text, credits or HTML. */
  absent?: string[];
  /** Regexes (source, case-insensitive) that must not match the sanitized HTML. */
  htmlAbsent?: string[];
}

export function goldenCases(): string[] {
  return readdirSync(PAGES_DIR).filter((n) => statSync(join(PAGES_DIR, n)).isDirectory()).sort();
}

export function readGolden(name: string): { source: string; golden: Golden } {
  const dir = join(PAGES_DIR, name);
  return {
    source: readFileSync(join(dir, 'source.html'), 'utf8'),
    golden: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Golden,
  };
}

/** Removal counts by kind. */
export function removedKinds(outcome: Outcome): Partial<Record<RemovalKind, number>> {
  const counts: Partial<Record<RemovalKind, number>> = {};
  if (outcome.kind === 'article') for (const r of outcome.removed) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  return counts;
}
