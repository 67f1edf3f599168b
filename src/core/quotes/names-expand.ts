/**
 * A single name word read as the full name the article gives: "Peskov" → "Dmitry Peskov", "Assad" →
 * "Bashar al-Assad", a first name used alone → the one full name it begins (or, when several begin with
 * it, the only one named so far: family names come first in Korean or Chinese names, "Lee Jae-myung" → "Lee").
 */
import { foldKey } from '../text/normalize';
import { POSSESSIVE, type NameMention } from './names-key';
import { joinedTail } from './speaker-name-particles';

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
      // ("Bashar al-Assad" is also "Assad")
      const tail = joinedTail(n.last);
      const keys = [[index.last, n.last], [index.first, n.first], ...(tail ? ([[index.last, tail]] as const) : [])] as const;
      for (const [map, key] of keys) {
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
export function expandName(registry: readonly NameMention[], word: string, paragraph: number, offset: number, firstNames = true, common?: ReadonlySet<string>): string | null {
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
  if (!firstNames || !byFirst.length) return null;
  if (new Set(byFirst.map((n) => n.key)).size === 1) return pick(byFirst);
  // ("Lee Jae-myung said … ‘…,’ Lee said … Interior Minister Lee Sang-min": among several, the only one named so
  // far; never a title-case run of words the article also writes in lower case, "EgyptAir Plane Crash")
  if (!common) return null;
  const named = byFirst.filter((n) => isBefore(n) && !n.name.split(' ').slice(1).some((x) => common.has(x.toLowerCase())));
  return new Set(named.map((n) => n.key)).size === 1 ? pick(named) : null;
}
