/**
 * A paragraph of a reference list: the titles it quotes are the cited works, never speech
 * (`^ Vale, Ana (3 May 2019). "A Town Rebuilds" . The Harbor Ledger. Retrieved 4 May 2019.`).
 * Read from the signs a citation style writes, whatever the site.
 */

/** DATA: signs that only a citation writes. */
const CITATION_SIGNS: readonly { id: string; pattern: RegExp; reason: string }[] = [
  // "Retrieved 4 May 2019", "Retrieved on May 4, 2019", "Retrieved 2019-05-04"
  { id: 'retrieved', pattern: /\bRetrieved(?: on)? (?:\d{1,2} \p{Lu}\p{Ll}+ \d{4}|\p{Lu}\p{Ll}+ \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})\b/u, reason: 'the date a web source was read' },
  // "Archived from the original on …"
  { id: 'archived', pattern: /\bArchived from the original\b/, reason: 'an archive copy of a web source' },
  // "ISBN 978-0-00-000000-2", "ISBN-13: 9780000000002"
  { id: 'isbn', pattern: /\bISBN(?:-1[03])?:?\s?\d[\d-]{8,}/, reason: 'a cited book' },
  // "doi:10.1000/xyz123"
  { id: 'doi', pattern: /\bdoi:\s?10\.\d{4,}\//i, reason: 'a cited paper' },
];

/** Whether a paragraph is (part of) a reference list. */
export function isCitation(text: string): boolean {
  return CITATION_SIGNS.some((c) => c.pattern.test(text));
}
