/**
 * Every full personal name the article mentions, in reading order, so that "Peskov" can be read as
 * the "Dmitry Peskov" introduced earlier (or, when the article names him in full only later, then).
 */
import { foldKey } from '../text/normalize';
import { SENTENCE_OPENERS, STOP_WORDS } from './non-speakers';
import { isParticleSurname, joinedTail, JOINED_PARTICLES, NAME_PARTICLES } from './speaker-name-particles';
import { attachTexts } from './speaker-pronoun-near';
import { isRoleShaped } from './speaker-role-words';
import { isOrgSurname, isTitleSurname } from './speaker-title-surname';
import { ORG_HEADS, PLACE_SPEAKERS, ROLEISH, ROLE_NOUNS, TITLES } from './titles-and-roles';

export interface NameMention {
  name: string;
  key: string;
  first: string;
  last: string;
  paragraph: number;
  offset: number;
  /** The article also writes the surname alone ("Keyworth said"), as it does for people, not places ("Palo Alto"). */
  alone?: boolean;
}

/** Capitalised words, with initials, particles ("von der", "de", "bin") and joined particles ("al-Assad") between them. */
const CAPS_RUN = new RegExp(
  String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:\p{Lu}\.\s+)?(?:(?:${NAME_PARTICLES.map((p) => p.word).join('|')})\s+){0,2}(?:(?:${JOINED_PARTICLES.join('|')})-)?\p{Lu}[\p{L}\p{M}'’-]*)+`,
  'gu',
);
const POSSESSIVE = /['’]s?$/;
const LOWER_WORD = /(?<![\p{L}'’-])\p{Ll}+(?![\p{L}])/gu;
/** Generational suffixes after a surname. */
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV|V)\.?,?$/;

/** "Donald J. Trump" and "Donald Trump" share a key; accents and case are folded. */
export function nameKey(name: string): string {
  return foldKey(name)
    .replace(POSSESSIVE, '')
    .split(/\s+/)
    .filter((w) => w.length > 1 && !/^\p{L}\.$/u.test(w))
    .join(' ');
}

/** Words the article writes in lower case: "Poor Mexico" opens with one, "Steve Israel" does not. */
export function commonWords(paragraphs: readonly { text: string }[]): Set<string> {
  const common = new Set<string>();
  for (const p of paragraphs) for (const w of p.text.matchAll(LOWER_WORD)) common.add(w[0]);
  return common;
}

export function collectNames(paragraphs: readonly { index: number; text: string; credit: boolean }[], common: ReadonlySet<string> = commonWords(paragraphs)): NameMention[] {
  const out: NameMention[] = [];
  const alone = aloneWords(paragraphs);
  for (const p of paragraphs) {
    if (p.credit) continue;
    for (const m of p.text.matchAll(CAPS_RUN)) {
      let words = m[0].split(/\s+/);
      // "Trump May 5": a month before its day ends no name
      if (NAME_LIKE.has(words[words.length - 1]!.toLowerCase()) && /^\s+\d/.test(p.text.slice(m.index + m[0].length))) words = words.slice(0, -1);
      // "Barack Obama's America", "National Review’s Ian Tuttle": a possessive ends one name and may start another
      let from = 0;
      let offset = m.index;
      const sentenceStart = /(?:^|[.!?:\u201C"]\s*)$/.test(p.text.slice(Math.max(0, m.index - 3), m.index));
      words.forEach((w, i) => {
        if (i === words.length - 1 || POSSESSIVE.test(w)) {
          const name = nameIn(words.slice(from, i + 1), offset, p.index, sentenceStart && from === 0, common);
          if (name) out.push(alone.has(name.last) ? { ...name, alone: true } : name);
          for (const x of words.slice(from, i + 1)) offset += x.length + 1;
          from = i + 1;
        }
      });
    }
  }
  const names = withoutParticleSurnames(out);
  attachTexts(names, paragraphs);
  return names;
}

/**
 * "Von der Leyen" opening a sentence is the surname of the "Ursula von der Leyen" the article names: it
 * counts as that full name, never as a person of its own.
 */
function withoutParticleSurnames(names: NameMention[]): NameMention[] {
  const surnames = names.filter((n) => isParticleSurname(n.name));
  if (!surnames.length) return names;
  return names.map((n) => {
    if (!isParticleSurname(n.name)) return n;
    const full = names.find((f) => f.key !== n.key && f.key.endsWith(` ${n.key}`) && !isParticleSurname(f.name));
    return full ? { ...full, paragraph: n.paragraph, offset: n.offset, alone: n.alone } : n;
  });
}

/** Capitalised words written with no capitalised word beside them ("Keyworth said"), folded. */
function aloneWords(paragraphs: readonly { text: string }[]): Set<string> {
  const out = new Set<string>();
  const cap = (w: string | undefined): boolean => !!w && /^\p{Lu}/u.test(w);
  for (const p of paragraphs) {
    const words = p.text.split(/\s+/);
    words.forEach((w, i) => {
      const prev = words[i - 1];
      if (cap(w) && (!cap(prev) || /[.!?:;,]$/.test(prev ?? '')) && (/[.!?:;,]$/.test(w) || !cap(words[i + 1]))) out.add(foldKey(w.replace(/[^\p{L}'’-]+$/u, '')).replace(POSSESSIVE, ''));
    });
  }
  return out;
}

/** Function words that are also first names ("Will Doyle", "Mark Singer"), kept inside a sentence. */
const NAME_LIKE = new Set('will may june april august mark bill hope grace faith joy rose'.split(' '));
/** Words before a place that make it a region, not a surname ("North Korea", "Latin America"). */
const REGION = new Set('north south east west central latin new great northern southern eastern western united greater upper lower middle'.split(' '));
/** Nouns closing the title of a show or a law named after a person ("The Rachel Maddow Show"). */
const TITLE_TAILS = new Set('show hour program programme act rule doctrine report'.split(' '));

/** The personal name at the end of a run of capitalised words, or null. */
function nameIn(run: string[], start: number, paragraph: number, sentenceStart: boolean, common: ReadonlySet<string>): NameMention | null {
  let words = run;
  let offset = start;
  // "The Rachel Maddow Show": the name before the title's noun
  if (words.length > 2 && TITLE_TAILS.has(words[words.length - 1]!.toLowerCase())) words = words.slice(0, -1);
  // the name is what follows the last title or function word ("Russian Foreign Minister Sergei Lavrov")
  let cut = 0;
  words.forEach((w, i) => {
    const low = w.toLowerCase().replace(/\.$/, '').replace(POSSESSIVE, '');
    // (a middle initial is no function word: "Robert A. Pruzan")
    if (/^\p{Lu}\.$/u.test(w) && i > 0) return;
    // "said Will Doyle": a first name that is also a word, inside a sentence
    if (i === 0 && !sentenceStart && NAME_LIKE.has(low) && words.length === 2) return;
    // "Theresa May", "George Will": the same word as a surname
    if (i === words.length - 1 && i > 0 && NAME_LIKE.has(low)) return;
    // ("Charlie King", "Mr. King": a title word after a first name or an honorific is a surname)
    if (isTitleSurname(words, i)) return;
    if (STOP_WORDS.has(low) || TITLES.has(low) || ROLEISH.has(low) || SENTENCE_OPENERS.has(low)) cut = i + 1;
    // an organisation or a description before the name ("RNC Chief of Staff Katie Walsh", "Co-anchor Norah
    // O’Donnell"), never the surname itself
    else if (i < words.length - 1 && (ORG_HEADS.has(low) || isRoleShaped(w))) cut = i + 1;
    // "Investigative Correspondent Cynthia McFadden", "FBI General Counsel James A. Baker": a role noun before a full name
    else if (i < words.length - 2 && ROLE_NOUNS.has(low)) cut = i + 1;
  });
  // a generational suffix is not the surname ("Charles Elliott III", "Luther Stan Pate IV", "Jr.")
  while (words.length > 2 && NAME_SUFFIX.test(words[words.length - 1]!)) words = words.slice(0, -1);
  // "Counsel W. Neil Eggleston": a word before a first initial and two names is a role
  if (words.length - cut === 4 && /^\p{Lu}\.$/u.test(words[cut + 1] ?? '')) cut++;
  // a long capitalised run is a role before a name ("Washington Political Editor Matthew Boyle")
  if (words.length - cut > 4) cut = words.length - 2;
  for (const w of words.slice(0, cut)) offset += w.length + 1;
  words = words.slice(cut);
  if (words.length < 2 || words.length > 4) return null;
  const lastWord = words[words.length - 1]!.replace(POSSESSIVE, '');
  const lows = words.map((w) => w.toLowerCase().replace(POSSESSIVE, ''));
  // a place as a surname ("Rep. Steve Israel"), never a region ("North Korea") or a place first ("Moscow Mayor")
  const placeSurname = (w: string, i: number): boolean =>
    i === lows.length - 1 && i > 0 && !REGION.has(lows[0]!) && !common.has(lows[0]!) && !lows.slice(0, -1).some((x) => PLACE_SPEAKERS.has(x));
  // ("Margaret Court": an institution's word after a known first name is a surname)
  const orgSurname = isOrgSurname(words, (low) => ORG_HEADS.has(low));
  if (lows.some((w, i) => (STOP_WORDS.has(w) && !(NAME_LIKE.has(w) && ((i === 0 && !sentenceStart) || (i > 0 && i === lows.length - 1)))) || (ORG_HEADS.has(w) && !orgSurname) || (PLACE_SPEAKERS.has(w) && !placeSurname(w, i)))) return null;
  if (words.some((w) => /^\p{Lu}{2,}$/u.test(w))) return null;
  const name = [...words.slice(0, -1), lastWord].join(' ');
  return { name, key: nameKey(name), first: foldKey(words[0]!), last: foldKey(lastWord), paragraph, offset };
}

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
export function expandName(registry: readonly NameMention[], word: string, paragraph: number, offset: number, firstNames = true): string | null {
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
  if (firstNames && byFirst.length && new Set(byFirst.map((n) => n.key)).size === 1) return pick(byFirst);
  return null;
}
