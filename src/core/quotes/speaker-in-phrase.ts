/**
 * Someone named inside a speaker phrase is the speaker:
 * - "his remarks", "her statement", "Carson’s updated comments", "his 30-minute speech": words someone
 *   spoke or put out, named by their owner, speak for that owner — the pronoun or the name before them;
 * - "a court filing signed by state attorney Lena Delacroix", "a letter from John Smith": a phrase
 *   ending in a person's full name after a role noun (or after "from"/"by" when a first name says it is
 *   a person) is that person — never "a spokesman for … Hillary Clinton" (the head speaks).
 */
import type { Mention } from './model';
import type { NameMention } from './names-key';
import { STOP_WORDS } from './non-speakers';
import { HE_FIRST_NAMES, SHE_FIRST_NAMES } from './people-hints';
import { OWNED_DOCUMENTS } from './speaker-document-owner';
import { ORG_HEADS, PEOPLE_NOUNS, ROLE_NOUNS, TITLES } from './titles-and-roles';

/** Spoken words besides the documents someone puts out (compared in lower case). */
const SPOKEN = /^(?:remarks?|comments?|words|speech(?:es)?|statements?|testimony|interviews?|tweets?|posts?)$/;

/** A possessive pronoun or name, up to two describing words, and a spoken thing. */
const OWNED = /^(his|her|their|(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})['’]s?)\s+(?:[\p{Ll}\d-]+\s+){0,2}(\p{Ll}+)$/u;
const PRONOUN_OF: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they' };

/** The owner of a nominal mention naming what someone said, as a pronoun or name mention; else null. */
export function possessorOf(m: Mention): Mention | null {
  const hit = OWNED.exec(m.text);
  const thing = hit?.[3] ?? '';
  if (!hit || !(SPOKEN.test(thing) || OWNED_DOCUMENTS.has(thing))) return null;
  const pronoun = PRONOUN_OF[(hit[1] as string).toLowerCase()];
  if (pronoun) return { ...m, type: 'pronoun', text: pronoun, role: null, org: false };
  const name = hit[2] as string;
  return { ...m, type: 'name', text: name, end: m.start + name.length, role: null, org: false };
}

/**
 * A spoken thing or document, then who delivered it and the verb: "a speech Mrs. Hollis delivered at a
 * college", "an interview he gave to a radio station", "the letter Smith sent on Monday".
 */
const DELIVERED = /^(?:a|an|the|this|that)\s+(?:[\p{Ll}\d-]+\s+){0,2}?(\p{Ll}+)\s+(?:(?:his|her|their)\s+\p{Ll}+\s+)?(?:(Mrs?|Ms|Dr)\.?\s+|(the)\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}|he|she|they)(?:\s+(?:had\s+)?(?:delivered|gave|wrote|made|sent|issued|released|posted|published|tweeted|filed|signed|recorded)\b|$)/u;

/** The one who delivered the speech or document a nominal mention names, as a name or pronoun mention; else null. */
export function deliveredBy(m: Mention): Mention | null {
  const hit = DELIVERED.exec(m.text);
  const thing = hit?.[1] ?? '';
  if (!hit || !(SPOKEN.test(thing) || OWNED_DOCUMENTS.has(thing))) return null;
  const who = hit[4] as string;
  if (/^(?:he|she|they)$/.test(who)) return { ...m, type: 'pronoun', text: who, role: null, org: false };
  // ("a statement Friday": a day or a month is when, not who)
  if (STOP_WORDS.has(who.toLowerCase())) return null;
  const start = m.start + hit[0].lastIndexOf(who);
  // ("a statement the White House released": a body)
  const mention: Mention = { ...m, type: 'name', text: who, start, end: start + who.length, role: null, org: hit[3] === 'the' };
  // ("Mrs. Hollis": the honorific says who among the Hollises)
  if (hit[2]) mention.hint = hit[2] === 'Mr' ? 'he' : hit[2] === 'Dr' ? undefined : 'she';
  return mention;
}

/** Prepositions that make the phrase's head, not the name after them, the speaker. */
const HEAD_SPEAKS = /\s(?:for|of|to|with)\s/;
/** A role is plain words: no article, preposition or possessive pronoun. */
const NOT_A_ROLE = /\b(?:a|an|the|by|from|of|his|her|their|its|to|with|in)\b/i;

/** An affiliation closing a source phrase after a person's name: "of the Massachusetts Institute of Technology", "at Pepperstone". */
const AFFILIATION = /\s(?:of|at)\s(?:the\s)?\p{Lu}[\p{L}.'’&-]*(?:\s(?:of|for|and|\p{Lu}[\p{L}.'’&-]*))*$/u;
/** A person's first name: the people hints know it as a man's or a woman's. */
const knownFirst = (n: NameMention): boolean => HE_FIRST_NAMES.has(n.first) || SHE_FIRST_NAMES.has(n.first);

/**
 * A known person's full name ending a nominal mention, as a name mention (with the words before as
 * role); else null. An affiliation after the name stays out of it ("estimates by Laura Benning of the
 * Urban Housing Institute", "Mark Oduya of River Watch").
 */
export function personAtEnd(m: Mention, registry: readonly NameMention[]): Mention | null {
  // (a speaker phrase is short; a longer one holds no affiliation worth reading)
  const affiliation = m.text.length <= 160 ? AFFILIATION.exec(m.text) : null;
  const text = affiliation ? m.text.slice(0, affiliation.index) : m.text;
  // "Mark Oduya of River Watch": the whole phrase before the affiliation is a person's name
  const whole = affiliation ? registry.find((n) => n.name === text && knownFirst(n)) : undefined;
  if (whole) return { ...m, type: 'name', text: whole.name, end: m.start + whole.name.length, role: null, org: false };
  const person = registry.find((n) => {
    if (!text.endsWith(` ${n.name}`)) return false;
    const before = text.slice(0, -n.name.length).trim();
    const prev = before.split(/\s+/).pop() ?? '';
    if (HEAD_SPEAKS.test(` ${before} `)) return false;
    return ROLE_NOUNS.has(prev) || PEOPLE_NOUNS.has(prev) || ((prev === 'from' || prev === 'by') && knownFirst(n));
  })?.name;
  if (!person) return null;
  const before = text.slice(0, -person.length).trim();
  const role = /^\p{L}[\p{L}\s'’-]*$/u.test(before) && !NOT_A_ROLE.test(before) ? before : null;
  return { ...m, type: 'name', text: person, role, org: false };
}

/** An acronym closing an organisation's name ("NATO", "FBI"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** A word of a person's name: capitalised, or a middle initial. */
const NAME_WORD = /^(?:\p{Lu}\p{Ll}[\p{L}'’-]*|\p{Lu}\.)$/u;
const closesOrg = (w: string): boolean => ACRONYM.test(w) || ORG_HEADS.has(w.toLowerCase());

/** "Spokesman for NATO Lasse Vinter" → Lasse Vinter with the role "Spokesman for NATO"; else null. */
export function personAfterOrg(m: Mention): Mention | null {
  const words = m.text.split(/\s+/);
  const at = words[0] && /^(?:the|a|an)$/i.test(words[0]) ? 1 : 0;
  const head = (words[at] ?? '').toLowerCase();
  // (the head is one person's role, before "for", "of" or "at")
  if (!(ROLE_NOUNS.has(head) || TITLES.has(head)) || !/^(?:for|of|at)$/.test(words[at + 1] ?? '')) return null;
  // the organisation ends in an acronym or an institution's word, and two or three name words follow it
  for (const size of [2, 3]) {
    const k = words.length - size - 1;
    const name = words.slice(k + 1);
    if (k <= at + 1 || !closesOrg(words[k] as string) || !name.every((w) => NAME_WORD.test(w) && !closesOrg(w) && !TITLES.has(w.toLowerCase()))) continue;
    const text = name.join(' ');
    return { ...m, type: 'name', text, start: m.end - text.length, role: words.slice(at, k + 1).join(' '), org: false };
  }
  return null;
}
