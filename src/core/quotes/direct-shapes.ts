/**
 * DATA and shapes for quotations no cue claimed: exclamations and words after a verb of uttering are
 * speech however short, titles are not, a quotation finished by the writer's words, and the second half
 * of a quotation split by its cue and a described speaker.
 */
import type { Paragraph, QuoteSpan, RawQuote, Sentence } from './model';
import { wordCount } from '../text/words';


/** A verb of uttering or display right before a quotation: what follows is words said, chanted or written. */
export const UTTERED = /\b(?:chant(?:s|ed|ing)?|cries|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?|mouth(?:s|ed|ing)|echo(?:es|ed|ing)|(?:which|that|sign|message|shirts?)\s+(?:read|reads|said|says)|reading)(?:\s+of)?[\s,:]*$/i;
/** A verb of uttering between a clause and its quotation ("…, while chanting, “…”", "… and shouting “…”"): the quotation is
 * words of its own, so what a cue reports before it ends there. Matched in masked text (the quotation is MASK). */
export const UTTERED_QUOTE = /,?\s+(?:(?:while|and|as)\s+)?(?:chant(?:s|ed|ing)|shout(?:s|ed|ing)|yell(?:s|ed|ing)|scream(?:s|ed|ing))[\s,:]*\u2592/i;
/**
 * DATA: words before a quotation that make it words said or written by the sentence's subject, however short (never a
 * scare quote): each pattern matches the masked text of the sentence up to the quotation.
 */
export const SAID_AS: readonly { id: string; pattern: RegExp; reason: string }[] = [
  // "likened the levy to “robbing the pension fund”", "compared the plan to “a bad joke”": the speaker's comparison
  { id: 'likened-to', pattern: /\b(?:likened|likens|likening|compared|compares|comparing)\s+(?:\p{L}[\p{L}'’-]*\s+){1,5}to\s*$/iu, reason: 'comparison in the speaker’s words' },
  // "a clerk had typed “urgent refund.”", "someone scrawled “…”": the words written
  { id: 'written', pattern: /\b(?:typed|scrawled|scribbled|inscribed|etched)(?:\s+(?:on|in|across)\s+(?:\p{L}[\p{L}'’-]*\s+){1,4})?[\s,:]*$/iu, reason: 'words written' },
];

/** The reader's own line, imagined by the writer: "Practice your pose when you say, “Me, a pirate?”" — no one's quote. */
export const READER_LINE = /\byou\s+(?:can\s+|could\s+|might\s+|will\s+|just\s+)?(?:say|shout|yell|ask|scream|whisper|exclaim)\s*[,:]?\s*$/i;

/** A name for a work right before a quotation: the quotation is its title. */
export const TITLE_BEFORE = /\b(?:musical|film|movie|show|book|novel|song|album|play|series|episode|titled|entitled|called|named|dubbed)\s*$/i;
/** A programme or work named after a preposition or a possessive ("on KTV’s “Sunday Desk,” Okafor admitted", "In an
 * appearance on “Morning Roundup,” she asked", "star of television’s “Harbor Lights,” thanked"): a title, even when a verb follows it. */
export const TITLE_AFTER_OF = /(?:\b(?:on|with|from|at)\s+(?:(?:\p{Lu}[\p{L}&.-]*\s+){0,4}[\p{L}&.-]+['’]s\s+)?|\p{L}['’]s\s+)$/u;
/** Words of the writer that finish a quotation's phrase: "“…” to the rest of the country", "“…” and other issues". */
export const CONTINUED = /^\s*(?:to|of|and|for|in|on|at|from|with|about|than|as|or|into|over|against|by)\s+\p{L}/u;
/** Words ending in ! or ? (a trailing comma or period aside): "Lock her up!", "Really?", "Marco! Marco!,". */
export const EXCLAIMED = /\p{L}[!?]+[,.]?\s*$/u;

/** Between two halves of a split quotation: its cue, the speaker and a description, closed by a comma
 * (and a conjunction: "“…,” he said, but “…”"). */
const SPLIT_BETWEEN = /^\s*[\p{L}\p{N}\s,.'’()&-]+,(?:\s*(?:but|and))?\s*$/u;

/** The quote of the first half when `s` is the second half of a quotation split by a cue with a described speaker. */
export function splitHalf(p: Paragraph, s: QuoteSpan, sentence: Sentence, own: readonly RawQuote[]): RawQuote | null {
  const k = p.spans.indexOf(s);
  const first = p.spans[k - 1];
  if (!first || first.start < sentence.start || !/,$/.test(p.text.slice(first.innerStart, first.innerEnd).trimEnd())) return null;
  const between = p.masked.slice(first.end, s.start);
  if (!SPLIT_BETWEEN.test(between) || wordCount(between) > 25) return null;
  return own.find((q) => q.start === first.start && q.kind === 'direct' && (q.mention !== null || q.sameAs !== null)) ?? null;
}

/** Every word capitalised: a name or a title in quotation marks ("Jeb Can Fix It", "Make America Great Again"). */
const TITLE_CASE = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+[.!?]?$/u;
/** A lower-case word right after the closing mark: the noun the quoted name describes ("… bus tour"). */
const NOUN_AFTER = /^\s+(\p{Ll}+)/u;
/** Lower-case words after a quotation that go on a sentence rather than name a thing. */
const CONTINUES_SENTENCE = /^(?:and|or|but|as|to|of|in|on|at|for|with|from|by|that|which|who|is|was|are|were|has|had|said|says|when|while|because|after|before|since|until|than|then)$/;

/** A quotation in title case before the noun it names: a two-day “Nadia Gets It Done” bus tour. */
export function namesTheNounAfter(p: Paragraph, s: QuoteSpan): boolean {
  const noun = NOUN_AFTER.exec(p.text.slice(s.end, s.end + 30))?.[1];
  return noun !== undefined && !CONTINUES_SENTENCE.test(noun) && TITLE_CASE.test(p.text.slice(s.innerStart, s.innerEnd).trim());
}
