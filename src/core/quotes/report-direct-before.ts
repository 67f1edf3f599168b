/**
 * A quotation right before its cue: "“…,” he said", "“…” – said X" (the quotation opening the cue's clause), and
 * "“Does he not understand that?” Biden said." (a question or exclamation closing its own sentence before a cue
 * sentence that says nothing of its own).
 */
import { firstFrom } from '../text/search';
import type { Cue, Paragraph, QuoteSpan, RawQuote, Sentence } from './model';
import type { ReportCollector } from './report-collector';
import { WEEKDAYS, wordCount } from '../text/words';

/** Only spaces, commas and dashes: what may stand between a quotation and its cue. */
const ADJACENT = /^[\s,\u2014\u2013-]*$/;
/** A letter or a digit: a word of the writer's. */
export const LETTERS = /[\p{L}\p{N}]/u;

/** What may follow a cue that has no content of its own: a time or a place of the saying ("on Twitter", "Monday", "in a statement"). */
const CUE_TAIL = new RegExp(`^(?:(?:on|in|at|to|during|from|via|through|after|later|earlier|again|then|recently|last|this|${WEEKDAYS}|yesterday|today|tonight|afterwards?)\\b[^\\u2592]*)?$`, 'i');

/**
 * "“Does he not understand that?” Biden said.": a quotation ending in ? or ! closes its own sentence, and a
 * cue sentence that opens right after it, naming a speaker and saying nothing of its own, attributes it
 * (never "“Why?” Biden said the plan was bad").
 */
function closesSentenceBefore(p: Paragraph, near: QuoteSpan, cue: Cue, sentence: { start: number; end: number }): boolean {
  if (!cue.mention || cue.frame === 'according' || cue.order === 'participle' || near.end > cue.start) return false;
  if (!/[?!]$/.test(p.text.slice(near.innerStart, near.innerEnd).trimEnd()) || !ADJACENT.test(p.masked.slice(near.end, cue.start))) return false;
  if (LETTERS.test(p.masked.slice(sentence.start, cue.start))) return false;
  const tail = p.masked.slice(cue.end, sentence.end).replace(/[\s.]+$/, '').trim();
  return wordCount(tail) <= 6 && CUE_TAIL.test(tail) && !/\bthat\b/i.test(tail);
}

/** Writes the quotation right before `cue` (its clause opening at `clauseStart`) as its direct quote; true when
 * there is one. */
export function directBeforeCue(c: ReportCollector, cue: Cue, sentence: Sentence, clauseStart: number, fallback: RawQuote | null): boolean {
  const { p, used } = c;
  // (a colon before the quotation starts a new clause: "Ferreira seemed to hint: “…,” she told the Ledger")
  const near = p.spans[firstFrom(p.spans, cue.start) - 1];
  const before = near && near.end <= cue.start && near.start >= clauseStart && ADJACENT.test(p.masked.slice(near.end, cue.start)) && !LETTERS.test(p.masked.slice(clauseStart, near.start).replace(/^.*[:(]/s, '')) ? near : undefined;
  if (before && !used.has(before) && cue.frame !== 'according') {
    c.direct(cue, before, 'direct-before-cue', fallback);
    return true;
  } else if (near && !before && closesSentenceBefore(p, near, cue, sentence) && !used.has(near)) {
    c.direct(cue, near, 'direct-before-cue-sentence', fallback);
    return true;
  }
  return false;
}
