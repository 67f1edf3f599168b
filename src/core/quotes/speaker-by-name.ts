/**
 * A speaker written as a name: a surname becomes the full name the article gives ("Peskov" → "Dmitry
 * Peskov"), "Trump and Ryan" both people as a group, "Jordan" the Rep. Ellen Jordan the article
 * introduced, and words that name no one ("Revealed", a lone "King") nobody.
 */
import { foldKey } from '../text/normalize';
import type { Mention } from './model';
import { expandName } from './names-expand';
import type { NameMention } from './names-key';
import { notAName } from './non-speakers';
import type { SpeakerBook } from './speaker-book';
import type { Entity } from './speaker-entity';
import { collectiveKind } from './speaker-kind';
import { isParticleSurname } from './speaker-name-particles';
import { SURNAME_TITLES } from './speaker-title-surname';
import { ORG_HEADS, PLACE_SPEAKERS } from './titles-and-roles';

/** "von der Leyen", "De Gaulle": a surname with its particles → the full name the article gives that ends so, or null. */
function particleSurname(registry: readonly NameMention[], name: string, paragraph: number, offset: number): string | null {
  if (!isParticleSurname(name)) return null;
  const full = expandName(registry, name.split(' ').pop() ?? name, paragraph, offset, false);
  return full && foldKey(full).endsWith(` ${foldKey(name)}`) ? full : null;
}

/**
 * The entity a name mention stands for in paragraph `p`, or null; `again` resolves a narrower mention
 * from the start ("Engineering and Medicine" → "Medicine").
 */
export function speakerByName(
  book: SpeakerBook,
  registry: readonly NameMention[],
  common: ReadonlySet<string>,
  m: Mention,
  p: number,
  again: (m: Mention) => Entity | null,
): Entity | null {
  // a lone "German" describes a speaker without naming one; "Revealed:", "Similarly," or "Good" (the
  // article also writes "good") names no one — unless the article gives a full name ending so
  if (!m.text.includes(' ') && notAName(m.text, common) && !expandName(registry, m.text, p, m.start, false)) return null;
  // a title word alone ("King") speaks only as the surname of a full name the article gives ("Nolan King")
  if (!m.text.includes(' ') && SURNAME_TITLES.has(m.text.toLowerCase()) && !expandName(registry, m.text, p, m.start, false)) return null;
  // "Jordan said" where the article introduced Rep. Ellen Jordan: the person, not the country
  // ("Court added" where the article introduced Margaret Court: an institution's word alone, without an article)
  const orgWord = !m.text.includes(' ') && ORG_HEADS.has(m.text.toLowerCase()) && m.end - m.start === m.text.length;
  const person = m.org && (PLACE_SPEAKERS.has(m.text.toLowerCase()) || orgWord) ? expandName(registry, m.text, p, m.start, false) : null;
  if (person) {
    const e = book.entity(person, m.role, false, false, p);
    e?.aliases.add(m.text);
    return e;
  }
  if (m.org) return book.entity(m.text, m.role, true, false, p);
  // "Trump and Ryan": both people, each by the full name the article gives, speaking as a group
  // (a single word the article never gives in full is no known person: "Engineering and Medicine")
  if (m.text.includes(' and ')) {
    const both = m.text.split(' and ').map((part) => (part.includes(' ') ? part : expandName(registry, part, p, m.start)));
    if (both.every((part) => part !== null)) {
      const e = book.entity(both.join(' and '), null, false, true, p);
      if (e && e.name !== m.text) e.aliases.add(m.text);
      return e;
    }
    return again({ ...m, text: m.text.split(' and ').pop() ?? m.text });
  }
  const full = m.text.includes(' ') ? (particleSurname(registry, m.text, p, m.start) ?? m.text) : (expandName(registry, m.text, p, m.start, !m.hint, common) ?? m.text);
  // "United Nations", "Scottish Conservatives", "Rebels": an institution or a group written as a name
  const kind = full === m.text ? collectiveKind(full, common) : null;
  const e = book.entity(full, m.role, kind === 'org', kind === 'group', p, m.hint);
  if (e && full !== m.text) e.aliases.add(m.text);
  return e;
}
