/**
 * Two names joined by "and" before a verb: two people speaking together ("Trump and Ryan said"), never
 * the two halves of one organisation's name ("Citizenship and Immigration Services"; the name read
 * whole, "the Department of Health and Human Services", is phraseBefore's own).
 */
import type { Mention } from './model';
import { bare } from './speaker-mention-words';
import { ORG_HEADS } from './titles-and-roles';

/** The name before "and" (`left`, as read) and the name after it → one mention of both, or null when they are not joined. */
export function joinedMention(left: Mention | null, right: Mention): Mention | null {
  if (!left || left.type !== 'name' || left.org || left.text.includes(' and ')) return null;
  // "Citizenship and Immigration Services", "Health and Human Services": an organisation's name
  if (`${left.text} ${right.text}`.split(/\s+/).some((w) => ORG_HEADS.has(bare(w.toLowerCase())))) return null;
  return { start: left.start, end: right.end, type: 'name', text: `${left.text} and ${right.text}`, role: null, org: false };
}
