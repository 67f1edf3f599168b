/**
 * Text normalisation shared by the quote engine: whitespace, invisible characters and the
 * apostrophe/quote look-alikes that would otherwise split words.
 */

/** Characters that render as a space (nbsp, thin and other Unicode spaces). */
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\r\n\f\v]+/g;
/** Zero-width characters and soft hyphens that break word matching but show nothing. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const RUNS = / {2,}/g;

/** One line of plain text: invisible characters dropped, every space run → one space, trimmed. */
export function normalizeSpace(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').replace(RUNS, ' ').trim();
}

/** Folds accents and case for comparisons ("Zelenskiy" vs "ZELENSKIY", "Çavuşoğlu" vs "Cavusoglu"). */
export function foldKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02BC`\u00B4]/g, "'")
    .toLowerCase();
}

/** A line break after a sentence's end or before a quotation: a paragraph break even without a blank line. */
const LINE_AFTER_SENTENCE = /(?<=[.?!:"”’)])[ \t]*\r?\n|[ \t]*\r?\n(?=[ \t]*[“"«„])/;

/**
 * Splits plain text into paragraphs on blank lines, and on single line breaks that follow the end
 * of a sentence (text with one paragraph per line); hard-wrapped lines inside a sentence are joined.
 * Each paragraph's whitespace is normalised.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t\u00A0]*\r?\n/)
    .flatMap((block) => block.split(LINE_AFTER_SENTENCE))
    .map(normalizeSpace)
    .filter((p) => p.length > 0);
}

/** Two apostrophes or backticks typed for a double quotation mark (''…'', ``…'') → ". */
export function normalizeQuoteMarks(text: string): string {
  return text.replace(/``|''/g, '"');
}
