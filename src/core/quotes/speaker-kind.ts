/**
 * Person or collective: a speaker written as a name may still be a group of people ("Scottish
 * Conservatives", "Rebels" where the article also writes "rebels") or a publication ("Newsweek"), and a
 * speaker written as a noun phrase may be a document or a proceeding ("the timeline", "the inquiry")
 * rather than a person. All are listed as organisations. (Names ending in an institution's word, "United
 * Nations", "Defence Ministry", are organisations as soon as they are read: ORG_HEADS.)
 */
import { HE_FIRST_NAMES, SHE_FIRST_NAMES } from './people-hints';
import { ORG_HEADS, PEOPLE_NOUNS, ROLEISH, ROLE_NOUNS } from './titles-and-roles';
import { wordSet } from '../text/words';


/** DATA: nouns heading a speaker phrase that is a document or a proceeding, not a person ("the timeline said"). */
export const DOCUMENT_HEADS = wordSet(`
  timeline inquiry investigation probe audit hearing record records document documents figures statistics
  estimates findings numbers minutes transcript footage evidence research article story piece guidance
  law bill rule rules order policy plan proposal agreement deal treaty resolution constitution website
  page map chart index model forecast projection indictment verdict judgment judgement summary notice
  copy certificate invite invitation caption headline label flyer poster
`);

/** DATA: parties and movements known by one word that is no person's name (acronyms are organisations already). */
export const PARTY_NAMES = wordSet('labour likud fidesz syriza podemos hamas hezbollah fatah taliban tories');

/** DATA: words naming newspapers and news sites that name no person ("Gazette", "Chronicle", "Harbor Online"). */
const NEWSPAPER_WORDS = wordSet('gazette chronicle courier inquirer examiner sentinel bulletin dispatch ledger online');

interface KindRule {
  id: string;
  kind: 'org' | 'group';
  test: (words: readonly string[], common: ReadonlySet<string>) => boolean;
  reason: string;
}

const low = (w: string): string => w.toLowerCase().replace(/['’]s?$/, '');
const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const firstName = (w: string): boolean => HE_FIRST_NAMES.has(low(w)) || SHE_FIRST_NAMES.has(low(w));
/** "Conservatives" → "conservative", "Allies" → "ally". */
export const singular = (w: string): string => w.replace(/ies$/, 'y').replace(/s$/, '');
const plural = (w: string): boolean => /\p{Ll}{2}s$/u.test(w) && !/(?:ss|us|is)$/.test(w);

export const KIND_RULES: readonly KindRule[] = [
  // "Scottish Conservatives", "Senate Democrats", "Syrian Rebels": a name ending in a plural noun for people
  {
    id: 'plural-people-noun',
    kind: 'group',
    test: (words) => {
      const last = low(words[words.length - 1] ?? '');
      // (never a surname after a first name: "Peter Fellows")
      return words.length > 1 && plural(last) && (PEOPLE_NOUNS.has(last) || ROLEISH.has(singular(last)) || ROLE_NOUNS.has(singular(last))) && !firstName(words[0] ?? '');
    },
    reason: 'a group of people',
  },
  // "Rebels said", "Groups vow": one capitalised plural the article also writes in lower case, or a plural of
  // an institution or people noun
  {
    id: 'common-plural',
    kind: 'group',
    test: (words, common) => {
      const w = low(words[0] ?? '');
      return words.length === 1 && capitalised(words[0] ?? '') && plural(w) && (common.has(w) || common.has(singular(w)) || ORG_HEADS.has(singular(w)) || PEOPLE_NOUNS.has(w));
    },
    reason: 'a plural common noun, capitalised as the sentence opens',
  },
  // "Labour said", "Likud said": a party or movement known by one word speaks as an organisation
  {
    id: 'party-name',
    kind: 'org',
    test: (words) => words.length === 1 && PARTY_NAMES.has(low(words[0] ?? '')),
    reason: 'a party or movement',
  },
  // "Brooklyn Daily Eagle", "Harbor Gazette": a name holding a newspaper's word is a publication ("Daily" never last:
  // a surname)
  {
    id: 'newspaper-name',
    kind: 'org',
    test: (words) => words.length > 1 && words.some((w, i) => (low(w) === 'daily' && i < words.length - 1) || NEWSPAPER_WORDS.has(low(w))),
    reason: 'a publication',
  },
  // "Newsweek", "Technews", "Businesswire": one word closed by a periodical's word is a publication
  {
    id: 'outlet-word',
    kind: 'org',
    test: (words) => words.length === 1 && /^\p{Lu}\p{L}*(?:week|news|wire)$/u.test(words[0] ?? ''),
    reason: 'a publication',
  },
];

/** The collective kind a speaker's name says, or null for a person. */
export function collectiveKind(name: string, common: ReadonlySet<string>): 'org' | 'group' | null {
  const words = name.split(/\s+/).filter(Boolean);
  return KIND_RULES.find((r) => r.test(words, common))?.kind ?? null;
}
