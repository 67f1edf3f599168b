/**
 * Does a text read as English? The quotes engine's rules are English phrase shapes ("said", "told
 * reporters", "according to"), so on other languages they would only misread capitalised words as
 * speakers. English prose spends about a fifth of its words or more on a few function words ("the",
 * "of", "and" …); French, Spanish, German, placeholder Latin or Chinese text spends almost none.
 * Only prose is judged: a results table, a roster or a list of names has no function words in any language.
 * A page's lang attribute is not asked: templates often say "en" over text in another language.
 */

/** DATA: frequent English function words (lower case). */
const FUNCTION_WORDS = new Set(
  'the of and to a in is that it for on was with he as are be by this at from his have or not but they an which you we she her had has were said their its been would will there who i'.split(' '),
);
/** Below this share of function words a text is not English (English prose measures 0.2–0.3, other languages under 0.07). */
const MIN_SHARE = 0.12;
/** Fewer words than this cannot be judged: such a text counts as English. */
const MIN_WORDS = 40;
/** Words read at most (the start of a long article decides). */
const MAX_WORDS = 3000;

/** A word: a run of letters, or one character of a script written without spaces (Chinese, Japanese). */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|\p{L}+/gu;

/** A paragraph of prose: a few words, most of them not capitalised (not a results table, a roster or a list of names). */
const PROSE_WORDS = 8;
const isProse = (found: readonly string[]): boolean => found.length >= PROSE_WORDS && found.filter((w) => !/^\p{Lu}/u.test(w)).length * 2 >= found.length;

/** True when the prose paragraphs read as English, or are too few to tell. */
export function readsAsEnglish(paragraphs: readonly string[]): boolean {
  let words = 0;
  let common = 0;
  for (const p of paragraphs) {
    const found = (p.match(WORD) ?? []).slice(0, MAX_WORDS);
    if (!isProse(found)) continue;
    for (const w of found) {
      words++;
      if (FUNCTION_WORDS.has(w.toLowerCase())) common++;
      if (words >= MAX_WORDS) return common / words >= MIN_SHARE;
    }
  }
  return words < MIN_WORDS || common / words >= MIN_SHARE;
}
