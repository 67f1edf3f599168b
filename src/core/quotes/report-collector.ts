/**
 * What step 4 has attributed so far in one paragraph: the quotes its cues found, in the order found, and the
 * quotations those quotes used (each quotation is attributed once). A quote whose cue names no speaker may take
 * the speaker of the quote written before it.
 */
import { firstFrom } from '../text/search';
import { quoteText, type Cue, type Paragraph, type QuoteSpan, type RawQuote } from './model';

/** A stretch of the paragraph and its masked text (quotations replaced), as `region` cuts it. */
export interface Region {
  start: number;
  end: number;
  masked: string;
}

export interface ReportCollector {
  readonly p: Paragraph;
  readonly quotes: RawQuote[];
  readonly used: Set<QuoteSpan>;
  /** The quote written last, or null. */
  last(): RawQuote | null;
  /** The quotations of the paragraph that lie from `a` to `b`. */
  spansIn(a: number, b: number): QuoteSpan[];
  /** Writes the quote `start`–`end` of `cue` (its words `text`); with no speaker named, it takes `prevOf`'s. */
  push(cue: Cue, start: number, end: number, text: string, kind: RawQuote['kind'], rule: string, prevOf: RawQuote | null): RawQuote;
  /** Writes the quotation `s` as a direct quote of `cue` and marks it used. */
  direct(cue: Cue, s: QuoteSpan, rule: string, prevOf: RawQuote | null): RawQuote;
}

export function reportCollector(p: Paragraph): ReportCollector {
  const quotes: RawQuote[] = [];
  const used = new Set<QuoteSpan>();
  const spansIn = (a: number, b: number): QuoteSpan[] => {
    const out: QuoteSpan[] = [];
    for (let k = firstFrom(p.spans, a); k < p.spans.length && (p.spans[k] as QuoteSpan).start <= b; k++) if ((p.spans[k] as QuoteSpan).end <= b + 1) out.push(p.spans[k] as QuoteSpan);
    return out;
  };
  const push = (cue: Cue, start: number, end: number, text: string, kind: RawQuote['kind'], rule: string, prevOf: RawQuote | null): RawQuote => {
    const q: RawQuote = { paragraph: p.index, start, end, text: quoteText(text), kind, rule, mention: cue.mention, sameAs: cue.mention ? null : prevOf, entity: null };
    quotes.push(q);
    return q;
  };
  const direct = (cue: Cue, s: QuoteSpan, rule: string, prevOf: RawQuote | null): RawQuote => {
    used.add(s);
    return push(cue, s.start, s.end, p.text.slice(s.innerStart, s.innerEnd), 'direct', rule, prevOf);
  };
  return { p, quotes, used, last: () => quotes[quotes.length - 1] ?? null, spansIn, push, direct };
}
