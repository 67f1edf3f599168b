/**
 * A cue set inside the sentence it attributes, the words on both sides of it being what was said: a quotation
 * after it finishing what the words before it open ("The truth is, he added, “there are no shortcuts.”"), a
 * sentence a quotation opens going on after its cue ("“Only you, Mattias,” she said, would pick …"), and words
 * before and after the cue as two attributed parts ("The economy, he said, is weak.").
 */
import type { Cue, QuoteSpan, RawQuote, Sentence } from './model';
import type { Region, ReportCollector } from './report-collector';
import { region } from './span-content';
import { closingRelative, SOURCE_DESCRIPTION } from './cue-content-limits';
import { writerTail } from './report-writer-tail';
import { GOES_ON, SUBORDINATE_CLAUSE, ADVERBIAL_HEAD } from './span-shapes';
import { wordCount } from '../text/words';
import { SENTENCE_OPENERS } from './non-speakers';
import { isSentenceAdverb } from './speaker-mention-words';
import { opensConsequence } from './span-openers';

/** Only a quotation, with the punctuation around it. */
export const ONLY_SPAN = /^[\s,:;\u2014\u2013-]*\u2592+[\s.,;:!?\u2014\u2013-]*$/;

/** When the region `after` the cue holds only a quotation not yet used: writes it (and the words before a cue set
 * inside the sentence, when they open what it finishes) and returns true. `found`: a quotation before the cue was
 * already attributed to it; `clauseStart`: where the cue's clause starts. */
export function quotationAfterCue(c: ReportCollector, cue: Cue, after: Region, afterSpans: readonly QuoteSpan[], clauseStart: number, found: boolean, fallback: RawQuote | null): boolean {
  const { p, used } = c;
  if (!(ONLY_SPAN.test(after.masked) && afterSpans[0] && !used.has(afterSpans[0]))) return false;
  // "The truth is, he added, “there are no shortcuts.”": the words before a cue set inside the
  // sentence open what the quotation finishes
  const head = found ? null : region(p, clauseStart, cue.start);
  // (with a quotation in them, a partial quote: "“If there had not been that warning” by FEMA, Ferreira said, “we would …”")
  const quoted = head ? c.spansIn(head.start, head.end) : [];
  if (head && head.end > head.start && /,\s*$/.test(p.masked.slice(clauseStart, cue.start)) && wordCount(head.masked) >= 2 && !quoted.some((x) => used.has(x)) && (!ADVERBIAL_HEAD.test(head.masked) || SUBORDINATE_CLAUSE.test(head.masked[0]!.toLowerCase() + head.masked.slice(1)))) {
    quoted.forEach((x) => used.add(x));
    c.push(cue, head.start, head.end, p.text.slice(head.start, head.end), quoted.length ? 'partial' : 'reported', quoted.length ? 'partial-before-split-cue' : 'reported-before-split-cue', fallback);
  }
  // "said: “…”" / "“…,” he said, “…”"
  c.direct(cue, afterSpans[0], found ? 'direct-split' : 'direct-after-cue', fallback);
  return true;
}

/** "“Only you, Mattias,” she said, would pick the moment …": the sentence the quotation opens goes on after its cue. */
export function sentenceGoesOn(c: ReportCollector, cue: Cue, after: Region, afterSpans: readonly QuoteSpan[], found: boolean, fallback: RawQuote | null): void {
  const { p, used } = c;
  if (found && /^\s*,/.test(p.masked.slice(cue.end)) && GOES_ON.test(after.masked) && wordCount(after.masked) >= 4 && !afterSpans.some((x) => used.has(x))) {
    afterSpans.forEach((x) => used.add(x));
    c.push(cue, after.start, after.end, p.text.slice(after.start, after.end), afterSpans.length ? 'partial' : 'reported', 'reported-after-split-cue', fallback);
  }
}

/** "The economy, he said, is weak.": when the cue sits inside the sentence it attributes, between commas, writes the
 * words before it and the words `after` it as its quotes and returns true (also when their quotations are taken). */
export function aroundCue(c: ReportCollector, cue: Cue, sentence: Sentence, prevCue: Cue | undefined, after: Region, fallback: RawQuote | null): boolean {
  const { p, used } = c;
  const head = region(p, prevCue && prevCue.end < cue.start ? prevCue.end : sentence.start, cue.start);
  // ("Part of the problem, say experts like Jane Doe, a geophysicist, is the ground itself": an inverted cue inside the
  // sentence, the sentence going on after it with its verb)
  const insideInverted = cue.order === 'after' && cue.frame !== 'according' && GOES_ON.test(after.masked) && wordCount(p.text.slice(head.start, head.end)) >= 2;
  const inside = cue.order === 'before' || insideInverted || (cue.frame === 'according' && (wordCount(p.text.slice(head.start, head.end)) >= 2 || GOES_ON.test(after.masked)));
  if (!(inside && /,\s*$/.test(p.masked.slice(sentence.start, cue.start)) && /^\s*,/.test(p.masked.slice(cue.end)) && wordCount(p.text.slice(head.start, head.end)) >= 1 && wordCount(p.text.slice(after.start, after.end)) >= 2)) return false;
  const all = c.spansIn(head.start, after.end);
  if (all.some((x) => used.has(x))) return true;
  all.forEach((x) => used.add(x));
  // the words before the cue and the words after it are two attributed parts, each its own quote (never a
  // participle describing the source: "…, according to a copy of the certificate, obtained by the newspaper")
  const describesSource = cue.frame === 'according' && SOURCE_DESCRIPTION.test(after.masked);
  // ("Rather, he said, the council will wait": a sentence adverb before the cue is no part of its own)
  const headWords = p.text.slice(head.start, head.end).trim();
  const adverbHead = !/\s/.test(headWords) && (SENTENCE_OPENERS.has(headWords.toLowerCase()) || isSentenceAdverb(headWords.toLowerCase()));
  const tail = cue.frame === 'according' ? after : writerTail(closingRelative(after));
  // (nor a participle of what followed: "The bridge will close, the council said, forcing commuters onto ferries")
  const consequence = opensConsequence(after.masked);
  for (const part of describesSource || consequence ? [head] : adverbHead ? [tail] : [head, tail]) {
    const quoted = c.spansIn(part.start, part.end).length > 0;
    c.push(cue, part.start, part.end, p.text.slice(part.start, part.end), quoted ? 'partial' : 'reported', quoted ? 'partial-around-cue' : 'reported-around-cue', fallback);
  }
  return true;
}
