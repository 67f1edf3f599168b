/**
 * One organisation, one speaker: "the" before a capitalised name that holds no title or role ("the
 * Harbor Trust", "the NTSB", "the Office of Parks") names an organisation, and is the same speaker as the
 * bare name ("Harbor Trust", "NTSB") when the article writes both — listed once, under the bare name, as an
 * organisation. "the Prime Minister", "the Harbor Queen" are people and stay apart. A description that
 * speaks on its own ("the Harbor space agency said") is the named speaker the article gave it to as an
 * apposition ("Velcosmos, the Harbor space agency, said"), listed under the name.
 */
import { foldKey } from '../text/normalize';
import type { Entity } from './speaker-entity';
import { nameKey } from './names-key';
import { ROLEISH, ROLE_NOUNS, TITLES } from './titles-and-roles';

/** "the" and capitalised words, with the small words a name joins them by ("of", "and", "for", "&"). */
const THE_NAME = /^[Tt]he\s+(\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+(?:of|and|for|on|the|&|\p{Lu}[\p{L}\p{N}.'’&-]*))*)$/u;

/** DATA: words that make "the …" a person's title rather than an organisation's name. */
const PERSON_WORD: readonly { id: string; test: (low: string) => boolean; reason: string }[] = [
  // "the President", "the Rev.", "the Harbor Queen": a title
  { id: 'title', test: (low) => TITLES.has(low), reason: 'a title' },
  // "the Chief Economist", "the Defense Secretary": a role
  { id: 'role', test: (low) => ROLE_NOUNS.has(low) || ROLEISH.has(low), reason: 'a role' },
];

/** The bare name of an organisation written with "the" ("the Harbor Trust" → "Harbor Trust"), or null. */
export function organisationAfterThe(name: string): string | null {
  const m = THE_NAME.exec(name);
  if (!m) return null;
  const words = (m[1] ?? '').split(/\s+/).map((w) => foldKey(w).replace(/[.'’]+s?$/, ''));
  return words.some((w) => PERSON_WORD.some((r) => r.test(w))) ? null : (m[1] as string);
}

/**
 * Marks each "the …" organisation as one and merges it into the bare name's entity when there is one
 * (id → the entity it is listed under, added to `into`).
 */
export function mergeTheForms(entities: readonly Entity[], into: Map<number, Entity>): void {
  const byKey = new Map<string, Entity>();
  for (const e of entities) if (!organisationAfterThe(e.name)) byKey.set(nameKey(e.name), e);
  for (const e of entities) {
    const bare = organisationAfterThe(e.name);
    if (!bare || e.plural) continue;
    e.org = true;
    const kept = byKey.get(nameKey(bare));
    if (!kept || kept === e || into.has(kept.id) || into.has(e.id)) continue;
    kept.org = true;
    into.set(e.id, kept);
    kept.aliases.add(e.name);
    for (const a of e.aliases) kept.aliases.add(a);
    kept.role ??= e.role;
  }
}

/** A description as a key: no leading article, folded ("The Harbor space agency" → "harbor space agency"). */
const described = (text: string): string => nameKey(text.replace(/^(?:the|a|an)\s+/i, ''));

/**
 * Merges each organisation's description speaking on its own ("the Harbor space agency") into the one named
 * entity whose apposition it is (role "the Harbor space agency"), adding to `into`.
 */
export function mergeDescriptions(entities: readonly Entity[], into: Map<number, Entity>): void {
  for (const d of entities) {
    // (an organisation's description only: a person's role is for the speaker resolution to follow)
    if (into.has(d.id) || !d.org || d.plural || !/^the\s+\S+\s/i.test(d.name) || d.role) continue;
    const named = entities.filter((e) => e !== d && e.role && !/^the\s/i.test(e.name) && described(e.role) === described(d.name));
    const kept = named.length === 1 ? (named[0] as Entity) : null;
    if (!kept || into.has(kept.id)) continue;
    into.set(d.id, kept);
    kept.aliases.add(d.name);
    for (const a of d.aliases) kept.aliases.add(a);
    // ("the Harbor space agency" is an organisation: so is the name it describes)
    kept.org = true;
  }
}
