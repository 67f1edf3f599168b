/**
 * Reported speech on one side of its cue: the words after it ("Lavrov said there was hope …", "according to X,
 * …" at a sentence's start) or the words before it ("…, officials said"). The side is chosen from the cue's order and
 * frame and the length of what follows; then what is not what was said is left out: a lone pronoun or adverb
 * ("so", "nothing"), an embedded clause, words the cue's clause depends on ("exactly what he would say"), the
 * writer's words after a clause cue or up to a colon before a quotation.
 */
import type { Cue, QuoteSpan, RawQuote, Sentence } from './model';
import type { Region, ReportCollector } from './report-collector';
import { colonThenQuotation } from './direct-colon';
import { region } from './span-content';
import { closingRelative, relativeObject } from './cue-content-limits';
import { objectEnd, writerTail } from './report-writer-tail';
import { concessiveObject } from './cue-subordinate-lead';
import { opensNoReport } from './span-openers';
import { DEPENDENT_END, EMBED, ADVERBIAL_OPENING } from './span-shapes';
import { LETTERS } from './report-direct-before';
import { ONLY_SPAN } from './report-around-cue';
import { wordCount } from '../text/words';

/** A lone word that says nothing of its own ("so", "nothing", "it"). */
const NOT_CONTENT = /^(?:so|nothing|yes|no|it|this|that|otherwise|something|anything|little|much|more|less)\W*$/i;
/** A sentence opener before a cue: "But, according to the poll, …". */
const OPENER = /^\s*(?:but|and|so|yet|still|now|however|meanwhile|indeed|in fact)\s*,?\s*$/i;
/** A quotation alone, then a short place or time adverbial of the writer's ("“Save our port!” outside the town hall"). */
const QUOTE_THEN_ADVERBIAL = /^[\s,:;\u2014\u2013-]*\u2592+[\s.,;:!?\u2014\u2013-]*(?:outside|inside|in|at|on|during|after|before|near|across|through|throughout|from|into|along|until)\s[^\u2592]{1,60}$/u;
/** A two-word object after a speech verb: a determiner or possessive and its noun, or an adjective and a plural. */
const SHORT_OBJECT = /^(?:(?:his|her|their|its|a|an|no)\s+\p{L}+|\p{Ll}+\s+\p{Ll}+s)$/u;

/** Writes what `cue` reports on one side of it: the region `after` it (holding the quotations `afterSpans`) or the words
 * before it in `sentence` (from the end of `prevCue`, the cue before it there, and of the quotes written before it), if any. */
export function contentBeforeOrAfter(c: ReportCollector, cue: Cue, sentence: Sentence, prevCue: Cue | undefined, after: Region, afterSpans: readonly QuoteSpan[], fallback: RawQuote | null): void {
  const { p, used, quotes } = c;
  // (past a colon or an opening "But," / "Now," the cue still starts its clause)
  const lead = p.masked.slice(sentence.start, cue.start).replace(/^.*[:;]/s, '').replace(OPENER, '');
  const atStart = cue.order !== 'after' || cue.frame === 'according' ? !LETTERS.test(lead) : false;
  const afterWords = wordCount(p.text.slice(after.start, after.end));
  // ("announced his candidacy", "says racist things": a short object of a named speaker)
  const shortObject = afterWords === 2 && cue.order === 'before' && !!cue.mention && SHORT_OBJECT.test(after.masked);
  // (after a clause cue, a region opening with a conjunction or a time or place adverbial is the writer's: then the
  // words before a cue closing a comma-led clause are what it reports — "A, Jane Doe, the undersecretary, wrote in a memo")
  const writerAfter = cue.order === 'before' && cue.frame !== 'according' && !afterSpans.length && opensNoReport(after.masked, p.masked.slice(cue.verbEnd, after.start));
  const commaLed = writerAfter && /,\s*$/.test(p.masked.slice(sentence.start, cue.start));
  const useAfter = (cue.order !== 'after' || cue.frame === 'according') && (afterWords >= 3 || shortObject) && (cue.frame !== 'according' || atStart) && !commaLed;
  // (never again what an earlier cue of the sentence reported: "X say that A, and others agree")
  const from = Math.max(prevCue && prevCue.end < cue.start ? prevCue.end : sentence.start, ...quotes.filter((q) => q.end <= cue.start && q.end > sentence.start).map((q) => q.end));
  // (a cue with an object of its own attributes nothing before it: "…; the show has not announced a replacement")
  if (!useAfter && afterWords >= 2 && cue.order === 'before' && !commaLed) return;
  let content = useAfter ? concessiveObject(p, cue, sentence.start, relativeObject(p, cue, after)) : region(p, from, cue.start, true);
  if (!useAfter && cue.order === 'participle') return;
  // ("she backs the final plan, which includes …", "…, after she toured it": a relative clause or another tail of the
  // writer's closing the sentence is no part of the report)
  if (useAfter && cue.frame !== 'according') content = writerTail(closingRelative(content));
  // ("urging calm and asking the crowd to go home": a participle's report ends as a quote verb's object does)
  if (useAfter && cue.order === 'participle') {
    const end = objectEnd(content.masked, true);
    content = { start: content.start, end: content.start + end, masked: content.masked.slice(0, end) };
  }
  const spans = c.spansIn(content.start, content.end);
  if (ONLY_SPAN.test(content.masked) && spans[0] && !used.has(spans[0])) {
    c.direct(cue, spans[0], 'direct-before-cue', fallback);
    return;
  }
  // "chanted “Save our port!” outside the town hall": a quotation right after the cue and the writer's place or time
  // after it; the quotation is what was said
  if (useAfter && spans.length === 1 && QUOTE_THEN_ADVERBIAL.test(content.masked) && !used.has(spans[0] as QuoteSpan)) {
    c.direct(cue, spans[0] as QuoteSpan, 'direct-then-adverbial', fallback);
    return;
  }
  // "put it simply: “…”", "told the crowd on Tuesday: “…”": the writer's words up to a colon, then the quotation
  if (useAfter && spans.length === 1 && colonThenQuotation(content.masked) && !used.has(spans[0] as QuoteSpan)) {
    c.direct(cue, spans[0] as QuoteSpan, 'direct-after-colon-cue', fallback);
    return;
  }
  const text = p.text.slice(content.start, content.end);
  // (after a clause cue, a region opening with a conjunction or a time or place adverbial is the writer's)
  if (useAfter && writerAfter) return;
  if ((wordCount(text) < 3 && !(useAfter && shortObject)) || NOT_CONTENT.test(text) || spans.some((s) => used.has(s)) || EMBED.test(text)) return;
  // before its cue, words are not what was said when the cue's clause depends on them ("exactly what
  // he would say", "as if bantering with reporters") or when they are only an opening adverbial
  if (!useAfter && !spans.length && (DEPENDENT_END.test(content.masked) || (ADVERBIAL_OPENING.test(content.masked) && wordCount(text) <= 8))) return;
  spans.forEach((s) => used.add(s));
  c.push(cue, content.start, content.end, text, spans.length ? 'partial' : 'reported', `${spans.length ? 'partial' : 'reported'}-${useAfter ? 'after' : 'before'}-${cue.frame === 'according' ? 'according' : cue.order}`, fallback);
}
