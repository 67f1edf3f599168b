/**
 * Where what a cue reports stops short of its region: a participle describing an "according to" source is no
 * part of what the source says ("…, according to a copy of the certificate, obtained by the newspaper"), and a
 * gerund reported inside a relative clause ends where the main clause's verb comes back ("A man who admitted
 * taking garden gnomes has been fined"); and a non-restrictive relative clause closing the sentence after a report
 * is the writer's description ("she backs the final plan, which includes …").
 */
import type { Cue, Paragraph } from './model';
import { wordCount } from '../text/words';

/** A participle after a source that describes it, not what it says: "obtained by the AP", "seen by Reuters", "released to reporters". */
export const SOURCE_DESCRIPTION = /^\s*(?:\p{Ll}{3,}ed|seen|written|given|made|shown|drawn|taken)\s+(?:by|to|from|in|on)\b/u;

/** A gerund opening what a relative clause's verb reports, and the main clause's verb after it. Only after verbs whose
 * object is the gerund ("who admitted stealing"); after "say" a gerund opens a clause ("who say using it was wrong"). */
const GERUND = /^\s*\p{Ll}{2,}ing\b/u;
const GERUND_VERBS = /^(?:admit|admits|admitted|admitting|deny|denies|denied|denying|recall|recalls|recalled|recommend|recommends|recommended)$/;
const MAIN_VERB = /\s(?:has|have|had|was|were|is|are|will|would)\s/;

/**
 * "A man who admitted taking garden gnomes has been fined": what a verb in a relative clause reports, when it
 * is a gerund with no subject of its own, ends where the main clause's verb comes back.
 */
export function relativeObject(p: Paragraph, cue: Cue, after: { start: number; end: number; masked: string }): { start: number; end: number; masked: string } {
  if (!/^who\s/i.test(p.masked.slice(cue.start, cue.start + 4)) || !GERUND_VERBS.test(cue.verb) || !GERUND.test(after.masked)) return after;
  const main = MAIN_VERB.exec(after.masked);
  return main ? { start: after.start, end: after.start + main.index, masked: after.masked.slice(0, main.index) } : after;
}

/** A non-restrictive relative clause or an apposition that runs to the end of the region (no comma, dash or quotation
 * after it): "…, which includes …", "…, a sharper rise than …", "…, the latter a nod to …". */
const CLOSING_RELATIVE = /,\s+(?:who|which|whose|a|an|the\s+latter)\s[^,;\u2014\u2013\u2592]*$/;
/** Words a report keeps before such a clause, at least. */
const MIN_REPORT_WORDS = 4;

/**
 * "it would be Jane Smith, who has a wide points lead …", "she backs the final plan, which includes …": what
 * a cue reports ends before a relative clause that closes the sentence (never one inside the report's own subject,
 * which a comma closes: "Gov. X, who must make the decision, has revealed nothing").
 */
export function closingRelative(content: { start: number; end: number; masked: string }): { start: number; end: number; masked: string } {
  const rel = CLOSING_RELATIVE.exec(content.masked);
  if (!rel || wordCount(content.masked.slice(0, rel.index)) < MIN_REPORT_WORDS) return content;
  return { start: content.start, end: content.start + rel.index, masked: content.masked.slice(0, rel.index) };
}
