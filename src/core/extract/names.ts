/**
 * Names in bylines and credits lines, for the quotes engine's "never a speaker" list:
 *   "(Additional reporting by Nils Agerholm in Aarhus, Writing by Mark Hartwell and
 *    Tim Hollings, Editing by Nick Madsen)" → Nils Agerholm, Mark Hartwell, Tim Hollings, Nick Madsen
 */

// "by <names>" up to the next clause (";", ",", ")", " in <place>").
const BY_CLAUSE = /\bby\s+([^;,()]+)/giu;
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|van|von|der|del|la|le|bin|al)\s+)?\p{Lu}[\p{L}'’.-]*)+$/u;
const SEPARATORS = /\s+(?:and|&)\s+|\s*,\s*|\s*\|\s*|\s+·\s+/u;
const IN_PLACE = /\s+(?:in|from|at)\s+\p{Lu}.*$/u;

/** Person names in a byline ("Mark Hartwell and Jane Doe, Reuters") or a credits line. */
export function namesIn(text: string | null): string[] {
  if (!text) return [];
  const clauses = /\bby\s/i.test(text) ? [...text.matchAll(BY_CLAUSE)].map((m) => m[1] ?? '') : [text];
  const names = new Set<string>();
  for (const clause of clauses) {
    for (const part of clause.replace(IN_PLACE, '').split(SEPARATORS)) {
      const name = part.replace(IN_PLACE, '').trim();
      if (NAME.test(name)) names.add(name);
    }
  }
  return [...names];
}
