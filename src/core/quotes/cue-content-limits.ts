/**
 * Where what a cue reports stops short of its region: a participle describing an "according to" source is no
 * part of what the source says ("…, according to a copy of the certificate, obtained by the newspaper"), and a
 * gerund reported inside a relative clause ends where the main clause's verb comes back ("A woman who admitted
 * stealing cat treats has been fined").
 */
import type { Cue, Paragraph } from './model';

/** A participle after a source that describes it, not what it says: "obtained by the AP", "seen by Reuters", "released to reporters". */
export const SOURCE_DESCRIPTION = /^\s*(?:\p{Ll}{3,}ed|seen|written|given|made|shown|drawn|taken)\s+(?:by|to|from|in|on)\b/u;

/** A gerund opening what a relative clause's verb reports, and the main clause's verb after it. Only after verbs whose
 * object is the gerund ("who admitted stealing"); after "say" a gerund opens a clause ("who say using it was wrong"). */
const GERUND = /^\s*\p{Ll}{2,}ing\b/u;
const GERUND_VERBS = /^(?:admit|admits|admitted|admitting|deny|denies|denied|denying|recall|recalls|recalled|recommend|recommends|recommended)$/;
const MAIN_VERB = /\s(?:has|have|had|was|were|is|are|will|would)\s/;

/**
 * "A woman who admitted stealing cat treats has been fined": what a verb in a relative clause reports, when it
 * is a gerund with no subject of its own, ends where the main clause's verb comes back.
 */
export function relativeObject(p: Paragraph, cue: Cue, after: { start: number; end: number; masked: string }): { start: number; end: number; masked: string } {
  if (!/^who\s/i.test(p.masked.slice(cue.start, cue.start + 4)) || !GERUND_VERBS.test(cue.verb) || !GERUND.test(after.masked)) return after;
  const main = MAIN_VERB.exec(after.masked);
  return main ? { start: after.start, end: after.start + main.index, masked: after.masked.slice(0, main.index) } : after;
}
