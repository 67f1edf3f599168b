/**
 * Step 6: who each quote's mention is. Full names are kept as introduced; a surname alone becomes
 * the full name the article gives ("Peskov" → "Dmitry Peskov"); "he"/"she" the most recent
 * compatible speaker; "the minister" the latest speaker with that role; "they"/"it" the latest group
 * or organisation. A speaker never introduced in full keeps the name as written ("Putin").
 */
import { foldKey } from '../text/normalize';
import type { Mention, RawQuote } from './model';
import { expandName, nameKey, type NameMention } from './name-registry';
import { notAName } from './non-speakers';
import { collectiveKind, DOCUMENT_HEADS } from './speaker-kind';
import { isParticleSurname } from './speaker-name-particles';
import { honorificBefore } from './speaker-pronoun-near';
import { HE_FIRST_NAMES, HE_WORDS, SHE_FIRST_NAMES, SHE_WORDS } from './people-hints';
import { speakerPhrase, withoutAdjunct } from './speaker-phrase-check';
import { isTitleSurname, SURNAME_TITLES } from './speaker-title-surname';
import { personAfterOrg, personAtEnd, possessorOf } from './speaker-in-phrase';
import { OWNED_DOCUMENTS } from './speaker-document-owner';
import { ORG_HEADS, PLACE_SPEAKERS, ROLE_NOUNS } from './titles-and-roles';

/** A plural head noun ("officials", "analysts", "countries"), never "-ss"/"-us"/"-is" ("witness", "campus"). */
const PLURAL_HEAD = /[^su'’]s$/;
/** Bodies and things that speak without being people ("police", "the clip", "the ruling"). */
const BODIES = /^(?:police|authorities|ad|clip|spot|data|ruling|book|analysis|analyses|polls|surveys|studies|reports)$/;
/** A name as written: capitalised words only ("Trump", "Jane Smith"). */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*$/u;
/** Words that open a modifier after a speaker noun. */
const MODIFIER_START = new Set('to at for of with from in on by close familiar involved knowledgeable who that which whose outside inside near along across around through throughout behind beyond'.split(' '));

/** Abbreviated titles and the role nouns they stand for ("Sen. Ted Cruz" is "the senator"). */
const TITLE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'],
  ['gov', 'governor'],
  ['rep', 'congressman'],
  ['gen', 'general'],
  ['pres', 'president'],
  ['amb', 'ambassador'],
  ['sec', 'secretary'],
]);

/** The words of a role, abbreviated titles spelt out ("Sen." → "senator"). */
function roleWords(role: string | null): string[] {
  return (role ?? '')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/\.$/, ''))
    .map((w) => TITLE_NOUNS.get(w) ?? w);
}

/** "von der Leyen", "De Gaulle": a surname with its particles → the full name the article gives that ends so, or null. */
function particleSurname(registry: readonly NameMention[], name: string, paragraph: number, offset: number): string | null {
  if (!isParticleSurname(name)) return null;
  const full = expandName(registry, name.split(' ').pop() ?? name, paragraph, offset, false);
  return full && foldKey(full).endsWith(` ${foldKey(name)}`) ? full : null;
}

export interface Entity {
  id: number;
  name: string;
  role: string | null;
  org: boolean;
  plural: boolean;
  gender: 'he' | 'she' | null;
  aliases: Set<string>;
  lastParagraph: number;
}

function genderOf(name: string, role: string | null): Entity['gender'] {
  // (a title word that ends a name is its surname and says nothing: "Jane King", "Billie Jean King")
  const parts = name.split(/\s+/);
  const own = parts.length > 1 && isTitleSurname(parts, parts.length - 1) ? parts.slice(0, -1).join(' ') : name;
  const words = foldKey(`${role ?? ''} ${own}`).split(/[^a-z]+/);
  if (words.some((w) => SHE_WORDS.has(w))) return 'she';
  if (words.some((w) => HE_WORDS.has(w))) return 'he';
  const first = foldKey(name.split(' ')[0] ?? '');
  if (!name.includes(' ')) return null;
  return SHE_FIRST_NAMES.has(first) ? 'she' : HE_FIRST_NAMES.has(first) ? 'he' : null;
}

export class SpeakerResolver {
  readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();
  /** Entities in the order they last spoke, most recent last. */
  private readonly history: Entity[] = [];

  constructor(
    private readonly registry: readonly NameMention[],
    private readonly notSpeakers: readonly string[],
    /** Words the article writes in lower case ("good", "public"). */
    private readonly common: ReadonlySet<string> = new Set(),
  ) {}

  private entity(name: string, role: string | null, org: boolean, plural: boolean, paragraph: number, hint?: 'he' | 'she'): Entity | null {
    const key = nameKey(name);
    if (!key) return null;
    if (this.notSpeakers.some((n) => n === key || (key.includes(' ') === false && n.split(' ').pop() === key))) return null;
    let e = this.byKey.get(key);
    if (!e) {
      e = { id: this.entities.length, name, role, org, plural, gender: org ? null : (hint ?? genderOf(name, role)), aliases: new Set(), lastParagraph: paragraph };
      this.entities.push(e);
      this.byKey.set(key, e);
    } else if (!e.role && role) e.role = role;
    if (hint && !e.gender) e.gender = hint;
    return e;
  }

  private recent(paragraph: number, ok: (e: Entity) => boolean, maxDistance = 3): Entity | null {
    for (let i = this.history.length - 1; i >= 0; i--) {
      const e = this.history[i] as Entity;
      if (paragraph - e.lastParagraph > maxDistance) return null;
      if (ok(e)) return e;
    }
    return null;
  }

  private fromMention(mention: Mention, q: RawQuote): Entity | null {
    const p = q.paragraph;
    // "Trump at the time said", "Smith on Monday said": the time is no part of a name (a noun phrase keeps
    // it as written: "a poll released last week")
    const trimmed = withoutAdjunct(mention.text);
    const bare = mention.type === 'name' || CAPITALISED_WORDS.test(trimmed) ? trimmed : mention.text;
    const m: Mention = bare === mention.text ? mention : { ...mention, type: 'name', text: bare, end: mention.start + bare.length };
    if (m.type === 'name') {
      // a lone "German" describes a speaker without naming one; "Revealed:", "Similarly," or "Good" (the
      // article also writes "good") names no one — unless the article gives a full name ending so
      if (!m.text.includes(' ') && notAName(m.text, this.common) && !expandName(this.registry, m.text, p, m.start, false)) return null;
      // a title word alone ("King") speaks only as the surname of a full name the article gives ("Charlie King")
      if (!m.text.includes(' ') && SURNAME_TITLES.has(m.text.toLowerCase()) && !expandName(this.registry, m.text, p, m.start, false)) return null;
      // "Israel said" where the article introduced Rep. Steve Israel: the person, not the country
      // ("Court added" where the article introduced Margaret Court: an institution's word alone, without an article)
      const orgWord = !m.text.includes(' ') && ORG_HEADS.has(m.text.toLowerCase()) && m.end - m.start === m.text.length;
      const person = m.org && (PLACE_SPEAKERS.has(m.text.toLowerCase()) || orgWord) ? expandName(this.registry, m.text, p, m.start, false) : null;
      if (person) {
        const e = this.entity(person, m.role, false, false, p);
        e?.aliases.add(m.text);
        return e;
      }
      if (m.org) return this.entity(m.text, m.role, true, false, p);
      // "Trump and Ryan": both people, each by the full name the article gives, speaking as a group
      // (a single word the article never gives in full is no known person: "Engineering and Medicine")
      if (m.text.includes(' and ')) {
        const both = m.text.split(' and ').map((part) => (part.includes(' ') ? part : expandName(this.registry, part, p, m.start)));
        if (both.every((part) => part !== null)) {
          const e = this.entity(both.join(' and '), null, false, true, p);
          if (e && e.name !== m.text) e.aliases.add(m.text);
          return e;
        }
        return this.fromMention({ ...m, text: m.text.split(' and ').pop() ?? m.text }, q);
      }
      const full = m.text.includes(' ') ? (particleSurname(this.registry, m.text, p, m.start) ?? m.text) : (expandName(this.registry, m.text, p, m.start, !m.hint) ?? m.text);
      // "United Nations", "Scottish Conservatives", "Rebels": an institution or a group written as a name
      const kind = full === m.text ? collectiveKind(full, this.common) : null;
      const e = this.entity(full, m.role, kind === 'org', kind === 'group', p, m.hint);
      if (e && full !== m.text) e.aliases.add(m.text);
      return e;
    }
    if (m.type === 'pronoun') {
      if (m.text === 'he' || m.text === 'she') {
        const g = m.text;
        const last = this.recent(p, (x) => !x.org && !x.plural && (x.gender === null || x.gender === g));
        const e = this.namedBefore(p, m.start, g, last) ?? last ?? this.fromRegistry(p, q.start, g);
        if (e && !e.gender) e.gender = g;
        return e;
      }
      if (m.text === 'they') return this.recent(p, (x) => x.org || x.plural, 2);
      if (m.text === 'it') return this.recent(p, (x) => x.org, 2);
      return null;
    }
    // "his remarks", "a letter from John Smith": someone named inside the phrase speaks
    const inner = possessorOf(m) ?? personAfterOrg(m) ?? personAtEnd(m, this.registry);
    if (inner) return this.fromMention(inner, q);
    // "the president for" → "the president"; "a 2010", "the past" → nobody
    const phrase = speakerPhrase(m.text);
    if (!phrase) return null;
    // "the minister", "the spokesman": the latest speaker introduced with that role
    const words = phrase.toLowerCase().split(/\s+/);
    const head = words[words.length - 1] ?? '';
    if (words[0] === 'the' && ROLE_NOUNS.has(head) && words.length <= 3) {
      const e = this.recent(p, (x) => !x.org && roleWords(x.role).includes(head), 6);
      if (e) {
        e.aliases.add(m.text);
        return e;
      }
    }
    // the head noun is the last word before a modifier ("officials at the ministry", "an adviser to both")
    const cut = words.findIndex((w, i) => i > 0 && MODIFIER_START.has(w));
    const noun = (cut > 0 ? words[cut - 1] : head) ?? head;
    // "the campaign", "police", "the ad", "the report": a body or a document speaks as an organisation
    const body = m.org || ORG_HEADS.has(noun) || OWNED_DOCUMENTS.has(noun) || DOCUMENT_HEADS.has(noun) || BODIES.test(noun);
    return this.entity(phrase, null, body, PLURAL_HEAD.test(noun) && !body, p);
  }

  /** "Ms Robison raised a point of order. She said": the one person the sentence before names by an honorific of that gender. */
  private namedBefore(paragraph: number, offset: number, g: 'he' | 'she', last: Entity | null): Entity | null {
    const surname = honorificBefore(this.registry, paragraph, offset, g, last?.name ?? null);
    const full = surname ? expandName(this.registry, surname, paragraph, offset, false) : null;
    return full ? this.entity(full, null, false, false, paragraph, g) : null;
  }

  private fromRegistry(paragraph: number, offset: number, g: 'he' | 'she'): Entity | null {
    for (let i = this.registry.length - 1; i >= 0; i--) {
      const n = this.registry[i] as NameMention;
      if (n.paragraph > paragraph || (n.paragraph === paragraph && n.offset > offset)) continue;
      if (paragraph - n.paragraph > 2) return null;
      // a person: the first name says "he" or "she", or the article also writes the surname alone — never a
      // place written like a name ("Palo Alto", "Wall Street")
      const gender = genderOf(n.name, null);
      if (gender === g || (gender === null && n.alone)) return this.entity(n.name, null, false, false, paragraph);
    }
    return null;
  }

  /** Resolves the quote's speaker (its own mention, or the quote it continues) and records it. */
  resolve(q: RawQuote): void {
    let e: Entity | null = null;
    if (q.mention) e = this.fromMention(q.mention, q);
    else if (q.sameAs) e = q.sameAs.entity === null ? null : (this.entities[q.sameAs.entity] ?? null);
    q.entity = e ? e.id : null;
    if (e) {
      e.lastParagraph = q.paragraph;
      const at = this.history.indexOf(e);
      if (at >= 0) this.history.splice(at, 1);
      this.history.push(e);
    }
  }
}
