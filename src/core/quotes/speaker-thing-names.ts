/**
 * A name the article itself describes as a thing is an organisation, not a person, whatever the name
 * looks like. The article says so with phrase shapes that never fit a person (THING_CUES): "Brightway,
 * which runs buses, said …", "Parcelo and its riders", "Velora CEO Dana Kell", "shares of Corvane",
 * "Corvane’s shareholders", "Tessly bought Quillon", "in Port Alder". A person is described with "who"
 * and "his" or "her", has no chief executive or shareholders, is never bought and is no place one can be
 * in. Names the article ties to "he" or "she" are never changed.
 */
import type { Paragraph } from './model';
import { nameKey } from './names-key';
import type { Entity } from './speaker-entity';

interface ThingCue {
  id: string;
  /** Where the cue is in a paragraph's text (global). */
  pattern: RegExp;
  /** Which side of the cue the name is on. */
  side: 'before' | 'after';
  /** The name must open its sentence ("The prize went to Jordan Hale, which surprised the jury" is a person). */
  opening?: boolean;
  reason: string;
}

/** DATA: phrase shapes that say the name next to them is a company, a site, a body or a product. */
const THING_CUES: readonly ThingCue[] = [
  { id: 'which', pattern: /,\s+which\s/g, side: 'before', opening: true, reason: 'a sentence-opening name described with ", which"' },
  { id: 'and-its', pattern: /\s+and\s+its\s/g, side: 'before', reason: 'a name and "its" staff, riders, suppliers' },
  { id: 'head-of-business', pattern: /\s+(?:CEO|CFO|COO|co-founder|founder|chief\s+executive|shareholders|executives|customers|subscribers)\s/g, side: 'before', reason: 'a name with a chief executive, founders, shareholders or customers ("Velora CEO Dana Kell")' },
  { id: 'possessive-business', pattern: /['’]s\s+(?:shares|stock|headquarters|stores|products|platform|app|users|customers|subscribers|shareholders|software)\b/g, side: 'before', reason: 'a name owning shares, stores, products or users ("Corvane’s shares fell")' },
  { id: 'place', pattern: /\b(?:in|across|near)\s+/g, side: 'after', reason: 'a place: what speaks for it is its government ("in Port Alder")' },
  { id: 'bought', pattern: /\b(?:bought|buys|buying|acquired|acquires|acquiring|(?:acquisition|purchase|takeover|shares|stock)\s+of|stake\s+in|merger\s+with)\s+/gi, side: 'after', reason: 'a name that is bought, merged or owned in shares' },
];

/** A capitalised word of a name; one ending in a period other than an initial ends a sentence before it. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}\p{N}&'’-]*$/u;
const INITIAL = /^\p{Lu}\.$/u;
/** A word closing a sentence: "Ohio." */
const SENTENCE_END = /[.!?]["”’']?$/;
/** At most this many words make the name beside a cue. */
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
      return { name: name.join(' '), opens: w === '' || SENTENCE_END.test(w) };
    }
    name.unshift(w);
  }
  return name.length ? { name: name.join(' '), opens: words.length <= name.length } : null;
}

/** The capitalised words from `start` in `text` (at most MAX_WORDS), never one owning the next word ("Trump's book"). */
function nameAfter(text: string, start: number): string | null {
  // (most cues, "in" above all, are followed by no name: nothing is sliced for them)
  if (!/\p{Lu}/u.test(text.charAt(start))) return null;
  const name: string[] = [];
  for (const raw of text.slice(start, start + 120).split(' ')) {
    const w = raw.replace(/[,;:.!?)]+$/, '');
    if (!NAME_WORD.test(w) || name.length === MAX_WORDS) break;
    if (/['’]s?$/.test(w)) return null;
    name.push(w);
    if (w !== raw) break;
  }
  return name.length ? name.join(' ') : null;
}

/** The name keys the article calls things (THING_CUES). */
export function thingNames(paragraphs: readonly Paragraph[]): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const p of paragraphs) {
    for (const cue of THING_CUES) {
      for (const m of p.text.matchAll(cue.pattern)) {
        if (cue.side === 'after') {
          const name = nameAfter(p.text, m.index + m[0].length);
          if (name) keys.add(nameKey(name));
          continue;
        }
        const found = nameBefore(p.text, m.index);
        if (found && (found.opens || !cue.opening)) keys.add(nameKey(found.name));
      }
    }
  }
  return keys;
}

/** Marks as organisations the person-kind entities whose name the article describes as a thing. */
export function markThings(entities: readonly Entity[], things: ReadonlySet<string>): void {
  for (const e of entities) if (!e.org && !e.plural && e.gender === null && things.has(nameKey(e.name))) e.org = true;
}
