/**
 * Reading a speaker's mention next to a speech verb, as written: a name with its title or
 * apposition ("Kremlin spokesman Dmitry Peskov", "Alexei Zaitsev, a ministry spokesman"), a pronoun,
 * or a noun phrase ("officials", "the Russian foreign ministry"). This file reads the phrase ending
 * before the verb; speaker-phrase-after reads the one after it, speaker-classify names the words.
 */
import type { Mention, Token } from './model';
import { classify } from './speaker-classify';
import { documentOwner } from './speaker-document-owner';
import { isEpithetName } from './speaker-epithet-name';
import { bare, DETERMINERS, inLists, isBareNoun, isLowerWord, isNameWord, isNoun, isParticleIn, isVerbBeforeObject, NAME_LIKE, NP_PREPS, OF_HEADS, orgNameTail, SET_PHRASES, slice } from './speaker-mention-words';
import { groupBeforePlace } from './speaker-group-place';
import { joinedMention } from './speaker-coordinated';
import { placePreposition } from './speaker-place-phrase';
import { ORG_HEADS, PEOPLE_NOUNS, ROLE_NOUNS, TITLES } from './titles-and-roles';

/**
 * The group before the place preposition at `p` (ending the phrase at `i`): with its place as written
 * ("Partisans on both sides", "voices on the far right"), as "officials at the ministry" keeps its
 * modifier; alone past a participle ("Cyclists riding through the square"
 * → "Protesters"). A capitalised group noun opening the sentence is a group, not a name ("Marchers").
 */
function groupBefore(text: string, tokens: readonly Token[], p: number, i: number, lo: number): Mention | null {
  const g = groupBeforePlace(tokens, p, lo);
  const head = tokens[g] as Token;
  const end = g === p - 1 ? (tokens[i] as Token) : head;
  const np = g === p - 1 ? withModifier(text, tokens, g, i, lo) : phraseBefore(text, tokens, g, lo);
  // ("senior Democrats on the House Ethics Committee": the words before the head stay)
  return np && np.type === 'name' && np.end === head.end ? { ...np, type: 'nominal', org: false, role: null, end: end.end, text: text.slice(np.start, end.end) } : np;
}

/** A noun the word lists give for speakers ("officials", "spokesman", "ministry"), not a plural by shape only. */
const isListedNoun = (low: string): boolean => PEOPLE_NOUNS.has(low) || ROLE_NOUNS.has(low) || ORG_HEADS.has(low);

/** A title or role word opening a name's words ("Chairman", "chairman", "Sen."). */
const isTitleWord = (t: Token): boolean => TITLES.has(bare(t.low)) || ROLE_NOUNS.has(bare(t.low));

// (the steps read all three from here)
export { classify } from './speaker-classify';
export { phraseAfter } from './speaker-phrase-after';

/** A speaker noun ending at `head` with its modifier up to `end`: "sources familiar with the matter". */
/** DATA: number words that head a group with "of" ("Hundreds of protesters", "Dozens of nurses"). */
const QUANTITIES = new Set(['hundreds', 'thousands', 'dozens', 'millions', 'scores', 'tens', 'billions']);

function withModifier(text: string, tokens: readonly Token[], head: number, end: number, lo: number): Mention | null {
  const read = phraseBefore(text, tokens, head, lo);
  // ("Hundreds of protesters said": a capitalised number word opening the sentence is a quantity, not a name)
  const np = read && read.type === 'name' && QUANTITIES.has(read.text.toLowerCase()) ? { ...read, type: 'nominal' as const } : read;
  // "The Committee for a Balanced County Budget": an organisation's name goes on past "for a"
  if (np && np.type === 'name' && np.org && orgNameTail(tokens, head + 1, end + 1) === end + 1) {
    const last = tokens[end] as Token;
    return { ...np, end: last.end, text: np.text + text.slice(np.end, last.end) };
  }
  if (!np || np.type !== 'nominal') return np;
  const last = tokens[end] as Token;
  return { ...np, end: last.end, text: np.text + text.slice(np.end, last.end) };
}

/** The noun phrase ending at token `i` (walking left, not before `lo`). */
export function phraseBefore(text: string, tokens: readonly Token[], i: number, lo: number): Mention | null {
  // "the town released a statement saying": the one who put the document out
  const owner = documentOwner(tokens, i, lo);
  if (owner) {
    if ('pronoun' in owner) return owner.pronoun;
    const who = phraseBefore(text, tokens, owner.ownerEnd, lo);
    if (who) return who;
  }
  const words: Token[] = [];
  let det: Token | null = null;
  let j = i;
  while (j >= lo && words.length < 9) {
    const t = tokens[j] as Token;
    if (t.type !== 'word') break;
    if (DETERMINERS.has(t.low) && !t.text.endsWith('.')) {
      det = t;
      break;
    }
    if (isNameWord(t, words[0]) || (NAME_LIKE.has(t.low) && t.cap && !words.length && tokens[j - 1]?.cap === true && tokens[j - 1]?.type === 'word') || (words.length && isParticleIn(t, words[0], j - 1 >= lo ? tokens[j - 1] : undefined))) words.unshift(t);
    else if (t.low === 'of' && words[0]?.cap && tokens[j - 1]?.cap && OF_HEADS(bare((tokens[j - 1] as Token).low))) words.unshift(t);
    // "the Center for Coastal Policy", "the Joint Committee on Harbour Safety": "for" or "on" inside an organisation's name
    else if ((t.low === 'for' || t.low === 'on') && words[0]?.cap && tokens[j - 1]?.cap && ORG_HEADS.has(bare((tokens[j - 1] as Token).low))) words.unshift(t);
    else if (/^(?:of|from|at)$/.test(t.low) && words.length && words.every((w) => w.cap) && tokens[j - 1]?.cap && !OF_HEADS(bare((tokens[j - 1] as Token).low)) && isNameWord(tokens[j - 1] as Token)) {
      // "Lee Vuong of The Harbor Ledger said", "Chancellor Angela Merkel of Germany said": the person before "of"
      const person = phraseBefore(text, tokens, j - 1, lo);
      if (person && person.type === 'name' && !person.org) return person;
      break;
    }
    // ("The video shows Trump saying": an unlisted word in -s right before a name is its sentence's verb, no role)
    else if (isLowerWord(t) && words.length && words.every((w) => w.cap) && /[^s'’]s$/.test(t.low) && !isListedNoun(t.low) && !TITLES.has(t.low)) break;
    // ("have started petitions calling for …": a verb and its object are no speaker)
    // (unless the object is a listed group, which speaks: "have left most voters saying …")
    else if (isLowerWord(t) && !inLists(t.low) && !TITLES.has(t.low) && words.some((w) => !w.cap && inLists(w.low)) && isVerbBeforeObject(t, tokens[j - 1])) {
      if (PEOPLE_NOUNS.has(bare((words[words.length - 1] as Token).low)) && tokens[j - 1]?.low !== 'to' && !t.low.endsWith('ly')) break;
      return null;
    }
    else if (isLowerWord(t) && (words.length ? inLists(t.low) || TITLES.has(t.low) || words.some((w) => !w.cap && inLists(w.low)) : inLists(t.low))) words.unshift(t);
    // "panel Chairman Rep. Jason Chaffetz", "subcommittee chairman Jane Doe": one lower-case noun before a
    // title is part of the role (never an adverb: "“…,” then-Chairman", "reportedly Chairman"; never a noun
    // after a determiner, the object the name's clause is about: "a decision Mayor Rita Olsen called")
    else if (isLowerWord(t) && words[0] && isTitleWord(words[0]) && !/ly$/.test(t.low) && words.some((w) => w.cap) && !(j - 1 >= lo && DETERMINERS.has((tokens[j - 1] as Token).low))) words.unshift(t);
    else if (NP_PREPS.has(t.low) && words.length && j - 1 >= lo && isNoun(tokens[j - 1] as Token)) {
      // "officials at the State Department said": the speaker is the noun, described by what follows
      return withModifier(text, tokens, j - 1, i, lo);
    } else if (words.length && groupBeforePlace(tokens, j, lo) >= 0) return groupBefore(text, tokens, j, i, lo); else break;
    j--;
  }
  // "Catherine the Great said": a name, "the" and an epithet are one name
  if (det && words.length === 1 && j - 1 >= lo && isEpithetName(tokens, j - 1)) {
    const first = tokens[j - 1] as Token;
    return { start: first.start, end: (words[0] as Token).end, type: 'name', text: slice(text, first, words[0] as Token), role: null, org: false };
  }
  // "a correspondent in the town of Veldara said": a name after "the town of" is where the speaker is
  if (!det && words.length) {
    const prep = placePreposition(tokens, j + 1, lo);
    if (prep > lo && NP_PREPS.has((tokens[prep] as Token).low) && isNoun(tokens[prep - 1] as Token)) return withModifier(text, tokens, prep - 1, i, lo);
  }
  // "a spokesman for the company said": the phrase after the preposition is not the speaker
  if (det && j - 2 >= lo && NP_PREPS.has((tokens[j - 1] as Token).low) && isNoun(tokens[j - 2] as Token)) {
    return withModifier(text, tokens, j - 2, i, lo);
  }
  // "Protesters outside the courthouse chanted": the group before a place speaks
  if (det && groupBeforePlace(tokens, j - 1, lo) >= 0) return groupBefore(text, tokens, j - 1, i, lo);
  // "Lee Vuong of The Harbor Ledger said": the person before "of"
  if (det && j - 2 >= lo && /^(?:of|from|at)$/.test((tokens[j - 1] as Token).low) && isNameWord(tokens[j - 2] as Token) && !OF_HEADS(bare((tokens[j - 2] as Token).low))) {
    const person = phraseBefore(text, tokens, j - 2, lo);
    if (person && person.type === 'name' && !person.org) return person;
  }
  if (!words.length) {
    // "sources familiar with the matter said": look back for the speaker noun before its modifier
    for (let k = i - 1; k >= Math.max(lo, i - 6); k--) {
      const t = tokens[k] as Token;
      if (t.type !== 'word') break;
      if (isNoun(t) && PEOPLE_NOUNS.has(t.low) && NP_PREPS.has((tokens[k + 1] as Token).low)) {
        // ("Residents of course say …", "Voters in fact say …": a set phrase after the noun is no modifier of it)
        if (k + 2 === i && SET_PHRASES.has(`${(tokens[k + 1] as Token).low} ${(tokens[i] as Token).low}`)) return phraseBefore(text, tokens, k, lo);
        return withModifier(text, tokens, k, i, lo);
      }
      // ("Protesters outside the courthouse chanted")
      if (groupBeforePlace(tokens, k, lo) >= 0) return groupBefore(text, tokens, k, i, lo);
    }
  }
  if (!words.length && i >= lo) {
    // "the NFL legend said": a determiner opens a short noun phrase
    for (let k = i; k >= Math.max(lo, i - 3); k--) {
      const t = tokens[k] as Token;
      if (t.type !== 'word' || (!DETERMINERS.has(t.low) && !isLowerWord(t) && !isNameWord(t) && !(k === i && isBareNoun(t)))) break;
      if (DETERMINERS.has(t.low) && k < i && /^(?:the|a|an|his|her|their|its|our)$/.test(t.low) && (isLowerWord(tokens[i] as Token) || isBareNoun(tokens[i] as Token))) {
        const head = tokens[i] as Token;
        const isOrg = ORG_HEADS.has(head.low);
        let phrase = slice(text, t, head);
        if (t.cap) phrase = t.low + phrase.slice(t.text.length);
        return { start: t.start, end: head.end, type: 'nominal', text: phrase, role: null, org: isOrg };
      }
    }
  }
  if (!words.length) return null;
  const mention = classify(text, words, det);
  // ("the Committee on Intelligence and Security": a word that names no one alone may end an organisation's name)
  const last = words[words.length - 1] as Token;
  if (!mention && !det && words.length < MAX_ORG_PART && words.every((w) => w.cap) && tokens[j]?.low === 'and' && j - 1 >= lo) {
    return orgJoined(text, tokens, j, lo, { start: (words[0] as Token).start, end: last.end, text: slice(text, words[0] as Token, last) });
  }
  // "Trump and Ryan said", "Mr. Hadley and Mr. Fenwick said": two people speaking together
  return mention && !det ? coordinated(text, tokens, j, lo, mention) ?? mention : mention;
}

/** Capitalised words an organisation's name may hold before its "of"/"for"/"on", and after it before an "and". */
const MAX_ORG_PART = 3;

/**
 * Token `k` ends the capitalised words after an organisation's head and its "of", "for" or "on"
 * ("Department of Health", "Joint Committee on Intelligence"): the index of the name's first word, or -1.
 */
function orgStartBefore(tokens: readonly Token[], k: number, lo: number): number {
  const capWord = (m: number): boolean => m >= lo && (tokens[m] as Token).type === 'word' && (tokens[m] as Token).cap;
  let m = k;
  while (k - m < MAX_ORG_PART && capWord(m)) m--;
  const prep = tokens[m];
  if (m === k || !prep || !/^(?:of|for|on)$/.test(prep.low) || !capWord(m - 1) || !ORG_HEADS.has(bare((tokens[m - 1] as Token).low))) return -1;
  let start = m - 1;
  while (m - 1 - start < MAX_ORG_PART && capWord(start - 1) && !DETERMINERS.has((tokens[start - 1] as Token).low)) start--;
  return start;
}

/**
 * A name preceded by "X and" (token `j` is the "and") → one mention of both: two people, or one
 * organisation whose name holds "and".
 */
function coordinated(text: string, tokens: readonly Token[], j: number, lo: number, right: Mention): Mention | null {
  if (right.type !== 'name' || tokens[j]?.low !== 'and' || j - 1 < lo || !isNameWord(tokens[j - 1] as Token)) return null;
  // "the Department of Health and Human Services", "the Centers for Coastal Research and Outreach": one organisation
  // (never a person whose title was read off: "the Institute for Coastal Research and Professor Whitlock")
  const org = (right.org || !right.text.includes(' ')) && !right.role && right.start === tokens[j + 1]?.start ? orgJoined(text, tokens, j, lo, right) : null;
  if (org) return org;
  return right.org ? null : joinedMention(phraseBefore(text, tokens, j - 1, lo), right);
}

/** The organisation whose name runs from before "and" (token `j`) to the end of `right`, or null. */
function orgJoined(text: string, tokens: readonly Token[], j: number, lo: number, right: Pick<Mention, 'start' | 'end' | 'text'>): Mention | null {
  const org = orgStartBefore(tokens, j - 1, lo);
  if (org < 0) return null;
  // "Ann Lee and Tom Brock of the Institute for Science and Security wrote": the people before "of" speak
  const prep = org - 1 >= lo ? tokens[org - 1] : undefined;
  const at = prep && DETERMINERS.has(prep.low) ? org - 2 : org - 1;
  if (at - 1 >= lo && /^(?:of|from|at)$/.test(tokens[at]?.low ?? '')) {
    const person = phraseBefore(text, tokens, at - 1, lo);
    if (person?.type === 'name' && !person.org) return person;
  }
  return { start: (tokens[org] as Token).start, end: right.end, type: 'name', text: `${slice(text, tokens[org] as Token, tokens[j - 1] as Token)} and ${right.text}`, role: null, org: true };
}
