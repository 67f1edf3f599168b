/**
 * Leads before a colon that have no person's shape: a title with its subtitle ("Harbor Lights: The Final
 * Voyage is out"), a topic ("Web APIs:", "Battery Life:", "Follow-up:"), a list's labels sharing one head
 * noun ("Server APIs:" … "Client APIs:") or an imperative opening the line ("Take this one:", "Meet Lena
 * Ortiz:"). Such a lead names no speaker, however often the article writes its words elsewhere.
 */
import { foldKey } from '../text/normalize';
import { wordSet } from '../text/words';
import { HE_FIRST_NAMES, SHE_FIRST_NAMES } from './people-hints';
import { TITLES } from './titles-and-roles';

/** DATA: verbs that open an imperative pointing at what follows the colon ("Consider the following:"). */
export const IMPERATIVES = wordSet(`take consider meet imagine remember picture recall see look note notice compare
  behold enter try think check listen watch read hear ask`);

/** What the article tells about a lead: its paragraphs' texts, its lower-case words, the leads of its other lines. */
export interface LeadArticle {
  texts: readonly string[];
  lower: ReadonlySet<string>;
  /** Paragraph → the lead opening it. */
  leads: ReadonlyMap<number, string>;
}

export interface LeadSeen {
  words: readonly string[];
  paragraph: number;
  /** The line's text after the colon. */
  rest: string;
  article: LeadArticle;
}

const ACRONYM = /^\p{Lu}{2,}$/u;
/** A generation or a degree closing a person's name ("Jr", "III", "MD"). */
const NAME_SUFFIX = /^(?:JR|SR|II|III|IV|MD|PHD)$/;
const low = (w: string): string => foldKey(w).replace(/[.'’]+$/, '');
/** A first name or a title: the word opens a person's name. */
const personOpener = (w: string): boolean => HE_FIRST_NAMES.has(low(w)) || SHE_FIRST_NAMES.has(low(w)) || TITLES.has(low(w));
/** The two capitalised words opening the text after the colon (a subtitle's first words). */
const subtitle = (rest: string): string | null => /^(\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*)/u.exec(rest)?.[1] ?? null;

/** A line of title-case words without a closing stop: a section's title ("Predictable Replies from Users"). */
function titleLine(rest: string): boolean {
  const words = rest.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * words.length && !/[.!?…"”’)]\s*$/u.test(rest);
}

/** The article writes the word after a first name or a title ("Nadia Vance", "Sen. Vance"), as a surname is. */
function writtenAsSurname(word: string, article: LeadArticle): boolean {
  const after = new RegExp(`(\\p{Lu}[\\p{L}'’.-]*)\\s+${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
  return article.texts.some((t) => [...t.matchAll(after)].some((m) => !article.lower.has((m[1] ?? '').toLowerCase().replace(/\.$/, ''))));
}

/** DATA: shapes of a lead that names no one. */
export const NO_PERSON_SHAPES: readonly { id: string; test: (lead: LeadSeen) => boolean; reason: string }[] = [
  // "Web APIs:", "Cloud URLs:": an acronym's plural is a thing's name
  { id: 'acronym-plural', test: ({ words }) => words.some((w) => /^\p{Lu}{2,}s$/u.test(w)), reason: 'a plural of an acronym' },
  // "Bigtable SRE:", "Router API:": a name ends in a surname, never in an acronym after a written word
  {
    id: 'acronym-last',
    test: ({ words }) => words.length > 1 && ACRONYM.test(words.at(-1) ?? '') && !NAME_SUFFIX.test(words.at(-1) ?? '') && words.some((w) => /\p{Ll}/u.test(w)),
    reason: 'a topic closed by an acronym',
  },
  // "Follow-up:", "Phase-divergence:": a compound with a lower-case part is a common noun, never a surname
  { id: 'hyphen-lower', test: ({ words }) => words.some((w) => /^\p{Lu}\p{Ll}*-\p{Ll}/u.test(w)), reason: 'a compound common noun' },
  // "Battery Life:": every word is one the article writes in lower case, and none opens a person's name
  {
    id: 'common-words',
    test: ({ words, article }) => words.length > 1 && words.every((w) => article.lower.has(w.toLowerCase())) && !words.some(personOpener),
    reason: 'a topic in common words',
  },
  // "Server APIs:" … "Client APIs:": two lines' leads share their last word but not their first (a list's labels)
  {
    id: 'shared-head',
    test: ({ words, paragraph, article }) =>
      words.length > 1 &&
      !personOpener(words[0] ?? '') &&
      [...article.leads].some(([at, other]) => {
        const o = other.split(/\s+/);
        return at !== paragraph && o.length > 1 && low(o.at(-1) ?? '') === low(words.at(-1) ?? '') && low(o[0] ?? '') !== low(words[0] ?? '') && !personOpener(o[0] ?? '');
      }),
    reason: 'labels of a list',
  },
  // "Harbor Lights: The Final Voyage": the lead and its subtitle are written together again elsewhere (a title)
  {
    id: 'title-subtitle',
    test: ({ words, paragraph, rest, article }) => {
      const sub = subtitle(rest);
      if (!sub) return false;
      const title = `${words.join(' ')}: ${sub}`;
      // (inside another line, never opening it as a speaker's line does)
      return article.texts.some((t, at) => at !== paragraph && t.indexOf(title) > 0);
    },
    reason: 'a title and its subtitle',
  },
  // "Ledgerly: Predictable Replies from Users": one word never written after a first name or a title, heading a
  // title-case line inside the article (a section's title, not a source's headline)
  {
    id: 'section-title',
    test: ({ words, paragraph, rest, article }) => paragraph > 0 && words.length === 1 && titleLine(rest) && !writtenAsSurname(words[0] ?? '', article),
    reason: 'a section title',
  },
  // "Take Harbor Street:", "Meet Lena Ortiz:", "Consider:": an imperative opens the line
  { id: 'imperative', test: ({ words }) => IMPERATIVES.has((words[0] ?? '').toLowerCase()), reason: 'an imperative' },
];

/** The shape that says a lead names no one, or null. */
export function noPersonShape(lead: LeadSeen): string | null {
  return NO_PERSON_SHAPES.find((s) => s.test(lead))?.id ?? null;
}
