/**
 * A full personal name as the article mentions it, and the key that identifies it: "Donald J. Trump",
 * "Donald Trump" and "Donald Trump’s" are one person.
 */
import { foldKey } from '../text/normalize';

export interface NameMention {
  name: string;
  key: string;
  first: string;
  last: string;
  paragraph: number;
  offset: number;
  /** The article also writes the surname alone ("Fenwick said"), as it does for people, not places ("Palo Alto"). */
  alone?: boolean;
}

/** A possessive ending ("Trump's", "Jones’"). */
export const POSSESSIVE = /['’]s?$/;

/** "Donald J. Trump" and "Donald Trump" share a key; accents and case are folded. */
export function nameKey(name: string): string {
  return foldKey(name)
    .replace(POSSESSIVE, '')
    .split(/\s+/)
    .filter((w) => w.length > 1 && !/^\p{L}\.$/u.test(w))
    .join(' ');
}
