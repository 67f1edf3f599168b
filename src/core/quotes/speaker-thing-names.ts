/**
 * A name the article itself describes as a thing is an organisation, not a person: "Brightway, which runs
 * buses, said …", "Parcelo and its riders". A person is described with "who" and "his" or "her" ("Marta
 * Lind, who runs the port", "Lind and her staff"), so a name followed by ", which" or "and its" is a
 * company, a site, a body or a product — whatever the name looks like. Names the article ties to "he" or
 * "she" are never changed.
 */
import type { Paragraph } from './model';
import { nameKey } from './names-key';
import type { Entity } from './speaker-entity';

/** A run of capitalised words right before ", which" or "and its". */
const BEFORE_WHICH = /(\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*)*)(?:,\s+which|\s+and\s+its)\s/gu;

/** The name keys the article follows with ", which" or "and its". */
export function thingNames(paragraphs: readonly Paragraph[]): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const p of paragraphs) for (const m of p.text.matchAll(BEFORE_WHICH)) keys.add(nameKey(m[1] as string));
  return keys;
}

/** Marks as organisations the person-kind entities whose name the article describes as a thing. */
export function markThings(entities: readonly Entity[], things: ReadonlySet<string>): void {
  for (const e of entities) if (!e.org && !e.plural && e.gender === null && things.has(nameKey(e.name))) e.org = true;
}
