/**
 * A quotation after a colon. "Nina Park, a senior analyst, shared her view of the results: “…”": the named
 * subject of the clause the colon closes speaks it — unless the clause tells what the subject found, saw,
 * heard or was handed ("Lena Ortiz found a note under her door: “…”": someone else's words). "Ola Berg put it simply: “…”": after a quote verb, the
 * writer's words up to the colon are no part of what was said — unless they hold a clause of the report
 * ("said the town has two choices: “…”").
 */
import { firstFrom } from '../text/search';
import { wordCount, wordSet } from '../text/words';
import { IMPERATIVES } from './colon-lead-shapes';
import { sentenceSubject } from './cue-sentence-subject';
import type { Mention, Paragraph, QuoteSpan, Sentence } from './model';
import { VERB_ANY } from './span-speaker-after';
import { DETERMINERS } from './speaker-mention-words';

/** Words of the writer up to a colon, then one quotation ending the region (masked text). */
const COLON_THEN_SPAN = /^[^\u2592:]*:\s*\u2592+[\s.,;!?\u2014\u2013-]*$/;
/** DATA: verbs of finding, seeing, hearing or receiving: what follows their colon is someone else's words. */
const NOT_SAYING = wordSet(`found finds find saw sees seen noticed notices spotted spots discovered discovers heard hears
  received receives got gets held holds wore wears carried carries`);
/** An auxiliary or a form of "be": the words hold a clause of their own. */
const FINITE_AUX = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did)\b/i;

/** True when a quote verb's region is the writer's words up to a colon (no clause of their own), then one quotation. */
export function colonThenQuotation(masked: string): boolean {
  return COLON_THEN_SPAN.test(masked) && !FINITE_AUX.test(masked);
}

/** The named subject of the clause a colon closes right before the span, when nothing follows the span in its sentence. */
export function subjectBeforeColon(p: Paragraph, sentence: Sentence, s: QuoteSpan): Mention | null {
  const lead = p.masked.slice(sentence.start, s.start);
  if (!/\p{L}[^:\u2592]*:\s*$/u.test(lead) || wordCount(p.masked.slice(s.end, sentence.end)) > 0) return null;
  const colon = firstFrom(p.tokens, sentence.start + lead.lastIndexOf(':'));
  const subject = sentenceSubject(p.text, p.tokens, firstFrom(p.tokens, sentence.start), colon);
  if (!subject || subject.type !== 'name' || subject.org) return null;
  // ("Consider this from the mayor: “…”", "Take Harbor Street: “…”": an imperative opening the clause has no subject)
  if (IMPERATIVES.has(subject.text.split(/\s+/)[0]?.toLowerCase() ?? '')) return null;
  // (never words the subject found, saw or was handed: "Lena Ortiz found a note under her door: “…”")
  const clause = p.tokens.slice(firstFrom(p.tokens, subject.end), colon);
  if (clause.some((t) => t.type === 'word' && NOT_SAYING.has(t.low))) return null;
  if (subject.text.includes(' ')) return subject;
  // a lone capitalised word is a surname only before a verb or an apposition, never after a determiner
  // or before a number ("the Lakeside graduate ended her speech:", "Section 12 states:")
  const at = firstFrom(p.tokens, subject.start);
  const before = p.tokens[at - 1];
  const after = p.tokens[firstFrom(p.tokens, subject.end)];
  if (before && before.start >= sentence.start && DETERMINERS.has(before.low)) return null;
  return after && (after.low === ',' || (after.type === 'word' && VERB_ANY.test(after.low))) ? subject : null;
}
