import type { QuotesResult } from '../types';

export interface FindQuotesOptions {
  /** Names that are never speakers (bylines, credits). */
  notSpeakers?: string[];
}

/** Paragraphs of an article → its speakers and their quotes. Paragraph i of the input is `paragraph: i`. */
export function findQuotes(paragraphs: readonly string[], options: FindQuotesOptions = {}): QuotesResult {
  void paragraphs;
  void options;
  return { speakers: [], quotes: [] };
}
