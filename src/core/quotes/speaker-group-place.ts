/**
 * A group of people before a place phrase: "Marchers on Main Street", "Protesters outside the courthouse",
 * "Cyclists riding through the square". The group speaks; the place (often a name) does not.
 */
import type { Token } from './model';
import { isNoun } from './speaker-mention-words';
import { PEOPLE_NOUNS } from './titles-and-roles';

/** DATA: prepositions of place after a group of speakers ("Marchers on Main Street", "Protesters outside the courthouse"). */
export const PLACE_PREPS: ReadonlySet<string> = new Set('on outside inside near along across around through throughout behind beyond'.split(' '));
/** A plural of a noun for people ("marchers", "residents", "partisans", "employees"), never a verb in -s ("relies", "reflects"). */
const PEOPLE_PLURAL = /\p{Ll}{2}(?:ers|ors|ists|ants|ents|ans|ives|ees)$/u;
/** A noun for a group of people ("protesters", "Marchers", "residents"): listed, or a plural of that shape. */
const isGroup = (t: Token | undefined): boolean => !!t && isNoun(t) && (PEOPLE_NOUNS.has(t.low) || PEOPLE_PLURAL.test(t.low));
/**
 * "Marchers on Main Street", "Cyclists riding through the square": the index of the group noun
 * before the place preposition at `p` (past a participle), else -1. The place is no speaker.
 */
export function groupBeforePlace(tokens: readonly Token[], p: number, lo: number): number {
  if (!PLACE_PREPS.has(tokens[p]?.low ?? '')) return -1;
  if (p - 1 >= lo && isGroup(tokens[p - 1])) return p - 1;
  const ing = tokens[p - 1];
  return p - 2 >= lo && ing?.type === 'word' && !ing.cap && /\p{Ll}{3,}ing$/u.test(ing.low) && isGroup(tokens[p - 2]) ? p - 2 : -1;
}
