/**
 * What a quote verb attributes ("welcomed “its constructive nature”", "called Trump “crazy”", "criticized the
 * deal as a disaster"): the quotation after it with the rest of the verb's object, or only the quotation when the
 * object is coordinated or prepositional; with no quotation after it, its object reported when a speaker is named.
 */
import type { Cue, QuoteSpan, RawQuote } from './model';
import type { Region, ReportCollector } from './report-collector';
import { TO_OBJECT } from './span-content';
import { isPassiveCue } from './cue-passive';
import { opensNoObject } from './span-openers';
import { ADVERBIAL_START, OBJECT_END, OBJECT_LIST, QUOTE_ONLY_LEAD } from './span-shapes';
import { wordCount } from '../text/words';
import { objectEnd } from './report-writer-tail';

/** A manner adverb and then only an adverbial or the end: how it was said, no object ("speaking slowly in
 * outer space", "talked loudly at the back"; never with a topic after it: "spoke openly online about her plans"). */
const MANNER_ONLY = /^\p{Ll}{3,}ly(?:\s+(?:in|at|on|with|for|from|during|before|after|into|through|over|and)\b|\s*[,.;!?]|\s*$)/u;
const mannerOnly = (masked: string): boolean => MANNER_ONLY.test(masked) && !/\b(?:about|that|of)\b/.test(masked);

/** Writes what the quote verb of `cue` attributes in the region `after` it (its quotations `afterSpans`); `found`:
 * a quotation before the cue was already attributed to it. */
export function quoteVerbObject(c: ReportCollector, cue: Cue, after: Region, afterSpans: readonly QuoteSpan[], found: boolean, fallback: RawQuote | null): void {
  const { p, used } = c;
  const s = afterSpans[0];
  if (s && !used.has(s) && !found) {
    used.add(s);
    // "called Trump “crazy”", "pointed to the ruling as the height of the “broken process”": the verb's
    // whole object, quotation and what follows it in the clause, is what was said (unless a comma or
    // colon cuts the object off before the quotation)
    // (a coordinated object or a prepositional one keeps only the quotation, unless very short:
    // "welcomed the meeting and “its constructive nature”", "warned of an unspecified “…”")
    const lead = p.masked.slice(after.start, s.start);
    const whole = !/[,;:]/.test(lead) && (wordCount(lead) <= 2 || !QUOTE_ONLY_LEAD.test(lead));
    const from = whole ? after.start : s.innerStart;
    const to = whole ? Math.max(s.end, after.end) : s.end;
    c.push(cue, from, to, p.text.slice(from, whole ? to : s.innerEnd), 'partial', 'partial-quote-verb', fallback);
  } else if (!s && !found && cue.order !== 'after' && (cue.mention || isPassiveCue(cue)) && (wordCount(p.text.slice(after.start, after.end)) >= 2 || /^\p{Lu}/u.test(after.masked)) && !(ADVERBIAL_START.test(after.masked) && !TO_OBJECT.test(cue.verb)) && !mannerOnly(after.masked)) {
    // "Trump criticized the deal as a disaster", "praised Trump": what the verb says, reported (its object only:
    // "blamed the outage on squirrels but later owned up …" → "the outage on squirrels")
    const list = OBJECT_LIST.exec(after.masked)?.[0].length ?? 0;
    const cut = OBJECT_END.exec(after.masked.slice(list));
    // (and where the writer's words after it begin: "praised the plan even as she doubted it")
    const end = after.start + objectEnd(p.masked.slice(after.start, cut ? after.start + list + cut.index : after.end), false);
    if (wordCount(p.masked.slice(after.start, end)) >= 1 && !opensNoObject(after.masked)) c.push(cue, after.start, end, p.text.slice(after.start, end), 'reported', 'reported-object', fallback);
  }
}
