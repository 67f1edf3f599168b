/**
 * One person, one speaker: a speaker whose name ends another speaker's name is the same person
 * ("Rubio" / "Marco Rubio", "Le Pen" / "Marine Le Pen", "TAPPER" / "JAKE TAPPER"), listed once under
 * the full name — or under the shorter name when the longer one only adds a title or a description
 * ("Fr. Frank Pavone", "National Security editor Dr. Lorcan Brandt") or the shorter one is already a first
 * name and a surname ("Staff Tessa Dunmore" → "Tessa Dunmore"). A surname two people share
 * ("Clinton" with "Bill Clinton" and "Hillary Clinton") is left alone. A given name written alone that opens
 * one longer name is that person too ("Mereana Tui" / "Mereana Tui Rangi").
 */
import { foldKey } from '../text/normalize';
import type { Entity } from './speaker-entity';
import { HE_FIRST_NAMES, SHE_FIRST_NAMES } from './people-hints';
import { isParticle } from './speaker-name-particles';
import { isRoleShaped } from './speaker-role-words';
import { ROLEISH, ROLE_NOUNS, TITLES } from './titles-and-roles';

const words = (name: string): string[] => foldKey(name).replace(/['’]s?$/, '').split(/\s+/).filter(Boolean);

/** A word a longer name adds that names no one: a title, a role, a description or an abbreviation ("Fr."). */
function describes(word: string): boolean {
  const low = word.toLowerCase().replace(/\.$/, '');
  return word.endsWith('.') || /^\p{Ll}/u.test(word) || TITLES.has(low) || ROLEISH.has(low) || ROLE_NOUNS.has(low) || isRoleShaped(word);
}

/** A person's name as written: capitalised words only ("Politico", "the question nobody" are no names to merge). */
const NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*$/u;
/** (or with its particles in lower case: "Ursula von der Leyen") */
const withoutParticles = (name: string): string => name.split(/\s+/).filter((w, i) => i === 0 || !isParticle(w)).join(' ');
const isPerson = (e: Entity): boolean => !e.org && !e.plural && !e.name.includes(' and ') && NAME.test(withoutParticles(e.name));

/**
 * A word a name may add after a given name: a capitalised name word, never a generation ("Jr.", "III") nor a
 * word ending in "s" as a headline's verbs do ("Dana Cole Wins"; a surname such as "Rhodes" is only left unmerged).
 */
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?<!s)$/u;

/**
 * The one longer name a name opens, when it is a given name written alone ("Mereana" / "Mereana Tui
 * Rangi", "Ana Lucia" / "Ana Lucia Ferraz"): a first name the hints know, or two words or more.
 */
function openedBy(short: Entity, people: readonly Entity[]): Entity | null {
  const w = words(short.name);
  const known = HE_FIRST_NAMES.has(w[0] ?? '') || SHE_FIRST_NAMES.has(w[0] ?? '');
  // (a known first name and a surname are a full name already: "Dana Cole" never opens "Dana Cole Wins Vote")
  if (w.length === 1 ? !known : known) return null;
  const longer = people.filter((e) => {
    const l = words(e.name);
    const added = e.name.split(/\s+/).slice(w.length);
    return l.length > w.length && added.length <= 2 && w.every((x, i) => l[i] === x) && added.every((x) => NAME_WORD.test(x));
  });
  return longer.length === 1 ? (longer[0] as Entity) : null;
}

/** Entity id → the entity it is listed under (itself when not merged); the kept entity takes the other name. */
export function mergePeople(entities: readonly Entity[]): Map<number, Entity> {
  const into = new Map<number, Entity>();
  const people = entities.filter(isPerson);
  for (const short of people) {
    const w = words(short.name);
    const longer = people.filter((e) => {
      const l = words(e.name);
      return l.length > w.length && w.every((x, i) => l[l.length - w.length + i] === x);
    });
    // a given name alone, when no longer name ends with it ("Mereana" / "Mereana Tui Rangi")
    const opened = longer.length === 0 ? openedBy(short, people) : null;
    if (opened && !into.has(opened.id) && !into.has(short.id)) {
      into.set(short.id, opened);
      opened.aliases.add(short.name);
      for (const a of short.aliases) opened.aliases.add(a);
      opened.role ??= short.role;
      opened.gender ??= short.gender;
    }
    // one longer name only (several distinct ones: a shared surname)
    if (longer.length !== 1) continue;
    const long = longer[0] as Entity;
    const extra = long.name.split(/\s+/).slice(0, -w.length);
    // "Tessa Dunmore" is a full name already ("Staff Tessa Dunmore"); "Le Pen", "Wasserman Schultz" are surnames
    const first = w[0] ?? '';
    const keepShort = w.length > 1 && (extra.every(describes) || HE_FIRST_NAMES.has(first) || SHE_FIRST_NAMES.has(first));
    const [kept, gone] = keepShort ? [short, long] : [long, short];
    if (into.has(kept.id) || into.has(gone.id)) continue;
    into.set(gone.id, kept);
    kept.aliases.add(gone.name);
    for (const a of gone.aliases) kept.aliases.add(a);
    kept.role ??= gone.role;
    kept.gender ??= gone.gender;
  }
  return into;
}
