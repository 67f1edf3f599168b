/**
 * A speaker's role from where the article introduces them, when the quotes' own mentions give none:
 * "Wells Fargo CEO John Stumpf" in the opening paragraph, "Kevin Sullivan says …" later → Kevin Sullivan,
 * Wells Fargo CEO. Every mention of the full name is read as the speaker phrases after a verb are (a
 * chain of role words before the name, an apposition after it) and the first role found is kept.
 */
import { wordSet } from '../text/words';
import type { Paragraph, Token } from './model';
import type { Entity } from './speaker-entity';
import { bare } from './speaker-mention-words';
import { SENTENCE_OPENERS } from './non-speakers';
import { phraseAfter } from './speaker-phrase-after';
import { roleOrNull } from './speaker-role-check';
import { ROLEISH, ROLE_NOUNS, TITLES } from './titles-and-roles';

/** How many words before a name a chain of role words may start ("Massachusetts Democratic Sen."). */
const MAX_CHAIN_WORDS = 8;
/** Words that end a role's head ("director of debate at …" → director; "Ann Ray & Sen." → Ray, no role word). */
const HEAD_ENDS = wordSet('of at in for with from on to over under by as and &');
/** DATA: lower-case words that may open a role written before a name ("former Sen.", "senior adviser"). */
const ROLE_OPENERS = wordSet('former senior chief deputy acting top longtime veteran fellow then incoming outgoing retired vice state federal county city district town regional national local');
/** Plural titles ("Sens. Jon Tester and David Vitter") name no one's own role. */
const PLURAL_TITLES = wordSet('sens reps senators representatives candidates nominees');
/** A role this long is a clause the apposition ran into. */
const MAX_ROLE_WORDS = 12;
/**
 * A verb's -ing form or a plural before the head: the chain ran into the sentence ("group backing
 * Gov.", "candidates Sen."); an -ing word right before a role word is part of it ("managing director").
 */
const NOT_IN_CHAIN = /^\p{Ll}+(?:ing|s)$/u;
/** A sentence this capitalised is a headline ("Trump Praises Breitbart’s Political Editor"): its words are no roles. */
const HEADLINE_SHARE = 0.7;

/** DATA: -ing words that modify a role noun ("managing director"); any other -ing word is a verb ("grabbing reporter"). */
const ING_MODIFIERS = wordSet('managing leading presiding visiting founding ranking governing reigning consulting sitting supervising');
/** DATA: kinship and company words: a role only with whose ("son of the governor"), never alone. */
const RELATIONS = wordSet('mother father wife husband son daughter brother sister friend partner member fellow');

const lowOf = (w: string): string => bare(w.toLowerCase()).replace(/\.$/, '');
const isRoleWord = (w: string): boolean => ROLE_NOUNS.has(lowOf(w)) || TITLES.has(lowOf(w)) || ROLEISH.has(lowOf(w));
/** A role's last word: a role noun, or a title written as one ("Sen.", "Gov."; never "state" or "press" alone). */
const isHeadWord = (w: string): boolean => ROLE_NOUNS.has(lowOf(w)) || ROLEISH.has(lowOf(w)) || (TITLES.has(lowOf(w)) && /^\p{Lu}/u.test(w));

/**
 * A role read away from the quotes must look like one: its head (the words before "of", "at" …) ends
 * in a role word ("Wells Fargo CEO", "director of debate at …"), and it opens with a capital, a role
 * word or a modifier of one — never a verb or a phrase the chain ran into ("grilled Wells Fargo CEO",
 * "including Senator", "under fire over his taxes").
 */
function roleShaped(role: string): boolean {
  const words = role.split(/\s+/);
  const first = words[0] ?? '';
  const cut = words.findIndex((w, k) => k > 0 && HEAD_ENDS.has(w.toLowerCase()));
  const headWords = cut < 0 ? words : words.slice(0, cut);
  const head = headWords[headWords.length - 1] ?? '';
  const before = headWords.slice(0, -1);
  // (an -ing or plural word right before a lower-case role word is part of it: "managing director", "communications director")
  const partOfRole = (next: string): boolean => /^\p{Ll}/u.test(next) && ROLE_NOUNS.has(lowOf(next));
  const strays = before.filter((w, k) => NOT_IN_CHAIN.test(w) && !isRoleWord(w) && !((ING_MODIFIERS.has(w) || w.endsWith('s')) && partOfRole(headWords[k + 1] ?? '')));
  if (words.length > MAX_ROLE_WORDS || strays.length > 0) return false;
  // (nor a word opening the sentence before the chain: "Recall Sen. …", "Meanwhile, Gov. …")
  if (HEAD_ENDS.has(first.toLowerCase()) || SENTENCE_OPENERS.has(first.toLowerCase()) || PLURAL_TITLES.has(lowOf(first)) || PLURAL_TITLES.has(lowOf(head))) return false;
  if (RELATIONS.has(lowOf(head)) && cut < 0) return false;
  // (a lower-case modifier opens it only right before a role noun: "managing director", "communications director")
  const modifier = (ING_MODIFIERS.has(first) || (/s$/.test(first) && NOT_IN_CHAIN.test(first))) && partOfRole(words[1] ?? '');
  return isHeadWord(head) && (/^\p{Lu}/u.test(first) || isRoleWord(first) || ROLE_OPENERS.has(first.toLowerCase()) || modifier);
}

/** The token range [lo, hi) of the sentence holding token `i`. */
function sentenceOf(p: Paragraph, i: number): { lo: number; hi: number } {
  const at = (p.tokens[i] as Token).start;
  const s = p.sentences.find((x) => x.start <= at && at < x.end);
  let lo = i;
  while (lo > 0 && (p.tokens[lo - 1] as Token).start >= (s?.start ?? 0)) lo--;
  let hi = i;
  while (hi < p.tokens.length && (p.tokens[hi] as Token).start < (s?.end ?? Infinity)) hi++;
  return { lo, hi };
}

/** The role the text gives the person `name` at the mention whose first word is token `i`, or null. */
function roleAt(p: Paragraph, i: number, name: string): string | null {
  const { lo, hi } = sentenceOf(p, i);
  const words = p.tokens.slice(lo, hi).filter((t) => t.type === 'word' && /^\p{L}/u.test(t.text));
  if (words.length >= 4 && words.filter((t) => t.cap).length >= HEADLINE_SHARE * words.length) return null;
  let from = i;
  while (from > lo && i - from < MAX_CHAIN_WORDS && (p.tokens[from - 1] as Token).type === 'word') from--;
  // (the longest chain first: "Clinton communications director Jennifer Palmieri")
  for (let c = from; c <= i; c++) {
    const read = phraseAfter(p.text, p.tokens, c, hi);
    if (read?.mention.type !== 'name' || read.mention.org || read.mention.text !== name) continue;
    // ("editor Dr. Sebastian Gorka", "diplomat Sir Peter Lane": a title written as part of the name is not part of
    // the role; Mr., Mrs. and Ms. never reach it, the name reading drops them)
    const role = roleOrNull((read.mention.role ?? '').replace(/\s+(?:Dr|Sir|Dame)\.?$/u, ''));
    if (role && roleShaped(role)) return role;
  }
  return null;
}

/** The role the text gives `name` at its mention starting at character `offset` of paragraph `p`, or null. */
export function roleIntroducedAt(p: Paragraph, offset: number, name: string): string | null {
  const i = p.tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? null : roleAt(p, i, name);
}

/** A role that is only a party or a leaning ("Republican", "progressive"): kept only when nothing says more. */
const onlyLeaning = (role: string): boolean => role.split(/\s+/).every((w) => ROLEISH.has(lowOf(w)) && !ROLE_NOUNS.has(lowOf(w)));
/** A role that is one title alone ("Sen.", "President"): a mention that says whose ("Florida Sen.") says more. */
const loneTitle = (role: string | null): role is string => !!role && !/\s/.test(role.trim()) && TITLES.has(lowOf(role.trim()));
/** `fuller` ends in the lone title `title` and says more: "Florida Sen." for "Sen.". */
const endsInTitle = (fuller: string, title: string): boolean => {
  const words = fuller.split(/\s+/);
  return words.length > 1 && lowOf(words[words.length - 1] ?? '') === lowOf(title);
};

/**
 * Fills in the role of each named person without one, from the article's other mentions of the name:
 * the first role found, unless it only names a party or leaning and a later mention says more
 * ("Republican Marco Rubio" … "Florida Sen. Marco Rubio"). A role that is one title alone, found
 * here or given by the quotes ("Sen."), gives way to a mention that ends in the same title and says
 * more ("Florida Sen.").
 */
export function rolesFromMentions(entities: readonly Entity[], paragraphs: readonly (Paragraph | null)[]): void {
  for (const e of entities) {
    if (e.org || e.plural || (e.role && !loneTitle(e.role))) continue;
    const words = e.name.split(' ');
    if (words.length < 2) continue;
    let found: string | null = e.role;
    const settled = (): boolean => found !== null && !onlyLeaning(found) && !loneTitle(found);
    for (const p of paragraphs) {
      for (let i = 0; p && !settled() && i + words.length <= p.tokens.length; i++) {
        if (!words.every((w, k) => p.tokens[i + k]?.text === w)) continue;
        const role = roleAt(p, i, e.name);
        if (!role) continue;
        // (a leaning found first gives way to a post, never to another leaning; a lone title only to one that ends in it)
        if (!found || (onlyLeaning(found) && !onlyLeaning(role)) || (loneTitle(found) && endsInTitle(role, found))) found = role;
      }
    }
    e.role = found;
  }
}
