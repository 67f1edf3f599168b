/** Runs the clean stage alone on a body fragment, in jsdom. */
import { clean } from '../../src/core/clean/index';
import type { Removal, TraceEntry } from '../../src/core/types';
import { domOf } from './load-page';

export interface CleanRun {
  doc: Document;
  removed: Removal[];
  trace: TraceEntry[];
  /** The body's text after cleaning, whitespace collapsed. */
  text: string;
}

export function cleanBody(bodyHtml: string, headHtml = ''): CleanRun {
  const doc = domOf(`<!doctype html><html><head>${headHtml}</head><body>${bodyHtml}</body></html>`).window.document;
  const trace: TraceEntry[] = [];
  const { removed } = clean(doc, trace);
  return { doc, removed, trace, text: (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim() };
}

/** A paragraph of prose long enough to count as article text for the guards. */
export const LONG = 'The committee published its findings on Monday after a review that lasted more than a year and heard evidence from dozens of witnesses across the region.';
