/**
 * Step 2: quotation spans in a paragraph. “…”, "…", «…», „…“, ‘…’; nested quotes stay inside
 * their outer quote; an unclosed quote runs to the paragraph's end (it continues in the next one).
 * `He said: “We will not ‘rush’.”` → one span, from “ to ”.
 */
import { MASK, type QuoteSpan } from './model';
import { OPENERS } from './quote-marks';

const LETTER = /[\p{L}\p{N}]/u;
/** A straight quote glued to the end of the sentence before it opens the next one: `… to be named."We were …"`. */
const GLUED_OPEN = /^\p{Ll}[.?!]"\p{Lu}$|^[.?!]"\p{Lu}\p{Ll}/u;
/** Before an opening mark: start, space, opening punctuation or a dash. */
const OPEN_BEFORE = /[\s([{\u2014\u2013\-/:]/;

/** A nickname between a first name and a surname: one or two capitalised words in quotes. */
const NICKNAME = /(?:^|\s)\p{Lu}\p{Ll}+\s$/u;
const NICKNAME_AFTER = /^\s\p{Lu}\p{Ll}/u;
const NICKNAME_WORDS = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?$/u;

function opensHere(text: string, i: number): boolean {
  const prev = i > 0 ? (text[i - 1] as string) : ' ';
  const next = text[i + 1] ?? ' ';
  return OPEN_BEFORE.test(prev) && !/\s/.test(next);
}

/** Index of the mark closing the quote opened at `i`, or -1. */
function closeOf(text: string, i: number, close: readonly string[], single: boolean, open: string): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j] as string;
    // “ typed as a closing mark: after a word or punctuation and before a space ("“It's unusual,“ said X")
    const mirrored = c === '\u201C' && open === '\u201C' && !/\s/.test(text[j - 1] ?? ' ') && /[\s.,;:!?]/.test(text[j + 1] ?? ' ');
    if (close.includes(c) || mirrored) {
      // a single close mark followed by a letter is an apostrophe ("don’t"), not the end
      if (single && LETTER.test(text[j + 1] ?? ' ')) continue;
      return j;
    }
    // the same opening mark again (outside single quotes) means the first one was never closed
    if (!single && c === open && open !== '"' && opensHere(text, j)) return -j - 2;
  }
  return -1;
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    let pair = OPENERS.get(c);
    // ” typed as an opening mark (some sites use one glyph for both)
    if (!pair && c === '\u201D' && opensHere(text, i)) pair = { open: c, close: ['\u201D', '\u201C'], level: 'double', reason: 'mirror' };
    if (!pair) continue;
    const single = pair.level === 'single';
    if (single || c === '\u00BB') {
      if (!opensHere(text, i) || !LETTER.test(text[i + 1] ?? ' ')) continue;
    } else if (c === '"' && !opensHere(text, i) && i > 0 && !GLUED_OPEN.test(text.slice(i - 1, i + 3))) continue;
    const j = closeOf(text, i, pair.close, single, c);
    // a nickname inside a name is no quotation: Patricia "Tish" Price, Dwayne “The Rock” Johnson
    if (j >= 0 && NICKNAME.test(text.slice(Math.max(0, i - 30), i)) && NICKNAME_AFTER.test(text.slice(j + 1, j + 31)) && NICKNAME_WORDS.test(text.slice(i + 1, j))) {
      i = j;
      continue;
    }
    if (j >= 0) {
      spans.push({ start: i, end: j + 1, innerStart: i + 1, innerEnd: j, closed: true });
      i = j;
    } else if (single) {
      continue;
    } else {
      // unclosed: to the paragraph's end, or to the next opening of the same mark
      const end = j === -1 ? text.length : -j - 2;
      let innerEnd = end;
      while (innerEnd > i + 1 && /\s/.test(text[innerEnd - 1] as string)) innerEnd--;
      spans.push({ start: i, end: innerEnd, innerStart: i + 1, innerEnd, closed: false });
      i = end - 1;
    }
  }
  return spans;
}

/** The paragraph with each span's characters replaced by MASK (same length, same offsets). */
export function maskSpans(text: string, spans: readonly QuoteSpan[]): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + MASK.repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}
