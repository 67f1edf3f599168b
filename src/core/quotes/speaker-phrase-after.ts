/**
 * The speaker written after a speech verb ("said Alexei Zaitsev, a ministry spokesman", "told
 * reporters", "according to attorneys for Clinton"): a pronoun, a name with its apposition as role, or
 * a noun phrase with its modifier.
 */
import type { Mention, Token } from './model';
import { PRONOUNS } from './non-speakers';
import { classify } from './speaker-classify';
import { isEpithetName } from './speaker-epithet-name';
import { bare, DETERMINERS, inLists, isLowerWord, isNameTimeWord, isNameWord, NAME_LIKE, NOT_ROLE, NP_PREPS, OF_HEADS, orgNameTail, slice, stripArticle } from './speaker-mention-words';
import { relativeRole } from './speaker-relative-role';
import { VERB_BY_FORM } from './speech-verbs';
import { ORG_HEADS, PEOPLE_NOUNS, ROLEISH, ROLE_NOUNS, TITLES } from './titles-and-roles';
import { wordSet } from '../text/words';

/** An adverb opening an apposition makes it no role ("Okafor, especially in the final weeks, …"). */
const LY_OPENER = /^\p{Ll}{3,}ly$/u;
/** A person's age written after the name ("Tom Brock, 45, a fisherman"). */
export const AGE = /^\d{1,3}$/;
/** Finite verbs: an apposition holding one is a clause, not a role. */
const FINITE = wordSet('is was were are will would has have had could should can did does do may might must');

/** The noun phrase starting at token `i` (walking right, before `hi`), with an apposition role. */
export function phraseAfter(text: string, tokens: readonly Token[], i: number, hi: number): { mention: Mention; next: number } | null {
  let j = i;
  let det: Token | null = null;
  const t0 = tokens[j];
  if (!t0 || j >= hi) return null;
  if (t0.type === 'word' && PRONOUNS.has(t0.low) && t0.low !== 'it' && t0.low !== 'i') {
    return { mention: { start: t0.start, end: t0.end, type: 'pronoun', text: t0.low, role: null, org: false }, next: j + 1 };
  }
  if (t0.type === 'word' && DETERMINERS.has(t0.low)) {
    det = t0;
    j++;
  }
  const words: Token[] = [];
  while (j < hi && words.length < 9) {
    const t = tokens[j] as Token;
    const ofTitle = t.low === 'of' && words.length > 0 && OF_HEADS(bare((words[words.length - 1] as Token).low)) && tokens[j + 1]?.cap === true;
    const named = words.some((w) => w.cap && !TITLES.has(bare(w.low)) && !ROLEISH.has(bare(w.low)));
    // after a name, a past tense or participle is the verb ("Mr. McConnell deflected questions")
    // (an unlisted word in -s after a name is a verb too: "Jane Smith rails against …")
    const verbAfterName = named && (/\p{Ll}(?:ed|ing)$/u.test(t.low) || (/s$/.test(t.low) && !PEOPLE_NOUNS.has(t.low) && !ROLE_NOUNS.has(t.low) && !ORG_HEADS.has(t.low)));
    // ("Thida Lwin May, 60, said": a word that is also a first name ends a name after a capitalised word)
    // (never a month before its day: "said Trump May 5")
    const surname = NAME_LIKE.has(t.low) && t.cap && !t.text.endsWith('.') && text[t.end] !== '.' && words.length > 0 && isNameWord(words[words.length - 1] as Token) && !/^\d/.test(tokens[j + 1]?.low ?? '');
    const timeName = isNameTimeWord(t, words[words.length - 1]);
    if (!(isNameWord(t, tokens[j + 1]) || surname || timeName || (isLowerWord(t) && !verbAfterName) || ofTitle)) break;
    words.push(t);
    j++;
  }
  while (words.length && !(words[words.length - 1] as Token).cap && !inLists((words[words.length - 1] as Token).low)) {
    words.pop();
    j--;
  }
  // "said Catherine the Great": a name, "the" and an epithet are one name
  if (!det && words.length === 1 && j + 1 < hi && isEpithetName(tokens, j - 1)) {
    const epithet = tokens[j + 1] as Token;
    const first = words[0] as Token;
    return { mention: { start: first.start, end: epithet.end, type: 'name', text: slice(text, first, epithet), role: null, org: false }, next: j + 2 };
  }
  const classified = classify(text, words, det);
  // "said former Ohio Gov. and league Chairman Ed Harlow": a role ending in
  // a title, "and", then the person with a second role
  const lastWord = words[words.length - 1];
  if (!classified && lastWord?.cap && TITLES.has(bare(lastWord.low)) && tokens[j]?.low === 'and') {
    const person = phraseAfter(text, tokens, j + 1, hi);
    if (person && person.mention.type === 'name' && !person.mention.org && person.mention.role) {
      const first = (det ?? words[0]) as Token;
      return { mention: { ...person.mention, start: first.start, role: `${stripArticle(slice(text, first, lastWord))} and ${person.mention.role}` }, next: person.next };
    }
  }
  if (!classified) return null;
  let mention = classified;
  // "said The Committee for a Balanced County Budget": an organisation's name goes on past "for a"
  const tail = mention.type === 'name' && mention.org ? orgNameTail(tokens, j, hi) : -1;
  if (tail > 0) {
    const last = tokens[tail - 1] as Token;
    mention = { ...mention, end: last.end, text: mention.text + text.slice(mention.end, last.end) };
    j = tail;
  }
  // "Rep. Jim Jordan (R-Ohio)": a tag in parentheses after a name
  if (tokens[j]?.low === '(' && mention.type === 'name') {
    let k = j + 1;
    while (k < hi && k < j + 8 && tokens[k]?.low !== ')') k++;
    if (tokens[k]?.low === ')') j = k + 1;
  }
  // "said former prosecutor and Mayor Bob Lane": two roles joined by "and" before one person's name
  const head = tokens[j - 1];
  if (mention.type === 'nominal' && tokens[j]?.low === 'and' && head && ROLE_NOUNS.has(head.low) && (tokens[j + 1]?.cap || TITLES.has(tokens[j + 1]?.low ?? ''))) {
    const person = phraseAfter(text, tokens, j + 1, hi);
    if (person && person.mention.type === 'name' && !person.mention.org && person.mention.role) {
      return { mention: { ...person.mention, start: mention.start, role: `${stripArticle(mention.text)} and ${person.mention.role}` }, next: person.next };
    }
  }
  // "attorneys for Clinton", "a spokesman for the company": a speaker noun keeps its modifier
  if (mention.type === 'nominal' && tokens[j] && NP_PREPS.has((tokens[j] as Token).low)) {
    let k = j + 1;
    while (k < hi && k < j + 9 && tokens[k]?.type === 'word' && !/^(?:who|which|that|whose)$/.test((tokens[k] as Token).low) && !VERB_BY_FORM.has((tokens[k] as Token).low) && !/\p{Ll}ed$/u.test((tokens[k] as Token).low)) k++;
    const end = tokens[k - 1] as Token;
    if (k > j + 1) return { mention: { ...mention, end: end.end, text: mention.text + text.slice(mention.end, end.end) }, next: k };
  }
  // a relative clause: "said Marta Quell, who chairs the festival committee," (a post is the role)
  const relative = mention.type === 'name' && !mention.org ? relativeRole(text, tokens, j, hi) : null;
  if (relative && (relative.role || relative.toEnd)) return { mention: { ...mention, role: mention.role ?? relative.role }, next: relative.next };
  // ("said Tom Brock, 45, a fisherman": an age between the name and its apposition)
  const aged = mention.type === 'name' && !mention.org && tokens[j]?.low === ',' && AGE.test(tokens[j + 1]?.low ?? '') && tokens[j + 2]?.low === ',' && j + 3 < hi;
  if (aged) j += 2;
  // apposition: "said Alexei Zaitsev, a ministry spokesman."
  if (tokens[j]?.low === ',' && mention.type === 'name' && !mention.org) {
    let k = j + 1;
    while (k < hi && tokens[k]?.type === 'word') k++;
    const a = tokens[j + 1];
    const b = tokens[k - 1];
    const clause = tokens.slice(j + 1, k).some((t) => FINITE.has(t.low) || VERB_BY_FORM.has(t.low));
    if (a && b && k > j + 1 && k - j <= 14 && !clause && !NOT_ROLE.has(a.low) && !LY_OPENER.test(a.low) && !VERB_BY_FORM.has(a.low) && (tokens[k] === undefined || k >= hi || tokens[k]?.low === ',')) {
      const role = stripArticle(slice(text, a, b).replace(/^now\s+/, ''));
      if (role && /^\p{L}/u.test(role) && (!a.cap || TITLES.has(bare(a.low)) || DETERMINERS.has(a.low))) return { mention: { ...mention, role: mention.role ?? role, end: b.end }, next: k };
    }
  }
  return { mention, next: j };
}
