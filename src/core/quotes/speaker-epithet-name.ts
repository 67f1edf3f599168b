/**
 * "Catherine the Great", "Ivan the Terrible", "Jack the Ripper": a single name, a lower-case "the" and a
 * capitalised epithet are one name, never the epithet alone. The epithet is no title, role, group,
 * organisation or place ("Trump the Republican", "Clinton the Senator", "Iowa the Democrats" are not such
 * names), and the first word is no place or title.
 */
import type { Token } from './model';
import { DESCRIBING_ADJECTIVES, NOT_SPEAKER_PLACES, STOP_WORDS } from './non-speakers';
import { ORG_HEADS, PEOPLE_NOUNS, PLACE_SPEAKERS, ROLEISH, ROLE_NOUNS, TITLES } from './titles-and-roles';

/** DATA: word lists an epithet may not come from (compared in lower case). */
const NOT_EPITHETS: readonly ReadonlySet<string>[] = [TITLES, ROLE_NOUNS, PEOPLE_NOUNS, ORG_HEADS, ROLEISH, PLACE_SPEAKERS, DESCRIBING_ADJECTIVES, STOP_WORDS];
/** DATA: word lists the name before "the" may not come from. */
const NOT_FIRST: readonly ReadonlySet<string>[] = [TITLES, PLACE_SPEAKERS, NOT_SPEAKER_PLACES, ORG_HEADS, PEOPLE_NOUNS, ROLEISH, DESCRIBING_ADJECTIVES, STOP_WORDS];

/** A capitalised single word, not a plural ("Democrats") nor an acronym ("NATO"). */
const EPITHET = /^\p{Lu}\p{Ll}+$/u;
const NAME = /^\p{Lu}\p{Ll}+$/u;

/** True when tokens name, "the", epithet (at `name`, `name + 1`, `name + 2`) make one name. */
export function isEpithetName(tokens: readonly Token[], name: number): boolean {
  const first = tokens[name];
  const the = tokens[name + 1];
  const epithet = tokens[name + 2];
  if (!first || !the || !epithet || first.type !== 'word' || epithet.type !== 'word' || the.text !== 'the') return false;
  if (!NAME.test(first.text) || !EPITHET.test(epithet.text) || /[^s]s$/.test(epithet.low)) return false;
  return !NOT_EPITHETS.some((list) => list.has(epithet.low)) && !NOT_FIRST.some((list) => list.has(first.low));
}
