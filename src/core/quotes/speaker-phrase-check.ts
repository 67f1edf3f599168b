/**
 * A speaker written as a noun phrase ("officials", "a spokesman for the company") must end in a noun
 * that can speak. A phrase cut short before its noun ("the president for", "the authors of the") loses
 * the dangling words; a phrase whose last word cannot be a speaker ("a 2010", "the past", "his own",
 * "the highest") is no speaker at all.
 */

import { NOT_SPEAKER_PLACES } from './non-speakers';

interface PhraseRule {
  id: string;
  pattern: RegExp;
  reason: string;
}

/** DATA: trailing words cut off a speaker phrase (compared in lower case, whole words). */
export const DANGLING_WORDS: readonly PhraseRule[] = [
  // "the president for", "a website from", "the authors of the": a modifier cut short
  { id: 'preposition-or-article', pattern: /^(?:the|a|an|of|for|with|in|on|at|by|to|from|and|or|as|his|her|its|their|our|my|about|after|before|into|over|under|than|but)$/, reason: 'the phrase goes on after it' },
  // "a spokeswoman for Janney also": an adverb between the subject and its verb
  { id: 'adverb-before-verb', pattern: /^(?:also|only|just|even|still|soon|then|too)$/, reason: 'an adverb before the verb' },
  // "the FBI isn’t", "Sanders hasn't", "the superdelegates who’ve": the verb that followed the subject
  { id: 'verb-after-subject', pattern: /^(?:\p{L}+n['’]t|cannot|who['’](?:ve|d|ll|s|re))$/u, reason: 'a verb, not part of the subject' },
];

/** DATA: last words that no speaker phrase ends with. */
export const NOT_SPEAKER_ENDS: readonly PhraseRule[] = [
  // "a 2010", "the state’s 20": a number after a determiner is a year or an amount ("six in 10", "42%" are shares of people)
  { id: 'number', pattern: /^\$?[\d.,]+$/, reason: 'an amount or a year' },
  // "the past", "the same", "his own", "the new", "a key": adjectives and time nouns that head no speaker
  { id: 'adjective', pattern: /^(?:past|same|own|new|key|major|central|whole|entire|latest|future|so-)$/, reason: 'an adjective left without its noun' },
  // "the highest", "the biggest": a superlative without its noun
  { id: 'superlative', pattern: /^\p{Ll}{2,}(?:est)$/u, reason: 'a superlative without its noun' },
  // "a former Fed governor who", "a story that": a relative clause cut off; the subject is inside it
  { id: 'relative', pattern: /^(?:who|that|which|whom|whose|when|where|while|because|if|than)$/, reason: 'a clause cut off' },
  // "2016", "Wednesday", "earlier", "this past week": a time, not a speaker
  { id: 'time', pattern: /^(?:1[89]\d\d|20\d\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|later|week|weeks|days|months|years|ago|yesterday|today|now)$/, reason: 'a time' },
  // "almost", "more", "but", "including", "despite", "so": function words and adverbs
  { id: 'function-word', pattern: /^(?:almost|more|less|so|including|despite|worth|that|this|those|these|there|here|not|said|says|cannot)$/, reason: 'no noun' },
  // "more accurately", "repeatedly": an adverb ending the phrase
  { id: 'adverb', pattern: /^\p{Ll}{4,}ly$/u, reason: 'an adverb' },
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

/** The speaker phrase without dangling words, or null when it cannot be a speaker. */
export function speakerPhrase(text: string): string | null {
  const words = text.trim().split(/\s+/);
  while (words.length > 1 && DANGLING_WORDS.some((r) => r.pattern.test((words[words.length - 1] as string).toLowerCase()))) words.pop();
  const raw = (words[words.length - 1] ?? '').toLowerCase();
  if (/^\p{L}+['’](?:s|ve|re|d|ll|m|t)$/u.test(raw) && PRONOUN_CONTRACTION.test(raw)) return null;
  const last = raw.replace(/[’']s?$/, '');
  if (!last || DANGLING_WORDS.some((r) => r.pattern.test(last))) return null;
  const applies = (r: PhraseRule): boolean =>
    r.id === 'number'
      ? words.length === 1 || DETERMINED.test(words[0] ?? '')
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
  if (/^\p{Ll}+ing$/u.test(words[0] ?? '') && !ING_NOUNS.test(words[0] ?? '') && (words.length === 1 || OBJECT_START.test(words[1] ?? ''))) return null;
  // "Democrats controlled the Senate", "Trump called for …": a name, a past-tense verb and its object make a clause
  for (let k = 1; k < words.length - 1; k++) {
    if (/^\p{Lu}/u.test(words[k - 1] as string) && /^\p{Ll}{3,}ed$/u.test(words[k] as string) && OBJECT_START.test(words[k + 1] as string)) return null;
  }
  return words.join(' ');
}
