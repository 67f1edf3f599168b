/**
 * A resolved speaker (one person, group or organisation, with the names it goes by) and the gender
 * its name or role tells ("Ms", "Senator Jane Smith", a known first name), for "he"/"she" to find it.
 */
import { foldKey } from '../text/normalize';
import { HE_FIRST_NAMES, HE_WORDS, SHE_FIRST_NAMES, SHE_WORDS } from './people-hints';
import { isTitleSurname } from './speaker-title-surname';

export interface Entity {
  id: number;
  name: string;
  role: string | null;
  org: boolean;
  plural: boolean;
  gender: 'he' | 'she' | null;
  aliases: Set<string>;
  lastParagraph: number;
}

/** "he", "she" or unknown, from gendered words in the role or name, else from a full name's first name. */
export function genderOf(name: string, role: string | null): Entity['gender'] {
  // (a title word that ends a name is its surname and says nothing: "Jane King", "Billie Jean King")
  const parts = name.split(/\s+/);
  const own = parts.length > 1 && isTitleSurname(parts, parts.length - 1) ? parts.slice(0, -1).join(' ') : name;
  const words = foldKey(`${role ?? ''} ${own}`).split(/[^a-z]+/);
  if (words.some((w) => SHE_WORDS.has(w))) return 'she';
  if (words.some((w) => HE_WORDS.has(w))) return 'he';
  const first = foldKey(name.split(' ')[0] ?? '');
  if (!name.includes(' ')) return null;
  return SHE_FIRST_NAMES.has(first) ? 'she' : HE_FIRST_NAMES.has(first) ? 'he' : null;
}
