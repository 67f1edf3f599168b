/**
 * A name line written in capitals ("MARIA OKAFOR AND JOHN O'BRIEN") in the case a reader expects:
 * "Maria Okafor and John O'Brien". A line with any lower-case letter outside its joining words
 * ("MARIA OKAFOR and JOHN O'BRIEN" is still in capitals) is left as written, as are
 * initialisms ("AP", "CNN": a word of two to four capitals alone or after a separator such as ",", "|"
 * or "-") and Roman numerals ("III").
 */

/** DATA: joining words and name particles written in lower case inside a name line. */
const LOWER_WORDS = new Set(['and', 'of', 'for', 'the', 'in', 'at', 'by', 'de', 'del', 'der', 'van', 'von', 'da', 'di', 'du', 'la', 'le']);

const WORD = /[\p{L}'’-]+|[,;|(–—]|\s-\s/gu;
const SEPARATOR = /^(?:[,;|(–—]|\s-\s)$/u;
const INITIALISM = /^\p{Lu}{2,4}$/u;
const ROMAN = /^(?:II|III|IV|VI|VII|VIII)$/;

/** One word in title case: capitals kept after an apostrophe or hyphen ("O'Brien", "Smith-Jones") and after "Mc" ("McCain"). */
function titleWord(w: string, opening: boolean): string {
  const low = w.toLowerCase();
  if (!opening && LOWER_WORDS.has(low)) return low;
  const word = low.replace(/(^|['’-])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
  return /^Mc\p{Ll}/u.test(word) ? `Mc${word.charAt(2).toUpperCase()}${word.slice(3)}` : word;
}

/** `line` in title case when it is written all in capitals (two letters or more in a row), else as written. */
export function unshout(line: string): string {
  // (joining words in lower case, "AMANDA SEITZ and BEN LI", do not make the line mixed case)
  const mixed = line.split(/\s+/).some((w) => /\p{Ll}/u.test(w) && !LOWER_WORDS.has(w.toLowerCase()));
  if (mixed || !/\p{Lu}{2}/u.test(line) || INITIALISM.test(line.trim())) return line;
  let opening = true;
  let afterSeparator = false;
  return line.replace(WORD, (w) => {
    if (SEPARATOR.test(w)) {
      opening = afterSeparator = true;
      return w;
    }
    const keep = ROMAN.test(w) || (afterSeparator && INITIALISM.test(w) && !LOWER_WORDS.has(w.toLowerCase()));
    const out = keep ? w : titleWord(w, opening);
    opening = afterSeparator = false;
    return out;
  });
}
