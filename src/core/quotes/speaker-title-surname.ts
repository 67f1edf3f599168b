/**
 * Title words that are also surnames ("Nolan King", "Sarah Bishop", "John Major", "Erik Prince"): such a
 * word is a title before a name ("King Charles", "Judge Amy Berman Jackson", "Bishop Desmond Tutu") but a
 * surname when it ends a name right after a known first name or an honorific ("Mr. King"). Any other word
 * before it keeps it a title ("Federal Judge", "Crown Prince", "Vice Chancellor", "Mr. President").
 * Likewise an institution's word after a known first name is a surname ("Margaret Court", "Emily Post"),
 * never after any other word ("Supreme Court", "Washington Post").
 */
import { HE_FIRST_NAMES, SHE_FIRST_NAMES } from './people-hints';
import { wordSet } from '../text/words';


/** DATA: titles and role words that are common surnames in English-language news ("Ruth Singer"), in lower case. */
export const SURNAME_TITLES = wordSet('king prince bishop pope judge major chancellor justice cardinal dean marshal singer');

/** DATA: honorifics that make the next word a surname ("Mr. King", "Ms. Bishop"). */
const HONORIFICS = wordSet('mr mrs ms miss mx');

const isFirstName = (low: string): boolean => HE_FIRST_NAMES.has(low) || SHE_FIRST_NAMES.has(low);
const plain = (w: string): string => w.toLowerCase().replace(/\.$/, '').replace(/['’]s?$/, '');

/**
 * True when the word at `k` of a name's words (as written) is a surname although it is a title: it ends
 * the words and follows a known first name (with or without a middle name) or an honorific.
 */
export function isTitleSurname(words: readonly string[], k: number): boolean {
  if (k !== words.length - 1 || k < 1 || !SURNAME_TITLES.has(plain(words[k] as string))) return false;
  const prev = words[k - 1] as string;
  if (!/^\p{Lu}/u.test(prev)) return false;
  const low = plain(prev);
  if (HONORIFICS.has(low) || isFirstName(low)) return true;
  // ("Billie Jean King": a known first name and a middle name before it)
  const before = words[k - 2];
  return before !== undefined && /^\p{Lu}\p{Ll}/u.test(prev) && !SURNAME_TITLES.has(low) && isFirstName(plain(before));
}

/** True for two words, a known first name then an institution's word (`isOrgWord`): a person ("Margaret Court"). */
export function isOrgSurname(words: readonly string[], isOrgWord: (low: string) => boolean): boolean {
  if (words.length !== 2 || !/^\p{Lu}\p{Ll}/u.test(words[0] as string) || !/^\p{Lu}\p{Ll}/u.test(words[1] as string)) return false;
  return isFirstName(plain(words[0] as string)) && isOrgWord(plain(words[1] as string));
}
