/**
 * Step 6: who each quote's mention is. Full names are kept as introduced; a surname alone becomes
 * the full name the article gives ("Peskov" → "Dmitry Peskov"); "he"/"she" the most recent
 * compatible speaker; "the minister" the latest speaker with that role (or the person just introduced
 * with it, when no speaker holds it); "they"/"it" the latest group
 * or organisation. A speaker never introduced in full keeps the name as written ("Putin").
 * Names are read in speaker-by-name.ts, noun phrases in speaker-by-phrase.ts, pronouns here.
 */
import type { Mention, Paragraph, RawQuote } from './model';
import { expandName } from './names-expand';
import type { NameMention } from './names-key';
import { SpeakerBook } from './speaker-book';
import { speakerByName } from './speaker-by-name';
import { speakerByPhrase } from './speaker-by-phrase';
import { roleIntroducedAt } from './speaker-role-elsewhere';
import { genderOf, type Entity } from './speaker-entity';
import { deliveredBy, personAfterOrg, personAtEnd, possessorOf } from './speaker-in-phrase';
import { withoutAdjunct } from './speaker-phrase-check';
import { honorificBefore } from './speaker-pronoun-near';
import { surnameInPhrase } from './speaker-surname-tail';
import { withoutVerb } from './speaker-verb-cut';

/** A name as written: capitalised words only ("Trump", "Jane Smith"). */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*$/u;

/** Paragraphs back that "the minister" may reach for the person introduced with that role. */
const INTRODUCTION_REACH = 3;

export class SpeakerResolver extends SpeakerBook {
  constructor(
    private readonly registry: readonly NameMention[],
    notSpeakers: readonly string[],
    /** Words the article writes in lower case ("good", "public"). */
    private readonly common: ReadonlySet<string> = new Set(),
    /** Each paragraph by index (null for a credits line), for "he"/"she" after an honorific and introductions' roles. */
    private readonly paragraphs: readonly (Paragraph | null)[] = [],
  ) {
    super(notSpeakers);
  }

  private fromMention(mention: Mention, q: RawQuote): Entity | null {
    const p = q.paragraph;
    // "Trump at the time said", "Smith on Monday said": the time is no part of a name (a noun phrase keeps
    // it as written: "a poll released last week")
    // ("the former governor mocked Smith": a subject runs no further than its verb)
    const subject = withoutVerb(mention.text);
    const trimmed = withoutAdjunct(subject);
    const bare = mention.type === 'name' || CAPITALISED_WORDS.test(trimmed) ? trimmed : subject;
    // (a noun phrase cut at its verb stays a noun phrase: "a statement the White House released")
    const m: Mention = bare === mention.text ? mention : { ...mention, type: mention.type === 'name' || CAPITALISED_WORDS.test(trimmed) ? 'name' : mention.type, text: bare, end: mention.start + bare.length };
    if (m.type === 'name') return speakerByName(this, this.registry, this.common, m, p, (x) => this.fromMention(x, q));
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
    // "his remarks", "a letter from John Smith", "a speech Mrs. Hollis delivered", "Pryce avoids": someone named inside the phrase speaks
    const after = (this.paragraphs[p]?.text ?? '').slice(m.end, m.end + 40);
    const inner = possessorOf(m) ?? deliveredBy(m) ?? personAfterOrg(m) ?? personAtEnd(m, this.registry) ?? surnameInPhrase(m, this.registry, p, after);
    if (inner) return this.fromMention(inner, q);
    return speakerByPhrase(this, m, p, (fits) => this.introducedAs(fits, p, m.start));
  }

  /**
   * "Foreign Minister Ana Ruiz arrived … ‘We came,’ the minister said": the person the article introduced
   * last before the mention, in this paragraph or the ones just before it, with a role that `fits`.
   */
  private introducedAs(fits: (role: string, name: string) => boolean, paragraph: number, offset: number): Entity | null {
    // (only when no other person is named in between: "Recall Sen. Kemp … Voss defends … the senator says" is Voss)
    const between = new Set<string>();
    for (let i = this.registry.length - 1; i >= 0; i--) {
      const n = this.registry[i] as NameMention;
      if (n.paragraph > paragraph || (n.paragraph === paragraph && n.offset >= offset)) continue;
      if (paragraph - n.paragraph > INTRODUCTION_REACH) return null;
      const para = this.paragraphs[n.paragraph];
      const role = para && n.name.includes(' ') ? roleIntroducedAt(para, n.offset, n.name) : null;
      if (role && fits(role, n.name)) return [...between].every((last) => last === n.last) ? this.entity(n.name, role, false, false, paragraph) : null;
      // (a person: a first name that tells a gender, or a surname the article also writes alone)
      if (genderOf(n.name, null) !== null || n.alone) between.add(n.last);
    }
    return null;
  }

  /** "Ms Halvorsen raised a point of order. She said": the one person the sentence before names by an honorific of that gender. */
  private namedBefore(paragraph: number, offset: number, g: 'he' | 'she', last: Entity | null): Entity | null {
    const surname = honorificBefore(this.registry, this.paragraphs[paragraph] ?? null, offset, g, last?.name ?? null);
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
    // (who asked a question is no antecedent for the answer's "he" or "she": "Asked by Jo Park whether …, he said")
    if (e && !q.rule.startsWith('reported-question')) this.spoke(e, q.paragraph);
  }
}
