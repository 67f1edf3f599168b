/**
 * DATA: quotation-mark pairs. An opening mark is matched with one of its closing marks; a
 * quote that never closes runs to the end of its paragraph (the news convention for a quote that
 * continues in the next paragraph, which re-opens it).
 */
export interface QuoteMarkPair {
  open: string;
  close: readonly string[];
  /** 'double' quotes are top-level speech; 'single' ones are speech only outside double quotes. */
  level: 'double' | 'single';
  reason: string;
}

export const QUOTE_MARKS: readonly QuoteMarkPair[] = [
  // English curly double quotes: “…”
  { open: '\u201C', close: ['\u201D', '"'], level: 'double', reason: 'english-curly' },
  // German/Polish low-high: „…“ (and „…” as some sites type it)
  { open: '\u201E', close: ['\u201C', '\u201D'], level: 'double', reason: 'low-high' },
  // French/Russian guillemets: «…»
  { open: '\u00AB', close: ['\u00BB'], level: 'double', reason: 'guillemets' },
  // Reversed guillemets (Danish, German typesetting): »…«
  { open: '\u00BB', close: ['\u00AB'], level: 'double', reason: 'reversed-guillemets' },
  // Straight double quotes: "…" (the same mark opens and closes; "…” when typed inconsistently)
  { open: '"', close: ['"', '\u201D'], level: 'double', reason: 'straight' },
  // Curly single quotes used as outer quotes in headlines and British style: ‘…’
  { open: '\u2018', close: ['\u2019'], level: 'single', reason: 'single-curly' },
  // Single guillemets: ‹…›
  { open: '\u2039', close: ['\u203A'], level: 'single', reason: 'single-guillemets' },
];

/** Opening mark → its pair; built once. */
export const OPENERS: ReadonlyMap<string, QuoteMarkPair> = new Map(QUOTE_MARKS.map((p) => [p.open, p]));

