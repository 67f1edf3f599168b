/**
 * A noun phrase's words → a speaker mention: a person's name with the role written before it
 * ("Kremlin spokesman Dmitry Peskov"), an organisation ("State Department", "NATO"), or a noun phrase
 * as written ("the Russian foreign ministry", "officials"); null when the words name no speaker.
 */
import type { Mention, Token } from './model';
import { NOT_SPEAKER_PLACES, SENTENCE_OPENERS } from './non-speakers';
import { bare, inLists, isNameTimeWord, isNameWord, isParticleIn, isSentenceAdverb, NAME_LIKE, slice, stripArticle } from './speaker-mention-words';
import { POSSESSIVE } from './names-key';
import { isParticle } from './speaker-name-particles';
import { PLACE_NOUNS } from './speaker-place-phrase';
import { isRoleShaped } from './speaker-role-words';
import { isOrgSurname, isTitleSurname, SURNAME_TITLES } from './speaker-title-surname';
import { ORG_HEADS, PEOPLE_NOUNS, PLACE_SPEAKERS, ROLEISH, ROLE_NOUNS, TITLES } from './titles-and-roles';
import { wordSet } from '../text/words';
import { HE_FIRST_NAMES, SHE_FIRST_NAMES } from './people-hints';

/** A dotted initialism: "U.S.", "U.K.", "U.N.". */
const INITIALISM = /^(?:\p{Lu}\.){2,}$/u;
/** Honorifics dropped from roles ("Mr. Peskov" has no role). */
const HONORIFICS = wordSet('mr mrs ms mx miss mister');
/** An acronym alone is an organisation: "NATO", "FBI". */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Quotation marks around a nickname, and the nickname with its marks inside a name ("Patricia “Tish” Price" → "Patricia Price"). */
const QUOTE_MARK = /["“”‘’']/;
const NICKNAME = /\s["“‘'][^"“”‘’']{1,30}["”’']\s/;
/** Titles written with a period that are also parts of names without it ("Del." for a delegate). */
const DOTTED_TITLES = /^Del\.$/;
/** A compound adjective before a name: "Texas-based", "Korean-born". */
const DESCRIPTION = /^\p{L}+-(?:based|born|bred|raised|educated|owned)$/u;

/** A capitalised plural of a people, a creed or a following ("Tunisians", "Salafists", "Jacobites"); no surname ends so. */
const GROUP_WORD = /^\p{Lu}\p{Ll}{2,}(?:ians|ists|ites)$/u;
/** A noun of a trade or an activity by its ending ("Commenter", "Novelist", "Historian", "Volunteer"). */
const AGENT_NOUN = /^\p{Ll}{3,}(?:er|or|ist|ian|eer)$/u;
/** "Commenter Paul Stoffel noted …": a capitalised agent noun before a known first name and a surname is the
 * person's description, not a part of the name (never a first name itself: "Tyler Paul Hess"). */
function agentBeforeName(words: readonly Token[], k: number): boolean {
  const lead = words[k] as Token;
  const next = words[k + 1];
  if (!next || !AGENT_NOUN.test(lead.low) || HE_FIRST_NAMES.has(lead.low) || SHE_FIRST_NAMES.has(lead.low)) return false;
  return HE_FIRST_NAMES.has(next.low) || SHE_FIRST_NAMES.has(next.low);
}

/** Words of a noun phrase (determiner apart) → a mention. Null when it is not a speaker. */
export function classify(text: string, phrase: readonly Token[], article: Token | null): Mention | null {
  let det = article;
  let words = phrase;
  let first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  const lastLow = bare(last.low);
  if (words.length === 1 && !det && isSentenceAdverb(lastLow)) return null;
  // "one Republican", "a senior Democrat": a party or trade word after a determiner (and its adjectives) is
  // an unnamed person, as written
  if (det && last.cap && ROLEISH.has(lastLow) && words.every((w) => (w.cap ? ROLEISH.has(bare(w.low)) : !inLists(w.low)))) {
    return { start: det.start, end: last.end, type: 'nominal', text: det.low + text.slice(det.end, last.end), role: null, org: false };
  }
  let run = words.length;
  // ("Nolan King", "Mr. King": a title word after a first name or an honorific is a surname)
  const texts = words.map((w) => w.text);
  // "Theresa May", "George Will": a word that is also a first name ends a name after a capitalised word
  const surnameLike = (k: number): boolean => k === words.length - 1 && k > 0 && NAME_LIKE.has((words[k] as Token).low) && (words[k] as Token).cap && isNameWord(words[k - 1] as Token);
  while (run > 0 && (isNameWord(words[run - 1] as Token, words[run]) || surnameLike(run - 1) || isNameTimeWord(words[run - 1] as Token, words[run - 2]) || (run < words.length && isParticleIn(words[run - 1] as Token, words[run], words[run - 2]))) && !(TITLES.has(bare((words[run - 1] as Token).low)) && !isTitleSurname(texts, run - 1))) run--;
  // "Policy Research Center’s Dana Kell": what precedes a possessive is an affiliation
  for (let k = words.length - 2; k >= run; k--) if (POSSESSIVE.test((words[k] as Token).text)) run = k + 1;
  // a sentence-opening adverb, participle or group noun is not part of the name ("Interestingly Ferreira",
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
  const capsTail = words.every((w) => w.cap || w.low === 'of' || w.low === 'for' || w.low === 'on');
  // ("Center for American Progress", "City of Denton": an organisation's or a place's head before "for"/"of",
  // no title after it: "Center for American Progress President Neera Tanden" is a person)
  const headFor = words.some((w, k) => /^(?:for|of|on)$/.test(words[k + 1]?.low ?? '') && (ORG_HEADS.has(bare(w.low)) || PLACE_NOUNS.has(bare(w.low))) && !words.slice(k + 2).some((x) => TITLES.has(bare(x.low)) || ROLE_NOUNS.has(bare(x.low)) || ROLEISH.has(bare(x.low))));
  // ("Margaret Court": a known first name before an institution's word is a person)
  if (capsTail && !isOrgSurname(words.map((w) => w.text), (low) => ORG_HEADS.has(low)) && (ORG_HEADS.has(lastLow) || headFor || (words.length === 1 && (ACRONYM.test(last.text) || PLACE_SPEAKERS.has(lastLow))))) {
    return { start, end: last.end, type: 'name', text: slice(text, first, last).replace(POSSESSIVE, ''), role: null, org: true };
  }
  // "Tunisians said", "Salafists say": a capitalised plural of a people or a creed is a group, not a name
  if (!det && GROUP_WORD.test(last.text.replace(POSSESSIVE, '')) && words.every((w) => w.cap)) {
    return { start, end: last.end, type: 'nominal', text: slice(text, first, last), role: null, org: false };
  }
  if (words.length === 1 && PEOPLE_NOUNS.has(lastLow) && !det) {
    // "Officials said": a capitalised group noun opening the sentence
    return { start, end: last.end, type: 'nominal', text: slice(text, first, last), role: null, org: false };
  }
  // "King said": a title word alone that is also a surname may stand for a full name the article gives
  // (resolved later; never "the King")
  if (words.length === 1 && !det && SURNAME_TITLES.has(lastLow)) return { start, end: last.end, type: 'name', text: last.text.replace(POSSESSIVE, ''), role: null, org: false };
  if (run === words.length) {
    // no name: a noun phrase, kept as written ("the Russian foreign ministry", "officials")
    if (last.cap || !inLists(lastLow)) return null;
    let phrase = slice(text, det ?? first, last);
    if (det && det.cap) phrase = det.low + phrase.slice(det.text.length);
    return { start, end: last.end, type: 'nominal', text: phrase, role: null, org: ORG_HEADS.has(lastLow) && !PEOPLE_NOUNS.has(lastLow) };
  }
  // "Tulsa County Public Defender Trina Vasko", "Journalist Mateo Ibarrola": a name is its last two
  // words (with initials and suffixes); capitalised words before them are a role
  const cores: number[] = [];
  for (let k = words.length - 1; k >= run; k--) {
    const w = words[k] as Token;
    // (initials, suffixes and particles are no core words: "Ursula von der Leyen" has two)
    // (nor a nickname in quotes: Patricia "Tish" Price)
    const nickname = QUOTE_MARK.test(text[w.start - 1] ?? '') && QUOTE_MARK.test(text[w.end] ?? '');
    if (!nickname && !/^\p{L}\.$|^(?:jr|sr|ii|iii|iv)$/u.test(w.low) && !/^(?:\p{L}\.)+\p{L}?$/u.test(w.text) && !(isParticle(w.low) && !w.cap)) cores.push(k);
  }
  const third = cores[2];
  if (third !== undefined && (cores.length > 3 || ROLEISH.has(bare((words[third] as Token).low)) || isRoleShaped((words[third] as Token).text) || agentBeforeName(words, third))) run = third + 1;
  // "Texas-based Lorcan Brandt", "South Korean-born Joon Ostrander": a compound description is a role
  while (run < words.length - 2 && DESCRIPTION.test((words[run] as Token).low)) run++;
  // "Del. Maria Ruelas": a title that is one only with its period ("Benicio Del Toro" keeps his "Del")
  if (run < words.length - 2 && DOTTED_TITLES.test((words[run] as Token).text)) run++;
  const nameWords = words.slice(run);
  if (NOT_SPEAKER_PLACES.has(bare(last.low))) return null;
  // "the written U.S. response": a dotted initialism alone ("U.S.", "U.N.") names a country or body, and
  // the words before it describe what it put out, not a role
  if (nameWords.length === 1 && INITIALISM.test(last.text)) return { start: last.start, end: last.end, type: 'name', text: last.text, role: null, org: true };
  const roleWords = words.slice(0, run).filter((w) => !HONORIFICS.has(w.low));
  const nameFirst = nameWords[0] as Token;
  const role = roleWords.length ? stripArticle(slice(text, roleWords[0] as Token, roleWords[roleWords.length - 1] as Token)) : null;
  const honorific = words.slice(0, run).find((w) => HONORIFICS.has(w.low))?.low;
  const mention: Mention = { start, end: last.end, type: 'name', text: slice(text, nameFirst, last).replace(POSSESSIVE, '').replace(NICKNAME, ' '), role: role || null, org: false };
  if (honorific) mention.hint = honorific === 'mr' ? 'he' : 'she';
  return mention;
}
