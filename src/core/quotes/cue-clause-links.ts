/**
 * How a speech verb links to the clause around it, read from the words next to it: "on" before a day or a medium
 * is the occasion of the saying ("KRV announced on Tuesday"), a capitalised participle with "that" opens its
 * sentence ("Noting that A, Ferreira reminded …"), a bare form after "and" shares the clause's plural subject ("…
 * and say they …"), and a past form after a comma continues a series of the speaker's verbs ("has mocked a
 * neighbour, referred to …").
 */
import type { Cue, Token } from './model';
import { WEEKDAY_WORDS } from '../text/words';

/** DATA: words after "on" that name the day or the medium of the saying, not its topic; one row per kind. */
const ON_OCCASION_WORDS: readonly { words: string; reason: string }[] = [
  { words: WEEKDAY_WORDS, reason: 'a day: "announced on Tuesday"' },
  { words: 'twitter facebook instagram television tv radio air camera', reason: 'a medium: "wrote on Twitter", "said on air"' },
  { words: 'condition background', reason: 'terms of the saying: "spoke on condition of anonymity"' },
];
const ON_OCCASION = new Set(ON_OCCASION_WORDS.flatMap((r) => r.words.split(' ')));

/** A capitalised participle and "that" opening a sentence (group 1: the participle). */
const OPENING_PARTICIPLE = /^\s*(\p{Lu}\p{Ll}+ing) that\b/u;
/** What may follow a bare form coordinated by "and": a clause ("that …", "they …"). */
const CLAUSE_NEXT = /^(?:that|he|she|they|it|we|i)$/;
/** A sentence stop or a quotation between two verbs of a series ends it. */
const SERIES_BREAK = /[.;:\u2592]/;

/** "announced on Tuesday": the word after the verb at `vi` is "on" and a day or a medium follows it. */
export const onOccasion = (tokens: readonly Token[], vi: number): boolean => tokens[vi + 1]?.low === 'on' && ON_OCCASION.has(tokens[vi + 2]?.low ?? '');

/** A capitalised participle opening `part` before "that": its offset and its lower-case form, or null. */
export function openingParticiple(part: string): { index: number; form: string } | null {
  const m = OPENING_PARTICIPLE.exec(part);
  return m ? { index: m[0].indexOf(m[1] as string), form: (m[1] as string).toLowerCase() } : null;
}

/** "… have described it as X and say they …": a bare clause verb at `vi` after "and" that ends a clause, a clause after it. */
export function joinedBareForm(tokens: readonly Token[], vi: number, lo: number): boolean {
  const before = tokens[vi - 2];
  if (tokens[vi - 1]?.low !== 'and' || vi - 2 <= lo || !before || /^(?:to|not)$/.test(before.low)) return false;
  return (before.low === ',' || (before.type === 'word' && !before.cap)) && CLAUSE_NEXT.test(tokens[vi + 1]?.low ?? '');
}

/** "has mocked a neighbour, referred to …": a past form at `vi` after a comma that follows an earlier past cue of the
 * sentence's named speaker, with no stop or quotation between them. */
export function verbSeries(tokens: readonly Token[], vi: number, masked: string, earlier: readonly Cue[]): boolean {
  const comma = tokens[vi - 1];
  if (comma?.low !== ',' || !/ed$/.test((tokens[vi] as Token).low)) return false;
  return earlier.some((c) => c.mention && c.order === 'before' && /ed$/.test(c.verb) && c.verbEnd <= comma.start && !SERIES_BREAK.test(masked.slice(c.verbEnd, comma.start)));
}
