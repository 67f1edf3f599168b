/**
 * Reading a speaker's mention next to a speech verb, as written: a name with its title or
 * apposition ("Kremlin spokesman Dmitry Peskov", "Alexei Zaitsev, a ministry spokesman"), a pronoun,
 * or a noun phrase ("officials", "the Russian foreign ministry").
 */
import type { Mention, Token } from './model';
import { NOT_SPEAKER_PLACES, PRONOUNS, SENTENCE_OPENERS, STOP_WORDS } from './non-speakers';
import { documentOwner } from './speaker-document-owner';
import { isJoinedName, isParticle, opensSurname } from './speaker-name-particles';
import { isEpithetName } from './speaker-epithet-name';
import { PLACE_NOUNS, placePreposition } from './speaker-place-phrase';
import { isRoleShaped } from './speaker-role-words';
import { VERB_BY_FORM } from './speech-verbs';
import { ORG_HEADS, PEOPLE_NOUNS, PLACE_SPEAKERS, ROLEISH, ROLE_NOUNS, TITLES } from './titles-and-roles';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
export const DETERMINERS = set('the a an his her their its our my another one two three several some many few both each most other');
/** Prepositions that may follow a speaker noun ("officials at the ministry", "a spokesman for NATO"). */
const NP_PREPS = set('at for of with from in close familiar involved knowledgeable');
/** A dotted initialism: "U.S.", "U.K.", "U.N.". */
const INITIALISM = /^(?:\p{Lu}\.){2,}$/u;
/** Honorifics dropped from roles ("Mr. Peskov" has no role). */
const HONORIFICS = set('mr mrs ms mx miss mister');
/** Words that start a relative or adverbial apposition, which is not a role. */
export const NOT_ROLE = set('who which whose where when in on at as after while speaking according');
/** An adverb opening an apposition makes it no role ("Rubio, particularly in the closing days, …"). */
const LY_OPENER = /^\p{Ll}{3,}ly$/u;
/** Finite verbs: an apposition holding one is a clause, not a role. */
const FINITE = set('is was were are will would has have had could should can did does do may might must');
/** Words that "of" may follow inside a name or title ("Secretary of State", "Department of Justice"). */
const OF_HEADS = (low: string): boolean => TITLES.has(low) || ORG_HEADS.has(low) || PLACE_NOUNS.has(low);
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** A compound adjective before a name: "Texas-based", "Korean-born". */
const DESCRIPTION = /^\p{L}+-(?:based|born|bred|raised|educated|owned)$/u;
const POSSESSIVE = /['’]s?$/;

export const bare = (low: string): string => low.replace(POSSESSIVE, '');
/** A plural noun heads a group of speakers ("confidants", "advocates") even when not listed. */
const PLURAL = /^\p{Ll}{2,}[^s'’]s$/u;
const inLists = (low: string): boolean => PEOPLE_NOUNS.has(low) || ROLE_NOUNS.has(low) || ORG_HEADS.has(low) || (PLURAL.test(low) && !STOP_WORDS.has(low) && !VERB_BY_FORM.has(low));
/** Function words that are also first names ("Will Doyle", "May Smith") when a name follows. */
export const NAME_LIKE = set('will may june april august mark bill hope grace faith joy rose');
/** A listed speaker noun in any case ("Officials", "sources"). */
const isNoun = (t: Token): boolean => t.type === 'word' && !STOP_WORDS.has(t.low) && !VERB_BY_FORM.has(t.low) && inLists(t.low);
const isNameWord = (t: Token, next?: Token): boolean => t.type === 'word' && (t.cap || isJoinedName(t.text)) && (!STOP_WORDS.has(t.low.replace(/['’]s$/, '')) || (NAME_LIKE.has(t.low) && next?.cap === true && next.type === 'word'));
/**
 * "Ursula von der Leyen", "von der Leyen said": a lower-case particle inside a name, before a name word or
 * another particle, after a name word or opening a surname ("ten" or "la" never opens one: "the ten Republicans").
 */
const isParticleIn = (t: Token, next: Token | undefined, prev: Token | undefined): boolean =>
  t.type === 'word' && !t.cap && isParticle(t.low) && next?.type === 'word' && (next.cap || isParticle(next.low)) &&
  (opensSurname(t.low) || (prev !== undefined && (isNameWord(prev) || (!prev.cap && isParticle(prev.low)))));
/** A verb's bare form used as a noun heading a subject ("the report said", "the statement says"). */
const isBareNoun = (t: Token): boolean => t.type === 'word' && !t.cap && VERB_BY_FORM.get(t.low)?.id === t.low;
const isLowerWord = (t: Token): boolean => t.type === 'word' && !t.cap && !STOP_WORDS.has(t.low) && !VERB_BY_FORM.has(t.low);

export function slice(text: string, from: Token, to: Token): string {
  return text.slice(from.start, to.end);
}

export function stripArticle(role: string): string {
  return role.replace(/^(?:the|a|an)\s+/i, '').trim();
}

/** Words of a noun phrase (determiner apart) → a mention. Null when it is not a speaker. */
export function classify(text: string, phrase: readonly Token[], article: Token | null): Mention | null {
  let det = article;
  let words = phrase;
  let first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  const lastLow = bare(last.low);
  // "one Republican", "a senior Democrat": a party or trade word after a determiner (and its adjectives) is
  // an unnamed person, as written
  if (det && last.cap && ROLEISH.has(lastLow) && words.every((w) => (w.cap ? ROLEISH.has(bare(w.low)) : !inLists(w.low)))) {
    return { start: det.start, end: last.end, type: 'nominal', text: det.low + text.slice(det.end, last.end), role: null, org: false };
  }
  let run = words.length;
  // "Theresa May", "George Will": a word that is also a first name ends a name after a capitalised word
  const surnameLike = (k: number): boolean => k === words.length - 1 && k > 0 && NAME_LIKE.has((words[k] as Token).low) && (words[k] as Token).cap && isNameWord(words[k - 1] as Token);
  while (run > 0 && (isNameWord(words[run - 1] as Token, words[run]) || surnameLike(run - 1) || (run < words.length && isParticleIn(words[run - 1] as Token, words[run], words[run - 2]))) && !TITLES.has(bare((words[run - 1] as Token).low))) run--;
  // "Media Research Center’s Brent Bozell": what precedes a possessive is an affiliation
  for (let k = words.length - 2; k >= run; k--) if (POSSESSIVE.test((words[k] as Token).text)) run = k + 1;
  // a sentence-opening adverb, participle or group noun is not part of the name ("Interestingly Blocher",
  // "Following Sanders", "Republicans Jolly")
  const lead = words[run];
  if (lead && run < words.length - 1 && (SENTENCE_OPENERS.has(lead.low) || PEOPLE_NOUNS.has(lead.low))) {
    words = words.slice(run + 1);
    run = 0;
    first = words[0] as Token;
    det = null;
  } else if (lead && run === words.length - 1 && run === 0 && SENTENCE_OPENERS.has(lead.low)) return null;
  const start = det ? det.start : first.start;
  // a capitalised organisation ("State Department", "The New York Times", "NATO", "Russia")
  const capsTail = words.every((w) => w.cap || w.low === 'of' || w.low === 'for');
  // ("Center for American Progress", "City of Denton": an organisation's or a place's head before "for"/"of",
  // no title after it: "Center for American Progress President Neera Tanden" is a person)
  const headFor = words.some((w, k) => /^(?:for|of)$/.test(words[k + 1]?.low ?? '') && (ORG_HEADS.has(bare(w.low)) || PLACE_NOUNS.has(bare(w.low))) && !words.slice(k + 2).some((x) => TITLES.has(bare(x.low)) || ROLE_NOUNS.has(bare(x.low)) || ROLEISH.has(bare(x.low))));
  if (capsTail && (ORG_HEADS.has(lastLow) || headFor || (words.length === 1 && (ACRONYM.test(last.text) || PLACE_SPEAKERS.has(lastLow))))) {
    return { start, end: last.end, type: 'name', text: slice(text, first, last).replace(POSSESSIVE, ''), role: null, org: true };
  }
  if (words.length === 1 && PEOPLE_NOUNS.has(lastLow) && !det) {
    // "Officials said": a capitalised group noun opening the sentence
    return { start, end: last.end, type: 'nominal', text: slice(text, first, last), role: null, org: false };
  }
  if (run === words.length) {
    // no name: a noun phrase, kept as written ("the Russian foreign ministry", "officials")
    if (last.cap || !inLists(lastLow)) return null;
    let phrase = slice(text, det ?? first, last);
    if (det && det.cap) phrase = det.low + phrase.slice(det.text.length);
    return { start, end: last.end, type: 'nominal', text: phrase, role: null, org: ORG_HEADS.has(lastLow) && !PEOPLE_NOUNS.has(lastLow) };
  }
  // "New York City Public Advocate Trish James", "Journalist Jorge Ramos": a name is its last two
  // words (with initials and suffixes); capitalised words before them are a role
  const cores: number[] = [];
  for (let k = words.length - 1; k >= run; k--) {
    const w = words[k] as Token;
    // (initials, suffixes and particles are no core words: "Ursula von der Leyen" has two)
    if (!/^\p{L}\.$|^(?:jr|sr|ii|iii|iv)$/u.test(w.low) && !/^(?:\p{L}\.)+\p{L}?$/u.test(w.text) && !(isParticle(w.low) && !w.cap)) cores.push(k);
  }
  const third = cores[2];
  if (third !== undefined && (cores.length > 3 || ROLEISH.has(bare((words[third] as Token).low)) || isRoleShaped((words[third] as Token).text))) run = third + 1;
  // "Texas-based Matt Mackowiak", "South Korean-born Monte Haines": a compound description is a role
  while (run < words.length - 2 && DESCRIPTION.test((words[run] as Token).low)) run++;
  const nameWords = words.slice(run);
  if (NOT_SPEAKER_PLACES.has(bare(last.low))) return null;
  // "the written U.S. response": a dotted initialism alone ("U.S.", "U.N.") names a country or body, and
  // the words before it describe what it put out, not a role
  if (nameWords.length === 1 && INITIALISM.test(last.text)) return { start: last.start, end: last.end, type: 'name', text: last.text, role: null, org: true };
  const roleWords = words.slice(0, run).filter((w) => !HONORIFICS.has(w.low));
  const nameFirst = nameWords[0] as Token;
  const role = roleWords.length ? stripArticle(slice(text, roleWords[0] as Token, roleWords[roleWords.length - 1] as Token)) : null;
  const honorific = words.slice(0, run).find((w) => HONORIFICS.has(w.low))?.low;
  const mention: Mention = { start, end: last.end, type: 'name', text: slice(text, nameFirst, last).replace(POSSESSIVE, ''), role: role || null, org: false };
  if (honorific) mention.hint = honorific === 'mr' ? 'he' : 'she';
  return mention;
}

/** A speaker noun ending at `head` with its modifier up to `end`: "sources familiar with the matter". */
function withModifier(text: string, tokens: readonly Token[], head: number, end: number, lo: number): Mention | null {
  const np = phraseBefore(text, tokens, head, lo);
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
    // "the Center for American Progress", "the Syrian Observatory for Human Rights": "for" inside an organisation's name
    else if (t.low === 'for' && words[0]?.cap && tokens[j - 1]?.cap && ORG_HEADS.has(bare((tokens[j - 1] as Token).low))) words.unshift(t);
    else if (/^(?:of|from|at)$/.test(t.low) && words.length && words.every((w) => w.cap) && tokens[j - 1]?.cap && !OF_HEADS(bare((tokens[j - 1] as Token).low)) && isNameWord(tokens[j - 1] as Token)) {
      // "Lee Wang of The Intercept said", "Chancellor Angela Merkel of Germany said": the person before "of"
      const person = phraseBefore(text, tokens, j - 1, lo);
      if (person && person.type === 'name' && !person.org) return person;
      break;
    }
    else if (isLowerWord(t) && (words.length ? inLists(t.low) || TITLES.has(t.low) || words.some((w) => !w.cap && inLists(w.low)) : inLists(t.low))) words.unshift(t);
    else if (NP_PREPS.has(t.low) && words.length && j - 1 >= lo && isNoun(tokens[j - 1] as Token)) {
      // "officials at the State Department said": the speaker is the noun, described by what follows
      return withModifier(text, tokens, j - 1, i, lo);
    } else break;
    j--;
  }
  // "Rosie the Riveter said": a name, "the" and an epithet are one name
  if (det && words.length === 1 && j - 1 >= lo && isEpithetName(tokens, j - 1)) {
    const first = tokens[j - 1] as Token;
    return { start: first.start, end: (words[0] as Token).end, type: 'name', text: slice(text, first, words[0] as Token), role: null, org: false };
  }
  // "a correspondent in the town of Saraqeb said": a name after "the town of" is where the speaker is
  if (!det && words.length) {
    const prep = placePreposition(tokens, j + 1, lo);
    if (prep > lo && NP_PREPS.has((tokens[prep] as Token).low) && isNoun(tokens[prep - 1] as Token)) return withModifier(text, tokens, prep - 1, i, lo);
  }
  // "a spokesman for the company said": the phrase after the preposition is not the speaker
  if (det && j - 2 >= lo && NP_PREPS.has((tokens[j - 1] as Token).low) && isNoun(tokens[j - 2] as Token)) {
    return withModifier(text, tokens, j - 2, i, lo);
  }
  // "Lee Wang of The Intercept said": the person before "of"
  if (det && j - 2 >= lo && /^(?:of|from|at)$/.test((tokens[j - 1] as Token).low) && isNameWord(tokens[j - 2] as Token) && !OF_HEADS(bare((tokens[j - 2] as Token).low))) {
    const person = phraseBefore(text, tokens, j - 2, lo);
    if (person && person.type === 'name' && !person.org) return person;
  }
  if (!words.length) {
    // "sources familiar with the matter said": look back for the speaker noun before its modifier
    for (let k = i - 1; k >= Math.max(lo, i - 6); k--) {
      const t = tokens[k] as Token;
      if (t.type !== 'word') break;
      if (isNoun(t) && PEOPLE_NOUNS.has(t.low) && NP_PREPS.has((tokens[k + 1] as Token).low)) return withModifier(text, tokens, k, i, lo);
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
  // "Trump and Ryan said", "Mr. Peck and Mr. Mahaney said": two people speaking together
  return mention && !det ? coordinated(text, tokens, j, lo, mention) ?? mention : mention;
}

/** A person's name preceded by "X and" (token `j` is the word before the name) → one mention of both. */
function coordinated(text: string, tokens: readonly Token[], j: number, lo: number, right: Mention): Mention | null {
  if (right.type !== 'name' || right.org || tokens[j]?.low !== 'and' || j - 1 < lo || !isNameWord(tokens[j - 1] as Token)) return null;
  const left = phraseBefore(text, tokens, j - 1, lo);
  if (!left || left.type !== 'name' || left.org || left.text.includes(' and ')) return null;
  // "Citizenship and Immigration Services", "Health and Human Services": an organisation's name
  if (`${left.text} ${right.text}`.split(/\s+/).some((w) => ORG_HEADS.has(bare(w.toLowerCase())))) return null;
  return { start: left.start, end: right.end, type: 'name', text: `${left.text} and ${right.text}`, role: null, org: false };
}

/** The noun phrase starting at token `i` (walking right, before `hi`), with an apposition role. */
export function phraseAfter(text: string, tokens: readonly Token[], i: number, hi: number): { mention: Mention; next: number } | null {
  let j = i;
  let det: Token | null = null;
  const t0 = tokens[j];
  if (!t0 || j >= hi) return null;
  if (t0.type === 'word' && PRONOUNS.has(t0.low) && t0.low !== 'it' && t0.low !== 'i') {
    return { mention: { start: t0.start, end: t0.end, type: 'pronoun', text: t0.low, role: null, org: false }, next: j + 1 };
  }
  if (t0.type === 'word' && DETERMINERS.has(t0.low)) {
    det = t0;
    j++;
  }
  const words: Token[] = [];
  while (j < hi && words.length < 9) {
    const t = tokens[j] as Token;
    const ofTitle = t.low === 'of' && words.length > 0 && OF_HEADS(bare((words[words.length - 1] as Token).low)) && tokens[j + 1]?.cap === true;
    const named = words.some((w) => w.cap && !TITLES.has(bare(w.low)) && !ROLEISH.has(bare(w.low)));
    // after a name, a past tense or participle is the verb ("Mr. McConnell deflected questions")
    // (an unlisted word in -s after a name is a verb too: "Jane Smith rails against …")
    const verbAfterName = named && (/\p{Ll}(?:ed|ing)$/u.test(t.low) || (/s$/.test(t.low) && !PEOPLE_NOUNS.has(t.low) && !ROLE_NOUNS.has(t.low) && !ORG_HEADS.has(t.low)));
    // ("Yin Myint May, 60, said": a word that is also a first name ends a name after a capitalised word)
    // (never a month before its day: "said Trump May 5")
    const surname = NAME_LIKE.has(t.low) && t.cap && words.length > 0 && isNameWord(words[words.length - 1] as Token) && !/^\d/.test(tokens[j + 1]?.low ?? '');
    if (!(isNameWord(t, tokens[j + 1]) || surname || (isLowerWord(t) && !verbAfterName) || ofTitle)) break;
    words.push(t);
    j++;
  }
  while (words.length && !(words[words.length - 1] as Token).cap && !inLists((words[words.length - 1] as Token).low)) {
    words.pop();
    j--;
  }
  // "said Rosie the Riveter": a name, "the" and an epithet are one name
  if (!det && words.length === 1 && j + 1 < hi && isEpithetName(tokens, j - 1)) {
    const epithet = tokens[j + 1] as Token;
    const first = words[0] as Token;
    return { mention: { start: first.start, end: epithet.end, type: 'name', text: slice(text, first, epithet), role: null, org: false }, next: j + 2 };
  }
  const mention = classify(text, words, det);
  if (!mention) return null;
  // "Rep. Jim Jordan (R-Ohio)": a tag in parentheses after a name
  if (tokens[j]?.low === '(' && mention.type === 'name') {
    let k = j + 1;
    while (k < hi && k < j + 8 && tokens[k]?.low !== ')') k++;
    if (tokens[k]?.low === ')') j = k + 1;
  }
  // "attorneys for Clinton", "a spokesman for the company": a speaker noun keeps its modifier
  if (mention.type === 'nominal' && tokens[j] && NP_PREPS.has((tokens[j] as Token).low)) {
    let k = j + 1;
    while (k < hi && k < j + 9 && tokens[k]?.type === 'word' && !/^(?:who|which|that|whose)$/.test((tokens[k] as Token).low) && !VERB_BY_FORM.has((tokens[k] as Token).low) && !/\p{Ll}ed$/u.test((tokens[k] as Token).low)) k++;
    const end = tokens[k - 1] as Token;
    if (k > j + 1) return { mention: { ...mention, end: end.end, text: mention.text + text.slice(mention.end, end.end) }, next: k };
  }
  // apposition: "said Alexei Zaitsev, a ministry spokesman."
  if (tokens[j]?.low === ',' && mention.type === 'name' && !mention.org) {
    let k = j + 1;
    while (k < hi && tokens[k]?.type === 'word') k++;
    const a = tokens[j + 1];
    const b = tokens[k - 1];
    const clause = tokens.slice(j + 1, k).some((t) => FINITE.has(t.low) || VERB_BY_FORM.has(t.low));
    if (a && b && k > j + 1 && k - j <= 14 && !clause && !NOT_ROLE.has(a.low) && !LY_OPENER.test(a.low) && !VERB_BY_FORM.has(a.low) && (tokens[k] === undefined || k >= hi || tokens[k]?.low === ',')) {
      const role = stripArticle(slice(text, a, b).replace(/^now\s+/, ''));
      if (role && /^\p{L}/u.test(role) && (!a.cap || TITLES.has(bare(a.low)) || DETERMINERS.has(a.low))) return { mention: { ...mention, role: mention.role ?? role, end: b.end }, next: k };
    }
  }
  return { mention, next: j };
}
