/**
 * Passive speech verbs: "The agency was repeatedly criticised over …", "Tenants were then asked to …",
 * "has been widely reported". The grammatical subject is what was spoken of, never the speaker; what the verb
 * reports is said by no one named.
 */
import type { Cue, Token } from './model';

/** A form of "be". */
const BE = /^(?:is|was|were|are|be|been|being)$/;
/** Adverbs that may stand between "be" and a passive participle ("was previously criticised", "were also denounced"). */
const PASSIVE_ADVERB = /^(?:\p{Ll}{3,}ly|also|still|even|never|not|just|already|long|often|once|since|again|further|later|now|first|then)$/u;

/** True when a form of "be" stands before the verb at `vi` past one to three adverbs: a passive. */
export function passiveAfterAdverbs(tokens: readonly Token[], vi: number, lo: number): boolean {
  let k = vi - 1;
  while (k > lo && k > vi - 4 && tokens[k]?.type === 'word' && PASSIVE_ADVERB.test((tokens[k] as Token).low)) k--;
  return k < vi - 1 && k >= lo && BE.test(tokens[k]?.low ?? '');
}

/** A passive cue as the cue finder writes it: its own words are the verb alone, and no one is named. */
export const isPassiveCue = (cue: Cue): boolean => cue.order === 'before' && !cue.mention && cue.start === cue.verbStart;
