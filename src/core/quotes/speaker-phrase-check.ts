/**
 * A speaker written as a noun phrase ("officials", "a spokesman for the company") must end in a noun
 * that can speak. A phrase cut short before its noun ("the president for", "the authors of the") loses
 * the dangling words; a phrase whose last word cannot be a speaker ("a 2010", "the past", "his own",
 * "the highest") is no speaker at all.
 */

import { NOT_SPEAKER_PLACES } from './non-speakers';
import { CLAUSE_HEADS } from './speaker-mention-words';
import { ORG_HEADS, PEOPLE_NOUNS, PLACE_SPEAKERS, ROLEISH, ROLE_NOUNS } from './titles-and-roles';
import { WEEKDAYS } from '../text/words';

interface PhraseRule {
  id: string;
  pattern: RegExp;
  reason: string;
}

/** DATA: trailing words cut off a speaker phrase (compared in lower case, whole words). */
export const DANGLING_WORDS: readonly PhraseRule[] = [
  // "the president for", "a website from", "the authors of the": a modifier cut short
  { id: 'preposition-or-article', pattern: /^(?:the|a|an|of|for|with|in|on|at|by|to|from|and|or|as|his|her|its|their|our|my|about|after|before|into|over|under|than|but)$/, reason: 'the phrase goes on after it' },
  // "a spokeswoman for Brackwell also": an adverb between the subject and its verb
  { id: 'adverb-before-verb', pattern: /^(?:also|only|just|even|still|soon|then|too)$/, reason: 'an adverb before the verb' },
  // "the FBI isn’t", "Sanders hasn't", "the superdelegates who’ve": the verb that followed the subject
  { id: 'verb-after-subject', pattern: /^(?:\p{L}+n['’]t|cannot|who['’](?:ve|d|ll|s|re))$/u, reason: 'a verb, not part of the subject' },
];

/** DATA: time adjuncts written between a speaker and the verb ("Trump at the time said", "the board on Monday said"). */
export const TRAILING_ADJUNCTS: readonly PhraseRule[] = [
  // "at the time", "at that time", "at the moment"
  { id: 'at-the-time', pattern: /\s+at (?:the|that) (?:time|moment)$/i, reason: 'when, not who' },
  // "on Monday", "on Wednesday night"
  { id: 'on-day', pattern: new RegExp(`\\s+on (?:${WEEKDAYS})(?: (?:morning|afternoon|evening|night))?$`, 'i'), reason: 'when, not who' },
  // "Sanders during a Sunday interview", "Smith during the hearing": the occasion, never part of a name
  { id: 'during', pattern: /\s+during\s+(?:a|an|the|his|her|their|its|this|that|last|\p{Lu}).*$/iu, reason: 'when, not who' },
  // "last week", "this month", "earlier this year", "later that day"
  { id: 'relative-time', pattern: /\s+(?:(?:earlier|later) )?(?:last|this|that|next) (?:week|weekend|month|year|day|morning|afternoon|evening|night|spring|summer|fall|autumn|winter)$/i, reason: 'when, not who' },
];

/** A speaker mention without a time adjunct closing it ("the parks committee on Friday" → "the parks committee"). */
export function withoutAdjunct(text: string): string {
  for (const r of TRAILING_ADJUNCTS) {
    const cut = text.replace(r.pattern, '');
    if (cut !== text && cut.trim()) return cut;
  }
  return text;
}

/** DATA: last words that no speaker phrase ends with. */
export const NOT_SPEAKER_ENDS: readonly PhraseRule[] = [
  // "a 2010", "the state’s 20": a number after a determiner is a year or an amount ("six in 10", "42%" are shares of people)
  { id: 'number', pattern: /^\$?[\d.,]+$/, reason: 'an amount or a year' },
  // "the past", "the same", "his own", "the new", "a key": adjectives and time nouns that head no speaker
  { id: 'adjective', pattern: /^(?:past|same|own|new|key|major|central|whole|entire|latest|future|so-)$/, reason: 'an adjective left without its noun' },
  // "the first reported fatality", "the false claims": "first" or a truth word cut from its noun ("a third" is a share)
  { id: 'ordinal-or-truth', pattern: /^(?:first|false|true|only|sole)$/, reason: 'an adjective left without its noun' },
  // "the highest", "the biggest": a superlative without its noun
  { id: 'superlative', pattern: /^\p{Ll}{2,}(?:est)$/u, reason: 'a superlative without its noun' },
  // "a former bank examiner who", "a story that": a relative clause cut off; the subject is inside it
  { id: 'relative', pattern: /^(?:who|that|which|whom|whose|when|where|while|because|if|than)$/, reason: 'a clause cut off' },
  // "2016", "Wednesday", "earlier", "this past week": a time, not a speaker
  { id: 'time', pattern: new RegExp(`^(?:1[89]\\d\\d|20\\d\\d|${WEEKDAYS}|earlier|later|week|weeks|days|months|years|ago|yesterday|today|now)$`), reason: 'a time' },
  // "almost", "more", "but", "including", "despite", "so": function words and adverbs
  { id: 'function-word', pattern: /^(?:almost|more|less|so|including|despite|worth|that|this|those|these|there|here|not|said|says|cannot)$/, reason: 'no noun' },
  // "more accurately", "repeatedly": an adverb ending the phrase
  { id: 'adverb', pattern: /^\p{Ll}{4,}ly$/u, reason: 'an adverb' },
  // "the main feature", "an HTTP 500 error", "a minute", "the change log": a lower-case head naming a thing of software
  // or of thought, which says nothing (names are read apart: "Coastal Operations Command" speaks)
  { id: 'thing', pattern: /^(?:errors?|minutes?|argument|features?|logic|ideas?|functions?|options?|settings?|buttons?|menus?|commands?|modules?|plugins?|scripts?|logs?|tools?|techniques?|methods?|algorithms?|devices?|gadgets?)$/, reason: 'a thing' },
  // "him", "them", "hearing him", "Let me": an object pronoun after at most a verb is never a subject ("a source close to him" is)
  { id: 'object-pronoun', pattern: /^(?:him|them|me|us|whom|her)$/, reason: 'an object pronoun' },
];

/** Words that end in -est but are nouns ("interest", "protest", "contest", "request", "guest", "priest"). */
const EST_NOUNS = /(?:interest|protest|contest|request|guest|priest|conquest|inquest|manifest|forest|quest|test|chest|nest|west|rest)$/;

/** Words that open a verb's object or complement ("the", "his", "him", "for", "out"). */
const OBJECT_START = /^(?:the|a|an|his|her|their|its|our|him|them|it|for|out|up|off|on|to|that|\p{Lu}.*)$/u;

/** Nouns in -ing that head a source ("polling shows", "reporting by the Post"). */
const ING_NOUNS = /^(?:polling|reporting|funding|spending|testimony|something|nothing|everything|anything|king|wing)$/;

/** Nouns in -ly ("the family", "an ally", "the assembly", "the Daily"). */
const LY_NOUNS = /^(?:family|ally|assembly|daily|weekly|monthly|quarterly|italy|supply|monopoly|rally|bully|anomaly|homily|kelly|reilly|holly)$/;

/** "he's", "they’ve", "it’s", "there's": a pronoun with its verb (a possessive "Trump's" is a speaker). */
const PRONOUN_CONTRACTION = /^(?:he|she|they|we|i|you|it|that|there|who|what)['’]/;

/** A phrase opened by a determiner or possessive ("a 2010", "the state’s 20"), not a share ("six in 10"). */
const DETERMINED = /^(?:the|a|an|his|her|its|their|our|this|that|\p{L}+['’]s)$/iu;

/** A relative pronoun: what follows it is the speaker's description, verbs included. */
export const RELATIVE = /^(?:who|that|which|whom|whose)$/;

/**
 * Auxiliaries and verbs that end a subject and say nothing ("Most … Republicans have already", "the
 * attorney general … is suing", "the routine begins with", "the community immediately began").
 */
const CLAUSE_VERBS = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|do|did|includes?|begins|began|starts|remains|faces|binds|went|goes|came|comes|makes|takes|took|gives|gave)$/;
/** Past forms that may also be participles ("a report issued earlier"): a verb only before its object ("issued statements"). */
const PAST_VERBS = /^(?:included|started|launched|issued|prompted|planted|closed|embodied|made|got|won)$/;
/** What follows a participle, not a verb's object ("issued earlier this year", "kept secret", "filed by"). */
const AFTER_PARTICIPLE = /^(?:by|on|in|at|to|for|from|with|earlier|last|this|previously|recently|\p{Lu}.*|\d.*)$/u;
/** Adjective endings: "his lucrative", "a surefire", "the detailed" lack their noun. */
const ADJECTIVE = /^\p{Ll}+(?:ive|ful|ous|ic|less|ish|ed|id|fire)$/u;
/** Nouns with those endings ("the missive", "the cleric"). */
const ADJECTIVE_NOUNS = /(?:missive|executive|representative|detective|operative|relative|native|cleric|medic|skeptic|academic|public)$/;
const SPEAKS = (low: string): boolean => PEOPLE_NOUNS.has(low) || ROLE_NOUNS.has(low) || ORG_HEADS.has(low) || ROLEISH.has(low) || ADJECTIVE_NOUNS.test(low);
const isClauseVerb = (w: string, next: string | undefined): boolean => CLAUSE_VERBS.test(w) || (PAST_VERBS.test(w) && next !== undefined && !AFTER_PARTICIPLE.test(next));

/** A day of the week, in any case. */
export const DAY = new RegExp(`^(?:${WEEKDAYS})$`, 'i');

/** The speaker phrase without dangling words, or null when it cannot be a speaker. */
export function speakerPhrase(text: string): string | null {
  let words = text.trim().split(/\s+/);
  // "the community immediately began", "three candidates issued statements": the subject before its verb
  const verb = words.findIndex((w, i) => i > 0 && isClauseVerb(w.toLowerCase(), words[i + 1]));
  if (verb > 0 && !words.slice(0, verb).some((w) => RELATIVE.test(w.toLowerCase()))) {
    words = words.slice(0, /^\p{Ll}+ly$/u.test(words[verb - 1] as string) ? verb - 1 : verb);
    // what is left must be able to speak: people, a body or a name ("speakers", "the KGB"), not "the deal"
    const head = words[words.length - 1] ?? '';
    if (!(SPEAKS(head.toLowerCase()) || /^\p{Lu}/u.test(head) || /[^s]s$/.test(head))) return null;
  }
  // "his lucrative", "a surefire": a determiner and an adjective without its noun
  const end = words[words.length - 1] as string;
  if (words.length === 2 && DETERMINED.test(words[0] as string) && ADJECTIVE.test(end) && !SPEAKS(end)) return null;
  while (words.length > 1 && DANGLING_WORDS.some((r) => r.pattern.test((words[words.length - 1] as string).toLowerCase()))) words.pop();
  // "a Lakeside official who wasn't allowed to speak publicly": the head before a relative clause
  // is what must be able to speak
  // (not a clause cut short before its verb: "birther who has repeatedly", "executives who … almost universally")
  const cutShort = /ly$/.test(words[words.length - 1] ?? '') && /^(?:has|have|had|is|are|was|were|will|would|almost|also|very|\p{L}+ly)$/iu.test(words[words.length - 2] ?? '');
  let relative = cutShort ? -1 : words.findIndex((w, i) => i > 0 && i < words.length - 1 && RELATIVE.test(w.toLowerCase()));
  // ("those who picked a winner": a pronoun the clause completes)
  if (CLAUSE_HEADS.has((words[relative - 1] ?? '').toLowerCase())) relative = -1;
  const raw = (words[(relative > 0 ? relative : words.length) - 1] ?? '').toLowerCase();
  if (/^\p{L}+['’](?:s|ve|re|d|ll|m|t)$/u.test(raw) && PRONOUN_CONTRACTION.test(raw)) return null;
  const last = raw.replace(/[’']s?$/, '');
  if (!last || DANGLING_WORDS.some((r) => r.pattern.test(last))) return null;
  const applies = (r: PhraseRule): boolean =>
    r.id === 'number'
      ? words.length === 1 || (words.length <= 3 && DETERMINED.test(words[0] ?? ''))
      : r.id === 'object-pronoun'
        ? words.length <= 2
        : r.id === 'superlative'
          ? !EST_NOUNS.test(last)
          : r.id === 'adverb'
            ? !LY_NOUNS.test(last)
            : r.id === 'time'
              ? words.length <= 2
              : true;
  if (NOT_SPEAKER_ENDS.some((r) => r.pattern.test(raw.replace(/[’']s$/, '')) && applies(r))) return null;
  // "Virginia", "South Carolina", "N.Y.": a US state alone is a place, not a speaker
  if (words.length <= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && NOT_SPEAKER_PLACES.has(last.replace(/\.$/, ''))) return null;
  // "keeping", "criticizing him", "selling his stake": a gerund and its object ("leading economists" is a noun phrase)
  // (capitalised too when it opens the sentence: "Having announced that …")
  const lead = (words[0] ?? '').toLowerCase();
  if (/^\p{Ll}+ing$/u.test(lead) && !ING_NOUNS.test(lead) && !PLACE_SPEAKERS.has(lead) && (words.length === 1 || OBJECT_START.test(words[1] ?? ''))) return null;
  // "Democrats controlled the Senate", "Trump called for …": a name, a past-tense verb and its object make a clause
  for (let k = 1; k < words.length - 1; k++) {
    // ("Figures reported on Sunday", "a … Poll released Sunday", "… Center based on": a participle is no clause)
    const next = words[k + 1] as string;
    if (/^\p{Lu}/u.test(words[k - 1] as string) && /^\p{Ll}{3,}ed$/u.test(words[k] as string) && OBJECT_START.test(next) && !DAY.test(next) && !(next === 'on' && (DAY.test(words[k + 2] ?? '') || words[k] === 'based'))) return null;
  }
  return words.join(' ');
}
