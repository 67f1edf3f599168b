/**
 * A speaker written as a noun phrase: "the minister" is the latest speaker introduced with that role (or,
 * when none has spoken, the latest person the article introduced with it);
 * otherwise the phrase itself speaks, as an organisation when its head noun is a body or a document
 * ("the campaign", "police", "the report") and as a group when that noun is plural ("officials").
 */
import type { Mention } from './model';
import type { SpeakerBook } from './speaker-book';
import type { Entity } from './speaker-entity';
import { DOCUMENT_HEADS, PARTY_NAMES, singular } from './speaker-kind';
import { speakerPhrase } from './speaker-phrase-check';
import { OWNED_DOCUMENTS } from './speaker-document-owner';
import { ORG_HEADS, PEOPLE_NOUNS, ROLE_NOUNS } from './titles-and-roles';
import { wordSet } from '../text/words';

/** A plural head noun ("officials", "analysts", "countries"), never "-ss"/"-us"/"-is" ("witness", "campus"). */
const PLURAL_HEAD = /[^su'’]s$/;
/** DATA: quantifiers that speak for several people when they stand alone ("Many said", "Some argue"). */
const MANY = wordSet('many some several most few both all');
/** Bodies and things that speak without being people ("police", "the clip", "the ruling", a place's government: "the city"). */
const BODIES = /^(?:police|authorities|ad|clip|spot|data|ruling|book|analysis|analyses|polls|surveys|studies|reports|city|town|county|village|municipality)$/;
/** Words that open a modifier after a speaker noun. */
const MODIFIER_START = new Set('to at for of with from in on by close familiar involved knowledgeable who that which whose outside inside near along across around through throughout behind beyond'.split(' '));

/** Abbreviated titles and the role nouns they stand for ("Sen. Ted Cruz" is "the senator"). */
const TITLE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'],
  ['gov', 'governor'],
  ['rep', 'congressman'],
  ['gen', 'general'],
  ['pres', 'president'],
  ['amb', 'ambassador'],
  ['sec', 'secretary'],
]);

/** The words of a role, abbreviated titles spelt out ("Sen." → "senator"). */
function roleWords(role: string | null): string[] {
  return (role ?? '')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/\.$/, ''))
    .map((w) => TITLE_NOUNS.get(w) ?? w);
}

/** A plural of people named for what they do ("strategists", "callers", "regulators", "attendees", "historians"). */
const AGENT_PLURAL = /(?:ers|ors|ists|ians|ants|ents|ees|ives|ics|ites|ates|ards|uals|nals)$/;
/** DATA: plurals of people with no agent ending ("nurses said", "locals say", "fans chanted"). Kept out of PEOPLE_NOUNS,
 * which also cuts runs of capitalised words: there "Veterans" belongs to "Department of Veterans Affairs". */
const PEOPLE_PLURALS = wordSet(`nurses locals fans guests citizens colleagues families victims neighbours neighbors pilots monks priests
  nuns clergy troops youths athletes scholars staff crew crews veterans spouses couples kids teens cops medics folks
  crowds mourners pupils`);
/** DATA: words standing for people already named or counted ("another", "most", "three-fourths"), and plain plurals of people and states. */
const STANDING_FOR = /^(?:another|one|two|three|four|five|most|none|all|each|either|neither|half|(?:one|two|three)-(?:thirds?|fourths?|quarters?)|men|women|children|countries|nations|states)$/;

/** A noun that can speak alone: people, bodies, documents, in the word lists or by an agent noun's plural. */
function speakingNoun(noun: string): boolean {
  const one = singular(noun);
  return [noun, one].some((w) => PEOPLE_NOUNS.has(w) || ROLE_NOUNS.has(w) || ORG_HEADS.has(w) || OWNED_DOCUMENTS.has(w) || DOCUMENT_HEADS.has(w) || BODIES.test(w)) || AGENT_PLURAL.test(noun) || STANDING_FOR.test(noun) || PEOPLE_PLURALS.has(noun);
}

/** DATA: singular nouns of people with no agent ending ("his cousin", "her boss", "their team") and of what a
 * person writes ("his memoir"); the singulars of PEOPLE_PLURALS count too ("her colleague", "his guest"). */
const PEOPLE_SINGULARS = wordSet(`girl boy child guard clerk crowd audience person lady gentleman family team couple pair jury public
  boss spouse fiance fiancee cousin uncle aunt nephew niece grandson granddaughter grandmother grandfather grandparent
  widow widower colleague camp memoir account biography diary blog`);
/** A singular noun named for what a person does ("the consumer", "an abuser", "the receptionist", "the employee"). */
const AGENT_SINGULAR = /(?:er|or|ist|ian|ee|eer|ant|[^m]ent)$/;

/** Possessive determiners: "his shoulder", "its name", "their ninth debate" (a person's thing or trait). */
const POSSESSIVE_DET = /^(?:his|her|its|their|my|our|your)$/i;

/** A determiner before a noun in -ing or -ed ("the ruling", "the accused"): that word is the head, no participle. */
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|this|that|any|every|each)$/;

/** Where the head noun stands: before a modifier or a participle ("officials at …", "Liberals hoping to …"),
 * before "of" after a role ("the secretary of state"), else last. */
function headAt(words: readonly string[], cut: number, of: number): number {
  const participle = words.findIndex((w, i) => i > 0 && /^\p{Ll}{3,}(?:ing|ed)$/u.test(w) && !DETERMINER.test(words[i - 1] ?? ''));
  const ends = [cut, participle].filter((k) => k > 0);
  if (ends.length) return Math.min(...ends) - 1;
  return of > 1 && ROLE_NOUNS.has(words[of - 1] ?? '') ? of - 1 : words.length - 1;
}

/**
 * "his shoulder said", "its name suggests", "her picture shows": a noun phrase opened by a possessive whose
 * head (lower case) is no noun of people, bodies or documents is what someone has, which does not speak.
 */
function thingHeaded(phrase: string, at: number, m: Mention): boolean {
  const words = phrase.split(/\s+/);
  // ("his ex-wife", "her stepfather": a kin prefix keeps the person)
  const noun = (words[at] ?? '').replace(/^(?:ex-|step-?|half-)/, '');
  if (words.length < 2 || m.type !== 'nominal' || m.org || !POSSESSIVE_DET.test(words[0] ?? '') || !/^\p{Ll}[\p{Ll}-]*$/u.test(noun)) return false;
  // (a plural may be a body of people: "its bakeries", "their unions")
  return !PLURAL_HEAD.test(noun) && !speakingNoun(noun) && !AGENT_SINGULAR.test(noun) && !PEOPLE_SINGULARS.has(noun) && !PEOPLE_PLURALS.has(`${noun}s`);
}

/**
 * The entity a noun-phrase mention stands for in paragraph `p`, or null. `introduced`: the person the
 * article introduced last with a role that fits, for a "the minister" no speaker fits.
 */
export function speakerByPhrase(book: SpeakerBook, m: Mention, p: number, introduced?: (fits: (role: string, name: string) => boolean) => Entity | null): Entity | null {
  // "the president for" → "the president"; "a 2010", "the past" → nobody
  const phrase = speakerPhrase(m.text);
  if (!phrase) return null;
  // "the minister", "the spokesman": the latest speaker introduced with that role
  const words = phrase.toLowerCase().split(/\s+/);
  // ("the former secretary of state": the role noun before "of" heads the phrase)
  const of = words.indexOf('of');
  const head = (of > 1 && ROLE_NOUNS.has(words[of - 1] ?? '') ? words[of - 1] : words[words.length - 1]) ?? '';
  if (words[0] === 'the' && ROLE_NOUNS.has(head) && (of > 1 ? of <= 3 && words.length <= of + 3 : words.length <= 3)) {
    // (else the person introduced with it, who has not spoken yet: "Foreign Minister Ana Ruiz arrived …"; there a
    // capitalised word before the noun must be the person's too: "the Florida senator" is no senator from Iowa)
    const named = phrase.split(/\s+/).slice(1, -1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
    const fits = (role: string, name: string): boolean => roleWords(role).includes(head) && named.every((w) => roleWords(`${role} ${name}`).includes(w));
    const e = book.recent(p, (x) => !x.org && roleWords(x.role).includes(head), 6) ?? introduced?.(fits) ?? null;
    if (e) {
      e.aliases.add(m.text);
      return e;
    }
  }
  // the head noun is the last word before a modifier ("officials at the ministry", "an adviser to both")
  const cut = words.findIndex((w, i) => i > 0 && MODIFIER_START.has(w));
  const noun = (cut > 0 ? words[cut - 1] : head) ?? head;
  // a lone lower-case word speaks only as a noun of people, bodies or documents ("officials", "police", "critics"),
  // never as an adjective, an adverb or an abstract noun ("continuous", "seldom", "history")
  if (words.length === 1 && /^\p{Ll}/u.test(phrase) && !speakingNoun(noun)) return null;
  if (thingHeaded(phrase, headAt(words, cut, of), m)) return null;
  // "the campaign", "police", "the ad", "the report", "Labour": a body, a party or a document speaks as an organisation
  const body = m.org || ORG_HEADS.has(noun) || OWNED_DOCUMENTS.has(noun) || DOCUMENT_HEADS.has(noun) || BODIES.test(noun) || PARTY_NAMES.has(noun);
  return book.entity(phrase, null, body, (PLURAL_HEAD.test(noun) || (words.length === 1 && MANY.has(noun))) && !body, p);
}
