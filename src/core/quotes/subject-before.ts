/**
 * The speaker written before a speech verb: a pronoun, a name or noun phrase, with an apposition
 * between commas ("Alexei Zaitsev, a ministry spokesman, said") or a chain of details
 * ("Nadia Ferreira, 41, of Tulsa, who answered the survey, said").
 */
import { phraseBefore } from './mentions';
import { firstFrom } from '../text/search';
import type { Mention, Token } from './model';
import { PRONOUNS } from './non-speakers';
import { OWNED_DOCUMENTS, PUBLISHING_VERBS } from './speaker-document-owner';
import { PLACE_PREPS } from './speaker-group-place';
import { classify } from './speaker-classify';
import { bare, DETERMINERS, isNameTimeWord, NAME_LIKE, NOT_ROLE, slice, stripArticle } from './speaker-mention-words';
import { groupAtPlace, namedThing, prepositionObject, relativeClauseHead, relativeClauseObject, saidAdjective } from './subject-not-speaker';
import { phraseAfter } from './speaker-phrase-after';
import { ROLE_NOUNS, TITLES } from './titles-and-roles';
import { relativeRole } from './speaker-relative-role';
import { WEEKDAY_WORDS, wordSet } from '../text/words';

/** Words between a subject and its verb ("Biden has also said"). */
const BETWEEN = wordSet('sometimes seldom also later previously has have had would will recently just then once again further repeatedly reportedly publicly privately separately initially originally frequently often never always ever mostly first already still earlier explicitly flatly bluntly simply specifically is was are were however meanwhile too instead nonetheless now again quickly openly immediately widely long even often only regularly consistently actually');
/** A lower-case -ly adverb between subject and verb ("his critics hysterically denounced"). */
const LY_ADVERB = /^\p{Ll}{3,}ly$/u;
/** Nouns and adjectives ending in -ly that can close a subject ("the family said", "the assembly voted"). */
const LY_NOUNS = wordSet('family assembly ally supply monopoly italy daily weekly monthly quarterly early only holly reilly kelly bully belly jelly rally anomaly homily');
const TIME_NOUNS = wordSet('day week weekend month year morning afternoon evening night');
const TIME_WORDS = wordSet(`${WEEKDAY_WORDS} today yesterday tonight ${[...TIME_NOUNS].join(' ')}`);
/** Words that make a time word a time phrase ("on Monday", "last week", "the same day"). */
const TIME_LEAD = /^(?:on|last|this|that|late|early|the|next|same)$/;
/** A past-tense verb, which no modal can precede ("May said" is a person). */
const PAST_FORM = /^(?:\p{Ll}{2,}ed|said|told|wrote|spoke)$/u;
/** Conjunctions opening a sentence before a subject with details ("But Nadia Ferreira, 41, said"). */
const CHAIN_OPENERS = wordSet('but and yet still now then');
/** Prepositions opening the occasion of a saying between its speaker and the verb ("in a Medium post"). */
const OCCASION_PREPS = wordSet('in during via through');

/** A time word heading a compound noun ("the school year", "a campaign week"): a noun before it, no day or time word. */
function compoundHead(tokens: readonly Token[], i: number, lo: number): boolean {
  const before = tokens[i - 1];
  return TIME_NOUNS.has((tokens[i] as Token).low) && i - 1 >= lo && before?.type === 'word' && !before.cap && /^\p{Ll}{3,}$/u.test(before.low) && !TIME_WORDS.has(before.low) && !BETWEEN.has(before.low) && !TIME_LEAD.test(before.low) && !/^(?:past|previous|following|every|each|all|one)$/.test(before.low);
}

/** The speaker written before a verb at token `vi`: "Peskov said", "Zaitsev, a ministry spokesman, said". */
export function subjectBefore(text: string, tokens: readonly Token[], vi: number, lo: number): Mention | null {
  let i = vi - 1;
  // ("Will said": a capitalised modal before a past tense is a name, not an auxiliary to skip)
  const past = PAST_FORM.test(tokens[vi]?.low ?? '');
  if (saidAdjective(tokens, vi)) return null;
  for (;;) {
    const t = tokens[i];
    // ("Maren Day said", "USA Today reported": a capitalised "Day" after a name word is part of the name)
    if (t && i - 1 >= lo && isNameTimeWord(t, tokens[i - 1])) break;
    if (i >= lo && t && t.type === 'word' && ((BETWEEN.has(t.low) && !(past && t.cap && NAME_LIKE.has(t.low))) || (LY_ADVERB.test(t.low) && !LY_NOUNS.has(t.low) && i > lo))) i--;
    // ("this past week", "the previous day")
    else if (i - 2 >= lo && t && TIME_WORDS.has(t.low) && /^(?:past|previous|following|same)$/.test((tokens[i - 1] as Token).low) && /^(?:this|the|that)$/.test((tokens[i - 2] as Token).low)) i -= 3;
    else if (i - 1 >= lo && t && TIME_WORDS.has(t.low) && TIME_LEAD.test((tokens[i - 1] as Token).low)) i -= 2;
    // ("Trump yesterday said", "Clinton Monday morning said"; never a compound's head: "the school year asking")
    else if (i >= lo && t && TIME_WORDS.has(t.low) && !compoundHead(tokens, i, lo)) i--;
    else break;
  }
  // (the comma closing an apposition, read again below when an aside in parentheses ends the role)
  const comma = tokens[i]?.low === ',' ? i : -1;
  // "Sen. Jane Smith (D-R.I.), said" / "Sen. Tom Brannock (R-Texas) said": the party tag is not the speaker
  if (tokens[i]?.low === ',' && tokens[i - 1]?.low === ')') i--;
  if (tokens[i]?.low === ')') {
    let k = i - 1;
    while (k > lo && k > i - 12 && tokens[k]?.low !== '(') k--;
    if (tokens[k]?.low === '(') i = k - 1;
  }
  // "Tessa Dunmore, who tweeted", "Fenwick, who said": the relative pronoun stands for the name before it
  if (tokens[i]?.low === 'who' && i - 1 >= lo) {
    const k = tokens[i - 1]?.low === ',' ? i - 2 : i - 1;
    const antecedent = k >= lo ? phraseBefore(text, tokens, k, lo) : null;
    // (or a group of people at a place: "lawmakers on Capitol Hill, who have argued")
    const atPlace = antecedent?.type === 'nominal' && antecedent.text.split(/\s+/).slice(1).some((w) => PLACE_PREPS.has(w));
    return antecedent && ((antecedent.type === 'name' && !antecedent.org) || atPlace) ? antecedent : null;
  }
  const t = tokens[i];
  if (i < lo || !t) return null;
  if (t.type === 'word' && PRONOUNS.has(t.low)) return { start: t.start, end: t.end, type: 'pronoun', text: t.low, role: null, org: false };
  if (t.low === ',') {
    let j = i - 1;
    while (j >= lo && j > i - 25 && ((tokens[j] as Token).type === 'word' || (tokens[j] as Token).type === 'quote')) j--;
    if (j < lo || (tokens[j] as Token).low !== ',' || j === i - 1) return chainSubject(text, tokens, i, lo);
    const np = phraseBefore(text, tokens, j - 1, lo);
    const a = tokens[j + 1] as Token;
    const b = tokens[i - 1] as Token;
    const appos = slice(text, a, b);
    if (!np) return possessiveRoleName(text, tokens, j, i, lo) ?? chainSubject(text, tokens, i, lo);
    const chain = chainSubject(text, tokens, i, lo);
    if (chain && chain.start < np.start) return chain;
    // "Lena Fisk, who leads the nurses' union, said": a post held is the role
    const relative = np.type === 'name' && !np.org ? relativeRole(text, tokens, j, i) : null;
    if (relative) return { ...np, role: np.role ?? relative.role };
    // (an -ing word opens a role only before a role noun: "managing partner", "acting director")
    const ingRole = a.low.endsWith('ing') && ROLE_NOUNS.has(tokens[j + 2]?.low ?? '');
    if (NOT_ROLE.has(a.low) || (a.low.endsWith('ing') && !ingRole) || a.type === 'quote' || tokens.slice(j + 1, i).some((t) => t.type === 'quote')) return np;
    if (np.type === 'nominal') {
      // "a senior Russian foreign ministry official, Vladimir Ermakov, said"
      const named = classify(text, tokens.slice(j + 1, i), null);
      if (named && named.type === 'name' && !named.org) return { ...named, start: np.start, role: named.role ?? stripArticle(np.text) };
      return np;
    }
    if (np.type === 'name' && !np.org && (!a.cap || TITLES.has(bare(a.low)) || DETERMINERS.has(a.low))) return { ...np, role: np.role ?? stripArticle(appos) };
    return np;
  }
  if (t.type !== 'word') return null;
  // "Rhea Okonjo, treasurer of Main Street Forward (a county group), said": the name before a role whose
  // aside closes the apposition
  if (comma >= 0 && comma !== i) {
    const role = phraseBefore(text, tokens, i, lo);
    // (the role may read as a noun phrase or as the body it names: "treasurer of Main Street Forward")
    const chain = role && role.type !== 'pronoun' ? chainSubject(text, tokens, comma, lo) : null;
    if (role && chain && chain.end < role.start) return { ...chain, role: chain.role ?? stripArticle(text.slice(chain.end, role.end).replace(/^[\s,]+/, '')) };
  }
  // "May said", "Will told": before a past tense a capitalised modal is a name (the surname of "Theresa May")
  if (past && t.cap && NAME_LIKE.has(t.low) && !(i > lo && tokens[i - 1]?.cap)) return { start: t.start, end: t.end, type: 'name', text: t.text, role: null, org: false };
  const np = phraseBefore(text, tokens, i, lo);
  // "Tom Brannock (R-Ind.) issued a statement saying", "Dana Kell, the political director, released a
  // statement confirming": the one who put the document out, read as the publishing verb's own subject
  const doc = np && np.type === 'nominal' && OWNED_DOCUMENTS.has(np.text.split(' ').pop()?.toLowerCase() ?? '') ? firstFrom(tokens, np.start) : -1;
  if (doc - 1 > lo && PUBLISHING_VERBS.has((tokens[doc - 1] as Token).low)) {
    const owner = subjectBefore(text, tokens, doc - 1, lo);
    if (owner) return owner;
  }
  // "Nadia Ferreira in a Facebook post said", "Jane Smith in an interview on Monday said": the occasion of the
  // saying is no speaker; the person before it is
  const at = np && np.type === 'nominal' ? firstFrom(tokens, np.start) : -1;
  // (never a share: "Nine in 10 voters say")
  if (at - 2 >= lo && OCCASION_PREPS.has((tokens[at - 1] as Token).low) && (tokens[at - 2] as Token).type === 'word' && !/^\d/.test(np?.text ?? '')) {
    const w = tokens[at - 2] as Token;
    const who = PRONOUNS.has(w.low) ? { start: w.start, end: w.end, type: 'pronoun' as const, text: w.low, role: null, org: false } : phraseBefore(text, tokens, at - 2, lo);
    if (who && (who.type === 'pronoun' || (who.type === 'name' && !who.org))) return who;
  }
  if (np && namedThing(tokens, vi, np)) return null;
  const prep = np ? prepositionObject(tokens, np, lo) : -1;
  const subject = np && prep >= 0 ? groupAtPlace(text, tokens, prep, np, lo) : np;
  const clause = subject && subject.type !== 'pronoun' ? relativeClauseObject(text, tokens, subject, lo) ?? relativeClauseHead(text, tokens, subject, lo) : undefined;
  return clause === undefined ? subject : clause;
}

/** Words a possessive role may hold before its noun: capitalised words and the owner ("the company's"). */
const MAX_POSSESSIVE_ROLE = 6;

/**
 * "Mozilla's CTO, Brendan Eich, said", "the company's CEO, Mara Lind, said": a role in the possessive
 * before the commas whose noun is capitalised (so it reads as no phrase of its own), and a person's name
 * in the apposition: the person is the apposition, the phrase their role.
 */
function possessiveRoleName(text: string, tokens: readonly Token[], j: number, i: number, lo: number): Mention | null {
  const noun = tokens[j - 1];
  if (!noun || noun.type !== 'word' || !ROLE_NOUNS.has(bare(noun.low).replace(/\.$/, ''))) return null;
  let k = j - 1;
  while (k - 1 >= lo && j - k < MAX_POSSESSIVE_ROLE && (tokens[k - 1] as Token).type === 'word' && !/['’]s$/.test((tokens[k] as Token).low)) k--;
  const owner = tokens[k] as Token;
  if (!/['’]s$/.test(owner.low) || k === j - 1) return null;
  // (back over the owner's name to a determiner or the sentence's first word: "the company's CEO", "But Harbor Bank's CEO")
  const before = (): Token | undefined => (k - 1 >= lo ? tokens[k - 1] : undefined);
  const ownerAt = k;
  while (before()?.type === 'word' && !DETERMINERS.has(before()?.low ?? '') && j - k < 2 * MAX_POSSESSIVE_ROLE) k--;
  if (DETERMINERS.has(before()?.low ?? '')) k--;
  else {
    // (no determiner: the owner is a name opening the sentence, after a conjunction at most)
    if (before()?.type === 'word') return null;
    if (CHAIN_OPENERS.has(tokens[k]?.low ?? '') && k < ownerAt) k++;
    if (tokens.slice(k, ownerAt + 1).some((t) => !t.cap)) return null;
  }
  const named = classify(text, tokens.slice(j + 1, i), null);
  if (!named || named.type !== 'name' || named.org || ROLE_NOUNS.has(bare(named.text.toLowerCase()))) return null;
  const role = stripArticle(slice(text, tokens[k] as Token, noun));
  return { ...named, start: (tokens[k] as Token).start, role: named.role ?? role };
}

/**
 * A name followed by several comma-separated details before its verb:
 * "Nadia Ferreira, 41, of Tulsa, Okla., who answered the survey, said" → Nadia Ferreira.
 */
function chainSubject(text: string, tokens: readonly Token[], i: number, lo: number): Mention | null {
  let b = i;
  while (b > lo && b > i - 40) {
    const prev = tokens[b - 1] as Token;
    if (prev.type === 'quote' || /^[;:(]$/.test(prev.low)) break;
    if (prev.low === ')') {
      // a party tag in parentheses is part of the chain: "Rep. Jim Jordan (R-Ohio), a member, said"
      let k = b - 1;
      while (k > lo && (tokens[k] as Token).low !== '(') k--;
      b = k;
      continue;
    }
    b--;
  }
  // ("But Nadia Ferreira, 41, …, said": a conjunction opening the sentence is no part of the name)
  if (CHAIN_OPENERS.has(tokens[b]?.low ?? '')) b++;
  const head = phraseAfter(text, tokens, b, i);
  if (!head || head.mention.type !== 'name' || head.mention.org || tokens[head.next]?.low !== ',') return null;
  return head.mention;
}
