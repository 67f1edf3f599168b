/**
 * The words a speaker's mention is read from: tests on single tokens (a name word, a listed speaker
 * noun, a lower-case modifier) and the small word lists the mention readers share.
 */
import type { Token } from './model';
import { POSSESSIVE } from './names-key';
import { STOP_WORDS } from './non-speakers';
import { isJoinedName, isParticle, opensSurname } from './speaker-name-particles';
import { PLACE_NOUNS } from './speaker-place-phrase';
import { VERB_BY_FORM } from './speech-verbs';
import { ORG_HEADS, PEOPLE_NOUNS, ROLE_NOUNS, TITLES } from './titles-and-roles';
import { wordSet } from '../text/words';

export const DETERMINERS = wordSet('the a an his her their its our my another one two three several some many few both each most other');
/** Prepositions that may follow a speaker noun ("officials at the ministry", "a spokesman for NATO"). */
export const NP_PREPS = wordSet('at for of with from in close familiar involved knowledgeable');
/** Words that start a relative or adverbial apposition, which is not a role. */
export const NOT_ROLE = wordSet('who which whose where when in on at as after while speaking according');
/** Words that "of" may follow inside a name or title ("Secretary of State", "Department of Justice"). */
export const OF_HEADS = (low: string): boolean => TITLES.has(low) || ORG_HEADS.has(low) || PLACE_NOUNS.has(low);
/** A word without its possessive ending. */
export const bare = (low: string): string => low.replace(POSSESSIVE, '');
/** A plural noun heads a group of speakers ("confidants", "advocates") even when not listed. */
const PLURAL = /^\p{Ll}{2,}[^s'’]s$/u;
export const inLists = (low: string): boolean => PEOPLE_NOUNS.has(low) || ROLE_NOUNS.has(low) || ORG_HEADS.has(low) || (PLURAL.test(low) && !STOP_WORDS.has(low) && !VERB_BY_FORM.has(low));
/** Function words that are also first names ("Will Parrish", "May Smith") when a name follows. */
export const NAME_LIKE = wordSet('will may june april august mark bill hope grace faith joy rose');
/** DATA: time words that end a name when capitalised after a name word ("Maren Day", "USA Today"). */
const NAME_TIME_WORDS = wordSet('day today');
/** A capitalised "Day"/"Today" right after a capitalised name word is a surname or part of a title, not a time. */
export const isNameTimeWord = (t: Token, prev: Token | undefined): boolean =>
  t.type === 'word' && /^\p{Lu}/u.test(t.text) && NAME_TIME_WORDS.has(bare(t.low)) && prev?.type === 'word' && /^\p{Lu}/u.test(prev.text) && !STOP_WORDS.has(bare(prev.low));
/** A listed speaker noun in any case ("Officials", "sources"). */
export const isNoun = (t: Token): boolean => t.type === 'word' && !STOP_WORDS.has(t.low) && !VERB_BY_FORM.has(t.low) && inLists(t.low);
/** A capitalised word (or a joined particle name) that can be part of a name; a first name that is also a word only before a name. */
export const isNameWord = (t: Token, next?: Token): boolean => t.type === 'word' && (t.cap || isJoinedName(t.text)) && (!STOP_WORDS.has(t.low.replace(/['’]s$/, '')) || (NAME_LIKE.has(t.low) && next?.cap === true && next.type === 'word'));
/**
 * "Ursula von der Leyen", "von der Leyen said": a lower-case particle inside a name, before a name word or
 * another particle, after a name word or opening a surname ("ten" or "la" never opens one: "the ten Republicans").
 */
export const isParticleIn = (t: Token, next: Token | undefined, prev: Token | undefined): boolean =>
  t.type === 'word' && !t.cap && isParticle(t.low) && next?.type === 'word' && (next.cap || isParticle(next.low)) &&
  (opensSurname(t.low) || (prev !== undefined && (isNameWord(prev) || (!prev.cap && isParticle(prev.low)))));
/** Derivational adverb endings: a lone "Technically", "Honestly", "Ultimately" opens its sentence as an adverb
 * ("Technically speaking, …"), never a name or a noun ("Kelly", "Emily", "Italy", "family" end otherwise). */
const ADVERB_WORD = /^\p{Ll}{2,}(?:ically|ally|ously|ively|fully|lessly|ently|antly|edly|ingly|ately|ably|ibly|ankly|estly)$/u;
/** A lower-case word that is a sentence adverb by its ending. */
export const isSentenceAdverb = (low: string): boolean => ADVERB_WORD.test(low);
/** DATA: a preposition and a noun that make an adverb ("of course"), never a speaker's modifier. */
export const SET_PHRASES = new Set(['of course', 'in fact', 'in turn', 'in particular', 'in general', 'at least', 'at first', 'at times', 'for example', 'for instance', 'in short', 'at large']);
/** DATA: auxiliaries, modals and an infinitive's "to": a lower-case word right after one is a verb. */
const VERB_LEADS = wordSet('has have had having is are was were be been being will would can could should shall may might must do does did to');
/** A lower-case word read as a modifier of a speaker noun that is the verb of its clause, the noun its object
 * ("have started petitions calling for …", "can reasonably campaign saying …", "to dismiss cases alleging …"). */
export const isVerbBeforeObject = (t: Token, prev: Token | undefined): boolean => !t.cap && prev?.type === 'word' && VERB_LEADS.has(prev.low);
/** A verb's bare form used as a noun heading a subject ("the report said", "the statement says"). */
export const isBareNoun = (t: Token): boolean => t.type === 'word' && !t.cap && VERB_BY_FORM.get(t.low)?.id === t.low;
/** A lower-case content word: no function word, no speech verb. */
export const isLowerWord = (t: Token): boolean => t.type === 'word' && !t.cap && !STOP_WORDS.has(t.low) && !VERB_BY_FORM.has(t.low);
/** The text from one token to another, both included. */
export function slice(text: string, from: Token, to: Token): string {
  return text.slice(from.start, to.end);
}
/** A role without its leading article ("a ministry spokesman" → "ministry spokesman"). */
export function stripArticle(role: string): string {
  return role.replace(/^(?:the|a|an)\s+/i, '').trim();
}

/**
 * "Committee for a Balanced County Budget", "Center for the Study of Hate": after an organisation's
 * name, "for"/"of", an optional article and capitalised words (with inner "of"/"for"/"and") go on with the
 * name. The index past those words when the phrase at `j` is such a tail (before `hi`), else -1.
 */
export function orgNameTail(tokens: readonly Token[], j: number, hi: number): number {
  if (!/^(?:for|of)$/.test(tokens[j]?.low ?? '')) return -1;
  let k = j + 1;
  if (/^(?:a|an|the)$/.test(tokens[k]?.low ?? '')) k++;
  const from = k;
  while (k < hi && tokens[k]?.type === 'word' && ((tokens[k] as Token).cap || (k > from && /^(?:of|for|and)$/.test((tokens[k] as Token).low) && tokens[k + 1]?.cap === true))) k++;
  return k > from && tokens[k - 1]?.cap ? k : -1;
}

/** DATA: heads of the people a relative clause describes ("those who knew him", "anyone who has …"): the clause
 * completes them, so the phrase with its clause is the speaker. */
export const CLAUSE_HEADS = wordSet('those people all many most some others anyone anybody everyone everybody whoever someone somebody');
