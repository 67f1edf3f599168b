/**
 * Small word helpers the rule tables share: a word list written as one string becomes a set, and a
 * text's words (letter and digit runs) are counted.
 */

/** "said told wrote" (spaces or new lines between words) → a set of its words. */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

const WORDS = /[\p{L}\p{N}]+/gu;

/** How many runs of letters and digits `s` holds. */
export const wordCount = (s: string): number => (s.match(WORDS) ?? []).length;

/** The days of the week in lower case, as an alternation for word patterns ("monday|tuesday|…"). */
export const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** The days of the week in lower case, separated by spaces, for word sets. */
export const WEEKDAY_WORDS = WEEKDAYS.replaceAll('|', ' ');
