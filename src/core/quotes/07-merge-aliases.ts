/**
 * Step 7: the speakers list. Each entity that has a quote becomes one speaker, in order of first
 * quote, with its full name, role, kind, the other ways the text named it and its quote count.
 * A group of people ("officials", "defense analysts") is a collective speaker, kind 'organization'.
 * `Peskov` and `he` quotes of "Dmitry Peskov" → one speaker, aliases ["Peskov"]; a speaker whose
 * name ends another's is that person, and so is a given name alone (speaker-merge); "the NTSB" and
 * "NTSB" are one organisation, and so are a name and its apposition speaking alone (speaker-merge-forms).
 */
import type { Quote, QuotesResult, Speaker } from '../types';
import type { Entity } from './speaker-entity';
import type { RawQuote } from './model';
import { mergePeople } from './speaker-merge';
import { mergeDescriptions, mergeTheForms } from './speaker-merge-forms';

export function mergeAliases(raw: readonly RawQuote[], entities: readonly Entity[]): QuotesResult {
  const speakers: Speaker[] = [];
  const byEntity = new Map<number, Speaker>();
  const quotes: Quote[] = [];
  // ("the NTSB" and "NTSB", "Velcosmos" and "the Harbor space agency": one organisation; then people by their names)
  const merged = new Map<number, Entity>();
  mergeTheForms(entities, merged);
  mergeDescriptions(entities, merged);
  for (const [id, kept] of mergePeople(entities)) if (!merged.has(id)) merged.set(id, kept);
  for (const q of raw) {
    const own = q.entity === null ? undefined : entities[q.entity];
    const e = own && (merged.get(own.id) ?? own);
    let s: Speaker | undefined;
    if (e) {
      s = byEntity.get(e.id);
      if (!s) {
        s = { id: `s${speakers.length + 1}`, name: e.name, role: e.role, kind: e.org || e.plural ? 'organization' : 'person', aliases: [], quoteCount: 0 };
        speakers.push(s);
        byEntity.set(e.id, s);
      }
      s.quoteCount++;
    }
    quotes.push({ speakerId: s?.id ?? null, speaker: s?.name ?? null, role: s?.role ?? null, text: q.text, kind: q.kind, paragraph: q.paragraph, rule: q.rule });
  }
  for (const e of entities) {
    const s = byEntity.get(e.id);
    if (!s) continue;
    s.role = e.role;
    s.aliases = [...e.aliases].filter((a) => a !== e.name);
  }
  for (const q of quotes) if (q.speakerId) q.role = speakers.find((s) => s.id === q.speakerId)?.role ?? null;
  return { speakers, quotes };
}
