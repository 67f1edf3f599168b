/**
 * DATA: what is never a speaker or part of a speaker's name.
 */
import { ORG_HEADS, PEOPLE_NOUNS, ROLE_NOUNS } from './titles-and-roles';
import { WEEKDAY_WORDS, wordSet } from '../text/words';

const SPEAKING_NOUNS = [PEOPLE_NOUNS, ORG_HEADS, ROLE_NOUNS];

/**
 * Words that end a name or a subject when met walking away from a speech verb: function words,
 * sentence openers, time words. Compared in lower case. ("But Peskov said" → "Peskov".)
 */
export const STOP_WORDS = wordSet(`
  the a an but and or nor so yet in on at by for from with without of to as if when while after
  before since until because although though however meanwhile also still then this that these
  those it its his her their our my your there here what which who whom whose why how where
  some many most several few both each all other others another such no not now later earlier last next
  today yesterday tomorrow tonight asked speaking according instead even just only indeed further
  furthermore moreover finally first second third overall already again despite during under over
  against among between through into amid like unlike whether once every any we i you he she they
  me him us them is was were are be been being has have had do does did will would can could should
  may might must shall than too very more less one two three four five about around across toward
  towards upon via per out up down off back away ago earlier recently previously separately publicly
  privately repeatedly reportedly initially originally frequently often never always ever mostly
  ${WEEKDAY_WORDS} january february march april june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  morning afternoon evening night week weekend month year day days weeks months years time
  so-called said says say told added saying something anything nothing everything
  someone anyone everyone nobody somebody
`);

/** Pronouns that refer back to a speaker, with what they can refer to. */
export const PRONOUNS: ReadonlyMap<string, 'he' | 'she' | 'they' | 'it' | 'first'> = new Map([
  ['he', 'he'],
  ['she', 'she'],
  ['they', 'they'],
  ['it', 'it'],
  ['i', 'first'],
  ['we', 'first'],
]);

/** Lines that are credits, bylines or photo captions: no quote or speaker comes from them. */
export const CREDIT_LINES: readonly { pattern: RegExp; reason: string }[] = [
  // "(Additional reporting by …, Writing by …; Editing by …)"
  { pattern: /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|edited|written|compiled|produced|research|graphics?|translation|translated)\s+by\b/i, reason: 'credits' },
  // "By Jane Doe" / "By Jane Doe and John Roe, Reuters"
  { pattern: /^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’ -]*)*$/u, reason: 'byline' },
  // "Photo: …", "Image credit: …", "(AP Photo/…)"
  { pattern: /^\(?\s*(?:photo|photograph|image|video|illustration|file photo)s?\s*(?:credit|courtesy|by)?\s*[:/(]/i, reason: 'photo-credit' },
  // "… (Getty Images)", "REUTERS/Jane Doe"
  { pattern: /(?:getty images|\bap photo\b|\bafp via\b|\bshutterstock\b)/i, reason: 'photo-credit' },
  // "REUTERS/Jane Doe": the agency in capitals before a photographer, never "a Reuters/Ipsos poll"
  { pattern: /\bREUTERS\/\p{Lu}\p{Ll}/u, reason: 'photo-credit' },
  // "Contributing: Jane Doe, USA TODAY": a contributors line
  { pattern: /^contributing\s*:/i, reason: 'credits' },
  // "© 2022 …", "Copyright …"
  { pattern: /^(?:©|\(c\)|copyright\b)/i, reason: 'copyright' },
  // "Contact the author at …", "Follow Jane on Twitter"
  { pattern: /^(?:contact|follow|email)\s+(?:\p{Lu}[\p{L}’']*\s+){0,3}(?:at|on|via)\b/iu, reason: 'contact' },
];

/** Names inside a credits line: "Writing by Mark Hartwell and Tim Hollings" → both names. */
export const CREDIT_NAMES = /\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]+)){1,3}/gu;

/** Places that never speak for a government in news copy (US states and regions); a name ending here is not a speaker. */
export const NOT_SPEAKER_PLACES: ReadonlySet<string> = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
  montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin
  wyoming jersey hampshire carolina dakota mexico york n.y ariz calif conn fla ill ind kan mass mich minn
  miss neb nev okla ore pa tenn tex va vt wash wis`.split(/\s+/),
);

/** Capitalised sentence openers that are never part of a name. */
export const SENTENCE_OPENERS: ReadonlySet<string> = wordSet(
  'given maybe perhaps meanwhile interestingly still having following asked speaking unlike like chasing entrusting asking ' +
    'including besides notably importantly ultimately clearly obviously surprisingly separately additionally finally ' +
    'instead nonetheless nevertheless indeed certainly apparently reportedly hastily sadly fortunately unfortunately ' +
    'shortly similarly relentlessly immediately rather ahead unless contrary beyond neither either absent despite amid ' +
    'whenever wherever whereas although though however moreover furthermore otherwise likewise therefore thus hence ' +
    // imperatives and interjections that open a sentence before a name ("See Okafor’s book", "Enter Jo Park.", "Ah, Bartleby"; never "Oh", "Welcome": also names)
    'see enter ah hey yes thanks click visit meet consider imagine remember picture recall notice compare behold',
);

/** Tags that open a headline before a colon ("Revealed: …", "BOOM: …", "Wow: …"): never a speaker. */
export const HEADLINE_TAGS: ReadonlySet<string> = wordSet('revealed leaked busted boom bombshell wow look watch breaking exclusive update updated just clarification correction');

/** Party words alone ("Republican said", "Democratic"): a description, not a name ("a Republican" is a nominal speaker). */
const PARTY_WORDS: ReadonlySet<string> = wordSet('republican democrat democratic');

/**
 * A lone capitalised word that names no one: an adjective of nation or faith, a sentence opener, a
 * headline tag, or a word the article also writes in lower case ("Good information", "Public colleges")
 * that is no noun able to speak ("Poll", "Police", "Court" and plurals such as "Teachers" do).
 */
export function notAName(word: string, common: ReadonlySet<string>): boolean {
  const low = word.toLowerCase();
  // "I've", "We’re": a pronoun with its verb
  if (/^(?:i|we|you|he|she|they|it)['’]/.test(low)) return true;
  return DESCRIBING_ADJECTIVES.has(low) || PARTY_WORDS.has(low) || SENTENCE_OPENERS.has(low) || HEADLINE_TAGS.has(low) || (/^\p{Lu}\p{Ll}+[^s]$/u.test(word) && common.has(low) && !SPEAKING_NOUNS.some((list) => list.has(low)));
}

/**
 * Adjectives of nation or faith: alone they describe a speaker ("a German user from Kassel", "Ukrainian
 * politicians") but never name one, so a lone "German" is nobody — unless the article names a person so
 * ("Mark Cuban"). (Party words are left out: news copy writes "a Republican" for a person.)
 */
export const DESCRIBING_ADJECTIVES: ReadonlySet<string> = wordSet(`american british english french german russian ukrainian chinese japanese
  korean mexican canadian european iranian iraqi israeli palestinian syrian turkish saudi egyptian indian
  pakistani afghan african asian italian spanish polish dutch swiss swedish cuban venezuelan brazilian
  muslim christian jewish catholic evangelical hispanic latino soviet western eastern northern southern`);
