/**
 * "As one farmer put it, “…”", "as a neighbour said:": the noun phrase between "as" and a speech verb is
 * its speaker, even when its noun is on no list of speakers; the phrase is kept as written.
 */
import type { Mention, Token } from './model';

/** Determiners that open such a phrase ("one farmer", "a neighbour", "the old saying"). */
const DETERMINER = /^(?:one|a|an|the|another|his|her|their|its|our|my|some|many|several)$/;
/** Words that make the phrase a clause or a list, not a speaker ("a hero but …", "a mall and spa", "who", "the neighbours you claim to help"). */
const INSIDE_STOP = /^(?:who|which|that|but|and|or|i|you|he|she|we|they|it)$/;
/** At most this many words between "as" and the verb. */
const MAX_WORDS = 5;

/** The phrase between "as" and the verb group starting at token `head` (the sentence's words from `lo`), or null. */
export function asClauseSubject(text: string, tokens: readonly Token[], head: number, lo: number): Mention | null {
  for (let k = head - 1; k >= Math.max(lo, head - MAX_WORDS - 1); k--) {
    const t = tokens[k] as Token;
    if (t.type !== 'word') return null;
    if (t.low !== 'as') continue;
    const first = tokens[k + 1] as Token;
    const last = tokens[head - 1] as Token;
    // (never a clause or a list after "as": "described him as a builder who said …", "as a hero but insisting …")
    if (k + 2 >= head || !DETERMINER.test(first.low)) return null;
    if (tokens.slice(k + 1, head).some((w) => INSIDE_STOP.test(w.low))) return null;
    const phrase = text.slice(first.start, last.end);
    return { start: first.start, end: last.end, type: 'nominal', text: first.cap ? first.low + phrase.slice(first.text.length) : phrase, role: null, org: false };
  }
  return null;
}
