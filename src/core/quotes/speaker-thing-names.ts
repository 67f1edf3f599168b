/**
 * A name the article itself describes as a thing is an organisation, not a person: "Brightway, which runs
 * buses, said …", "Parcelo and its riders". A person is described with "who" and "his" or "her" ("Marta
 * Lind, who runs the port", "Lind and her staff"), so a name opening its sentence before ", which", or
 * any name before "and its", is a company, a site, a body or a product — whatever the name looks like.
 * (After an object, ", which" may comment on the whole clause: "The prize went to Jordan Hale, which
 * surprised the jury".) Names the article ties to "he" or "she" are never changed.
 */
import type { Paragraph } from './model';
import { nameKey } from './names-key';
import type { Entity } from './speaker-entity';

/** Where a name may be called a thing: ", which" or "and its". */
const THING_CUE = /(,\s+which|\s+and\s+its)\s/g;
/** A capitalised word of a name; one ending in a period other than an initial ends a sentence before it. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}\p{N}&'’-]*$/u;
const INITIAL = /^\p{Lu}\.$/u;
/** At most this many words make the name before a cue. */
const MAX_WORDS = 5;

/** The capitalised words right before `end` in `text` (at most MAX_WORDS), and whether they open a sentence. */
function nameBefore(text: string, end: number): { name: string; opens: boolean } | null {
  const words = text.slice(Math.max(0, end - 120), end).split(' ');
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && name.length < MAX_WORDS; i--) {
    const w = words[i] as string;
    if (!(NAME_WORD.test(w) || (INITIAL.test(w) && name.length > 0))) {
      if (!name.length) return null;
      // (what precedes the name: nothing, or a sentence's end, means the name opens its sentence)
      return { name: name.join(' '), opens: w === '' || /[.!?]["”’']?$/.test(w) };
    }
    name.unshift(w);
  }
  return name.length ? { name: name.join(' '), opens: words.length <= name.length } : null;
}

/** The name keys the article calls things: a sentence's opening name before ", which", any name before "and its". */
export function thingNames(paragraphs: readonly Paragraph[]): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(THING_CUE)) {
      const found = nameBefore(p.text, m.index);
      if (found && (found.opens || !(m[1] as string).startsWith(','))) keys.add(nameKey(found.name));
    }
  }
  return keys;
}

/** Marks as organisations the person-kind entities whose name the article describes as a thing. */
export function markThings(entities: readonly Entity[], things: ReadonlySet<string>): void {
  for (const e of entities) if (!e.org && !e.plural && e.gender === null && things.has(nameKey(e.name))) e.org = true;
}
