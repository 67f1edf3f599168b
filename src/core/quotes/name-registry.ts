/**
 * Every full personal name the article mentions, in reading order, so that "Peskov" can be read as
 * the "Dmitry Peskov" introduced earlier (or, when the article names him in full only later, then).
 */
import { foldKey } from '../text/normalize';
import { SENTENCE_OPENERS, STOP_WORDS } from './non-speakers';
import { ORG_HEADS, PLACE_SPEAKERS, ROLEISH, TITLES } from './titles-and-roles';

export interface NameMention {
  name: string;
  key: string;
  first: string;
  last: string;
  paragraph: number;
  offset: number;
}

const CAPS_RUN = /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:\p{Lu}\.\s+)?(?:(?:de|van|von|da|del|bin|al|la|le)\s+)?\p{Lu}[\p{L}\p{M}'’-]*)+/gu;
const POSSESSIVE = /['’]s?$/;
/** Generational suffixes after a surname. */
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV|V)\.?,?$/;

/** "Donald J. Trump" and "Donald Trump" share a key; accents and case are folded. */
export function nameKey(name: string): string {
  return foldKey(name)
    .replace(POSSESSIVE, '')
    .split(/\s+/)
    .filter((w) => w.length > 1 && !/^\p{L}\.$/u.test(w))
    .join(' ');
}

export function collectNames(paragraphs: readonly { index: number; text: string; credit: boolean }[]): NameMention[] {
  const out: NameMention[] = [];
  for (const p of paragraphs) {
    if (p.credit) continue;
    for (const m of p.text.matchAll(CAPS_RUN)) {
      let words = m[0].split(/\s+/);
      let offset = m.index;
      // the name is what follows the last title or function word ("Russian Foreign Minister Sergei Lavrov")
      let cut = 0;
      words.forEach((w, i) => {
        const low = w.toLowerCase().replace(/\.$/, '');
        // … or the last possessive ("National Review’s Ian Tuttle")
        // (a middle initial is no function word: "Robert A. Pruzan")
        if (/^\p{Lu}\.$/u.test(w) && i > 0) return;
        if (STOP_WORDS.has(low) || TITLES.has(low) || ROLEISH.has(low) || SENTENCE_OPENERS.has(low) || (POSSESSIVE.test(w) && i < words.length - 1)) cut = i + 1;
      });
      // a generational suffix is not the surname ("Charles Elliott III", "Luther Stan Pate IV", "Jr.")
      while (words.length > 2 && NAME_SUFFIX.test(words[words.length - 1]!)) words = words.slice(0, -1);
      // a long capitalised run is a role before a name ("Washington Political Editor Matthew Boyle")
      if (words.length - cut > 4) cut = words.length - 2;
      for (const w of words.slice(0, cut)) offset += w.length + 1;
      words = words.slice(cut);
      if (words.length < 2 || words.length > 4) continue;
      const lastWord = words[words.length - 1]!.replace(POSSESSIVE, '');
      const lows = words.map((w) => w.toLowerCase().replace(POSSESSIVE, ''));
      if (lows.some((w) => STOP_WORDS.has(w) || ORG_HEADS.has(w) || PLACE_SPEAKERS.has(w))) continue;
      if (words.some((w) => /^\p{Lu}{2,}$/u.test(w))) continue;
      const name = [...words.slice(0, -1), lastWord].join(' ');
      out.push({ name, key: nameKey(name), first: foldKey(words[0]!), last: foldKey(lastWord), paragraph: p.index, offset });
    }
  }
  return out;
}

interface NameIndex {
  last: Map<string, NameMention[]>;
  first: Map<string, NameMention[]>;
}
const INDEXES = new WeakMap<readonly NameMention[], NameIndex>();

/** Mentions by surname and by first name, built once per registry. */
function indexOf(registry: readonly NameMention[]): NameIndex {
  let index = INDEXES.get(registry);
  if (!index) {
    index = { last: new Map(), first: new Map() };
    for (const n of registry) {
      for (const [map, key] of [[index.last, n.last], [index.first, n.first]] as const) {
        const list = map.get(key);
        if (list) list.push(n);
        else map.set(key, [n]);
      }
    }
    INDEXES.set(registry, index);
  }
  return index;
}

/** The full name a single name word stands for at a position, or null. */
export function expandName(registry: readonly NameMention[], word: string, paragraph: number, offset: number, firstNames = true): string | null {
  const w = foldKey(word).replace(POSSESSIVE, '');
  const isBefore = (n: NameMention): boolean => n.paragraph < paragraph || (n.paragraph === paragraph && n.offset < offset);
  // the most mentioned full name wins; among equals, the latest one before this point, else the first after
  const pick = (cands: NameMention[]): string | null => {
    if (!cands.length) return null;
    const counts = new Map<string, number>();
    for (const c of cands) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
    const top = Math.max(...counts.values());
    const best = cands.filter((c) => counts.get(c.key) === top);
    const earlier = best.filter(isBefore);
    return (earlier[earlier.length - 1] ?? best[0] ?? null)?.name ?? null;
  };
  const index = indexOf(registry);
  const bySurname = index.last.get(w) ?? [];
  if (bySurname.length) return pick(bySurname);
  const byFirst = index.first.get(w) ?? [];
  if (firstNames && byFirst.length && new Set(byFirst.map((n) => n.key)).size === 1) return pick(byFirst);
  return null;
}
