/**
 * HTML character references in text that never went through an HTML parser: JSON-LD values, which
 * many CMSs write entity-encoded ("Assad&#8217;s troops", "Q&amp;A"). Numeric references and the
 * named ones such text uses; an unknown name is left as written.
 */

/** DATA: named references seen in metadata text (punctuation, spaces, signs). */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201A', ldquo: '\u201C', rdquo: '\u201D', bdquo: '\u201E',
  laquo: '\u00AB', raquo: '\u00BB', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', middot: '\u00B7',
  bull: '\u2022', copy: '\u00A9', reg: '\u00AE', trade: '\u2122', deg: '\u00B0', euro: '\u20AC', pound: '\u00A3',
  szlig: '\u00DF', aelig: '\u00E6', AElig: '\u00C6', oslash: '\u00F8', Oslash: '\u00D8', eth: '\u00F0', thorn: '\u00FE',
};

/** Accented letters ("eacute", "Ouml", "ccedil"): the letter and its combining mark, composed. */
const ACCENTED = /^([a-zA-Z])(acute|grave|circ|uml|tilde|ring|cedil)$/;
const MARKS: Readonly<Record<string, string>> = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', ring: '\u030A', cedil: '\u0327',
};

function named(name: string): string | null {
  const exact = NAMED[name] ?? NAMED[name.toLowerCase()];
  if (exact !== undefined) return exact;
  const m = ACCENTED.exec(name);
  return m ? `${m[1]}${MARKS[m[2] as string]}`.normalize('NFC') : null;
}

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

/** A code point as text; none, a surrogate or one past Unicode's range reads as U+FFFD. */
function fromCodePoint(n: number): string {
  return n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(n);
}

/** `s` with its character references decoded, in one pass (so "&amp;lt;" reads "&lt;"). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return named(name as string) ?? whole;
  });
}
