/**
 * DATA: abbreviations that end with a period without ending a sentence ("Sen. Ted Cruz",
 * "U.S. officials", "Jan. 27"). Lower case, without the final period.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `mr mrs ms mx dr prof sen sens rep reps del gov gen lt col maj capt cmdr adm sgt cpl pvt rev fr st jr sr
  no nos vs v etc inc corp co ltd llc dept univ ave blvd mt ft est approx
  jan feb mar apr aug sep sept oct nov dec
  u.s u.k u.n e.u d.c a.m p.m i.e e.g ph.d`.split(/\s+/),
);

/** A word that is an abbreviation or a single-letter initial ("J." in "Donald J. Trump"). */
export function isAbbreviation(wordLow: string): boolean {
  return ABBREVIATIONS.has(wordLow) || /^\p{L}$/u.test(wordLow) || /^(?:\p{L}\.)+\p{L}$/u.test(wordLow);
}
