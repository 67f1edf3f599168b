/**
 * The byline as a reader expects it: the authors' names and nothing else. Bylines read from pages
 * carry what sat beside the names ("Posted by …", a date, "Edited by …", a home page, a comment
 * count); those parts are cut, and a line that names no one ("Follow Author", "Last Updated: …") is
 * no byline at all.
 */
import { BY_LEAD, DATE } from './byline';

const LEAD = new RegExp(BY_LEAD, 'i');
/** DATA: where the names end (the first match cuts the rest). */
const TAILS: readonly RegExp[] = [
  new RegExp(`(?:\\s+on)?\\s*${DATE}`, 'i'),
  // ("By Priya Nair · Published March 3, 2025": the word left, after a separator, before the date it introduced)
  /\s*[·•|–—-]\s*(?:published|posted|updated|modified)(?:\s+(?:on|at))?\s*$/i,
  /\s+(?:edited|photos?|illustrations?|graphics?|updated)\s+(?:by\b|on\b|:)/i,
  /,\s*all posts\b/i,
  /\s*\(?https?:\/\/\S*\)?/i,
];
/** DATA: lines in a byline's place that name no one. */
const NO_ONE = /^(?:follow(?:\s+(?:the\s+)?author)?|subscribe|contact(?:\s+(?:the\s+)?author)?|e-?mail(?:\s+(?:the\s+)?author)?|(?:last\s+)?(?:updated|published|posted|modified)\b.*)$/i;
const TRIM = /[\s,;:|·•–—-]+$/u;

/** `raw` reduced to the authors' names; null when nothing of a name is left. */
export function tidyByline(raw: string | null): string | null {
  if (!raw) return null;
  let text = raw.trim().replace(LEAD, '');
  if (NO_ONE.test(text)) return null;
  for (const tail of TAILS) {
    const m = tail.exec(text);
    if (m && m.index > 0) text = text.slice(0, m.index);
  }
  text = text.replace(TRIM, '');
  return /\p{L}/u.test(text) ? text : null;
}
