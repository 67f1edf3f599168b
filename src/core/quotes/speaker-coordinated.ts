/**
 * Two names joined by "and" before a verb: two people speaking together ("Trump and Ryan said"), or one
 * organisation whose name holds "and" ("Health and Human Services", "the Centers for Coastal Research and
 * Outreach").
 */
import type { Mention } from './model';
import { bare } from './speaker-mention-words';
import { ORG_HEADS } from './titles-and-roles';

/** An organisation's name with its head before "for"/"of"/"on" ("Centers for Coastal Research", "Department of Parks"). */
const ORG_OF = /\s(?:for|of|on)\s/;

/** The name before "and" (`left`, as read) and the name after it → one mention of both, or null when they are not joined. */
export function joinedMention(left: Mention | null, right: Mention): Mention | null {
  // "the Centers for Coastal Research and Outreach": one word after "and" ends the organisation's name before it
  if (left?.type === 'name' && left.org && ORG_OF.test(left.text) && !right.text.includes(' ')) {
    return { start: left.start, end: right.end, type: 'name', text: `${left.text} and ${right.text}`, role: null, org: true };
  }
  if (!left || left.type !== 'name' || left.org || left.text.includes(' and ')) return null;
  // "Citizenship and Immigration Services", "Health and Human Services": an organisation's name
  if (`${left.text} ${right.text}`.split(/\s+/).some((w) => ORG_HEADS.has(bare(w.toLowerCase())))) return null;
  return { start: left.start, end: right.end, type: 'name', text: `${left.text} and ${right.text}`, role: null, org: false };
}
