/**
 * The byline as the page marks it, read before extraction narrows the page to the article's text block
 * (a header's "By Erin Vale" sits outside the block that holds the paragraphs). A dateline ("HARBORTOWN
 * —", "LONDON (Reuters) -") opens the story's first paragraph and names a place, never the writer.
 */
import { collapseSpace } from '../clean/normalize';

/** Elements pages mark as the author or byline (rel, microdata, class or id). */
const BYLINE_SELECTOR = '[rel~="author"], [itemprop~="author"], [class*="byline" i], [id*="byline" i]';
/** A byline is short: a name or a few, with "By" and a role at most. */
const MAX_CHARS = 100;
/** At most this many marked elements are read (a page of author cards is no byline). */
const MAX_CANDIDATES = 20;
/** A separator closing a byline ("Erin Vale —", "Erin Vale |"). */
const TRAILING_SEPARATOR = /\s*[—–|·-]+$/u;
/** A dateline: a place in capitals, maybe an agency in parentheses, then a dash. */
const DATELINE = /^[\p{Lu}\s.,'’-]+(?:\([^)]*\))?\s*[—–-]+$/u;

/** True when a byline found on the page reads as a dateline ("CAIRO —"), not a writer. */
export function isDateline(text: string): boolean {
  return DATELINE.test(collapseSpace(text).trim());
}

/** The text of the first element marked as a byline that reads as one, or null. */
export function pageByline(root: Element): string | null {
  const marked = root.querySelectorAll(BYLINE_SELECTOR);
  for (let i = 0; i < marked.length && i < MAX_CANDIDATES; i++) {
    const raw = collapseSpace((marked[i] as Element).textContent ?? '').trim();
    // ("Erin Vale —": a separator the page writes after the name is no part of it)
    const text = raw.replace(TRAILING_SEPARATOR, '');
    if (text.length > 2 && text.length <= MAX_CHARS && /\p{L}/u.test(text) && !isDateline(raw)) return text;
  }
  return null;
}
