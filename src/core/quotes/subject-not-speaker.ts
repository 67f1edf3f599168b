/**
 * Phrases right before a speech verb that read like its subject but are not: the object of a preposition
 * ("waving over his shoulder said", "prosecutors in Denver and Lyon say" → the group, with its place), a
 * thing being named ("a tool called Deflate"), "said" as an adjective ("to illustrate said point"), and the object
 * of a relative clause ("everyone who knows the harbor says", "those who knew him said" → the whole phrase), and
 * a relative clause's verb or object after its head ("the agency that runs the port said" → the whole phrase).
 */
import { phraseBefore } from './mentions';
import { firstFrom } from '../text/search';
import type { Mention, Token } from './model';
import { PRONOUNS } from './non-speakers';
import { bare, CLAUSE_HEADS, DETERMINERS, inLists } from './speaker-mention-words';
import { wordSet } from '../text/words';

/** DATA: prepositions whose object a noun phrase is when it follows them ("over his shoulder said", "in Denver and
 * Los Angeles say"); never "of", "for", "by", "from" (a speaker's own modifier: "a spokesman for Smith said"), nor
 * "on" (a day or a topic: "on Monday", "worked on a recall"). */
const OBJECT_PREPS = wordSet('in at into onto over under upon across through throughout behind beneath beside near inside outside toward towards around within without');

/** "and waving over his shoulder said", "prosecutors in Denver and Los Angeles say": a phrase right after
 * a preposition (or joined by "and" to one that is) is that preposition's object, never the verb's subject. */
export function prepositionObject(tokens: readonly Token[], np: Mention, lo: number): number {
  let k = firstFrom(tokens, np.start) - 1;
  // (a bare name, or a phrase opened by a determiner: "Six in 10 said" is a share of people, "at the convention
  // Sen. Jo Park said" a name with the words before it)
  if (np.type === 'name' ? np.role !== null || DETERMINERS.has(tokens[k + 1]?.low ?? '') : !DETERMINERS.has(tokens[k + 1]?.low ?? '')) return -1;
  if (tokens[k]?.low === 'and' && np.type === 'name') {
    k--;
    while (k >= lo && tokens[k]?.type === 'word' && (tokens[k] as Token).cap) k--;
  }
  // (a lower-case preposition: "… Believe In John Kasich said" runs a title-case headline into the sentence)
  return k >= lo && np.type !== 'pronoun' && OBJECT_PREPS.has(tokens[k]?.low ?? '') && !tokens[k]?.cap ? k : -1;
}

/** Participles that name what goes before them ("a technology called Deflate", "an app named Ledger"). */
const NAMING = wordSet('called named dubbed labeled labelled titled nicknamed');
/** "a tool called Deflate", "an old planet called Tallon": a thing with an indefinite article before a naming
 * participle is what is named ("a group called X", "a spokesman called it …" have listed heads and speak). */
export const namedThing = (tokens: readonly Token[], vi: number, np: Mention): boolean =>
  np.type === 'nominal' && NAMING.has(tokens[vi]?.low ?? '') && /^an?\s/i.test(np.text) && !np.text.split(/\s+/).some((w) => inLists(bare(w.toLowerCase())));

/** "a metaphor to illustrate said point": after "to" and a bare verb, "said" is the adjective (the point already
 * named), never a speech verb ("a source close to him said", "an adviser to Trump said" speak). */
export const saidAdjective = (tokens: readonly Token[], vi: number): boolean =>
  tokens[vi]?.low === 'said' && tokens[vi - 2]?.low === 'to' && tokens[vi - 1]?.type === 'word' && !(tokens[vi - 1] as Token).cap && !PRONOUNS.has((tokens[vi - 1] as Token).low) && !/^(?:him|them|me|us|her|both|all)$/.test((tokens[vi - 1] as Token).low) && !inLists((tokens[vi - 1] as Token).low);

/** The group before the preposition at `k` with its place as written ("prosecutors in Denver and Lyon"), or null. */
export function groupAtPlace(text: string, tokens: readonly Token[], k: number, np: Mention, lo: number): Mention | null {
  const head = tokens[k - 1];
  // (a group of people or a body: "prosecutors in …", never "his thumb over …")
  if (k - 1 < lo || !head || head.type !== 'word' || !inLists(head.low)) return null;
  const group = phraseBefore(text, tokens, k - 1, lo);
  // (when no noun phrase is read before it, the listed noun alone opens the group)
  const start = group && group.type === 'nominal' ? group.start : head.start;
  return { start, end: np.end, type: 'nominal', text: text.slice(start, np.end), role: null, org: false };
}

/**
 * "Everyone who knows the harbor says", "Anyone who has ever sold a house will tell you": when the phrase read as
 * the subject is the object of a relative clause, the clause with its head is the subject. Undefined when the
 * phrase follows no such clause.
 */
export function relativeClauseObject(text: string, tokens: readonly Token[], np: Mention, lo: number): Mention | undefined {
  const first = firstFrom(tokens, np.start);
  // (past the clause's verb group: "who has ever sold", "who knows")
  const r = relativePronounBefore(tokens, first, lo);
  const head = tokens[r - 1];
  if (r < 0 || r === first - 1 || tokens[r]?.low !== 'who' || head?.type !== 'word' || !CLAUSE_HEADS.has(head.low)) return undefined;
  return { start: head.start, end: np.end, type: 'nominal', text: text.slice(head.start, np.end), role: null, org: false };
}

/** Lower-case words a relative clause may hold between its pronoun and the phrase read as the subject. */
const MAX_CLAUSE_WORDS = 8;

/**
 * The relative pronoun ("who", "that", "which") a clause of lower-case words before token `first` opens with,
 * with a word before it (the clause's head): its index, or -1.
 */
function relativePronounBefore(tokens: readonly Token[], first: number, lo: number): number {
  for (let r = first - 1; r > lo && first - r <= MAX_CLAUSE_WORDS + 1; r--) {
    const t = tokens[r] as Token;
    if (t.type !== 'word' || t.cap) return -1;
    if (/^(?:who|that|which)$/.test(t.low)) return r;
  }
  return -1;
}

/**
 * DATA: words opening a clause with its own subject after "that": subordinators ("that although Clinton …") and
 * quantifiers ("the claim that none of the bidders …").
 */
const OWN_SUBJECT_OPENERS = wordSet('although though if when while because since unless until whether as after before once even none all some most many much each both any few several half neither either');
/**
 * "The agency that runs the port said", "a group that organizes the parade said": the phrase read before the
 * verb is a relative clause's object, and the clause's head, a noun phrase opened by a determiner,
 * is the subject: the head with its clause. (Never a "that" opening a clause with its own subject: "critics
 * argue that the port said".) Undefined when the phrase follows no such clause.
 */
export function relativeClauseHead(text: string, tokens: readonly Token[], np: Mention, lo: number): Mention | undefined {
  if (np.type !== 'nominal') return undefined;
  const first = firstFrom(tokens, np.start);
  const r = relativePronounBefore(tokens, first, lo);
  // (the clause's verb stands between "that" and the phrase: "that runs the port"; a phrase right after "that" is a
  // clause's own subject, "a strike that executives said", and a subordinator or a quantifier opens one, "that
  // although Clinton", "that none of the bidders")
  const verb = tokens[r + 1];
  if (r < 0 || first < r + 2 || !verb || DETERMINERS.has(verb.low) || PRONOUNS.has(verb.low) || OWN_SUBJECT_OPENERS.has(verb.low) || /^\d/.test(verb.low)) return undefined;
  const head = phraseBefore(text, tokens, r - 1, lo);
  if (!head || head.type !== 'nominal' || !DETERMINERS.has(tokens[firstFrom(tokens, head.start)]?.low ?? '')) return undefined;
  return { start: head.start, end: np.end, type: 'nominal', text: text.slice(head.start, np.end), role: null, org: head.org };
}
