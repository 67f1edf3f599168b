/**
 * A speech verb's subject when no name, pronoun or listed noun phrase was recognised before it: the
 * words that open the verb's clause, as written. The quote is still found, with this phrase as a
 * nominal speaker.
 * `Some advocates for river cleanup funding said …` → "Some advocates for river cleanup funding"
 * `Executives for Brackwell, which made $12 billion, say …` → "Executives for Brackwell"
 */
import type { Mention, Token } from './model';
import { saidAdjective } from './subject-not-speaker';

/** DATA: words that end the search backwards: a new clause starts after them. */
const CLAUSE_BREAKS: readonly { pattern: RegExp; reason: string }[] = [
  // coordination and contrast: "…, but majorities in all four say"
  { pattern: /^(?:and|but|or|yet|so|while|whereas|though|although|because|since|that|rather|indeed|instead|however|meanwhile)$/, reason: 'clause-conjunction' },
];
/** Words opening a subordinate or relative clause: its verb attributes nothing ("what voters say matters"). */
const SUBORDINATE = /^(?:if|when|whenever|unless|until|once|before|after|whether|where|why|how|what|as|than|who|which|whom|whose|to|for|of|in|on|at|with|by|from|over|under|across|through|toward|towards|into|onto|behind|beneath)$/;
/** Auxiliaries and adverbs that may close the phrase; they are not part of the subject. */
const TRAILING = /^(?:did|does|do|will|would|could|can|may|might|should|must|has|have|had|also|here|there|now|then|still|just|too|again|all|both|each)$/;
/** Finite verbs and pronouns: a phrase holding one is a clause, not a subject ("Trump has not yet tweeted"),
 * unless a relative pronoun opens that clause inside the phrase ("managers who have dealt with her say"). */
const CLAUSE_WORD = /^(?:has|have|had|is|was|were|are|not|did|does|do|will|would|could|can|should|he|she|they|i|we|you|it|there)$/;
const RELATIVE = /^(?:who|which|that)$/;
/** Adverbs that may open a sentence before a verb. */
const ADVERB = /^(?:\p{L}+ly|often|never|always|also|once|just|only|even|still|already|long|much|well|later|first|again|as)$/u;
/** A subject phrase is short. */
const MAX_WORDS = 12;

/** Modals of what may or could be said: after a generic "one" or "you" the writer muses, no one is quoted. */
const MODAL = /^(?:might|may|could|can|would|should|must)$/;
/** "one might say", "One could argue that …", "you could say": a generic pronoun before a modal and its verb. */
const genericOne = (tokens: readonly Token[], end: number, verbGroup: number): boolean =>
  /^(?:one|you)$/.test(tokens[end]?.low ?? '') && tokens[end - 1]?.type !== 'word' && tokens.slice(end + 1, verbGroup + 1).some((t) => MODAL.test(t.low));

/** "A porter jerked a thumb over his shoulder said": a past tense before a determiner and its noun is a verb and its
 * object, so the words make a clause, not a subject ("a report issued by the agency says" keeps its participle; "the
 * leader repeated his pledge to …" runs a subject into its verb, read later). */
const pastWithObject = (tokens: readonly Token[], k: number, end: number): boolean =>
  k + 2 <= end && /^\p{Ll}{3,}ed$/u.test(tokens[k]?.low ?? '') && /^(?:a|an|the|his|her|its|their|my|our)$/.test(tokens[k + 1]?.low ?? '');

/** "pointing over her shoulder said", "Waving his hat said": a participle opening the words before its object or
 * place is a clause about the speaker, not the speaker ("Polling by Gallup shows" is a noun and its source). */
const participleClause = (tokens: readonly Token[], k: number): boolean =>
  /^\p{L}{2,}ing$/u.test(tokens[k]?.low ?? '') && /^(?:over|with|to|at|toward|towards|into|onto|from|his|her|their|its|my|a|an|the)$/.test(tokens[k + 1]?.low ?? '');

const breaksClause = (low: string): boolean => CLAUSE_BREAKS.some((b) => b.pattern.test(low));

/** The index of the punctuation opening an apposition that ends at `close` (", …," / "— … —"), or -1. */
function appositionStart(tokens: readonly Token[], close: number, lo: number): number {
  const mark = (tokens[close] as Token).low;
  for (let k = close - 1; k >= lo && k > close - 26; k--) {
    const t = tokens[k] as Token;
    if (t.low === mark || (mark === ',' && t.low === ',')) return k;
    if (t.type === 'punct' && /^[;:]$/.test(t.low)) return -1;
  }
  return -1;
}

/** The clause-opening phrase before the verb at token `vi` (sentence tokens from `lo`), or null. */
export function fallbackSubject(text: string, tokens: readonly Token[], vi: number, lo: number): Mention | null {
  if (saidAdjective(tokens, vi)) return null;
  let end = vi - 1;
  // "Fields, along with a reporter, say": the apposition is skipped
  if (end >= lo && /^[,\u2014\u2013]$/.test((tokens[end] as Token).low)) {
    const open = appositionStart(tokens, end, lo);
    if (open < 0) return null;
    end = open - 1;
  }
  // "Sen. Chris Murphy (a Connecticut Democrat) says": a parenthesis is skipped
  if (tokens[end]?.low === ')') {
    let k = end - 1;
    while (k >= lo && tokens[k]?.low !== '(') k--;
    end = k - 1;
  }
  const verbGroup = end;
  while (end >= lo && tokens[end]?.type === 'word' && TRAILING.test((tokens[end] as Token).low)) end--;
  if (genericOne(tokens, end, verbGroup)) return null;
  let start = end;
  while (start - 1 >= lo && tokens[start - 1]?.type === 'word' && !breaksClause((tokens[start - 1] as Token).low) && end - start < MAX_WORDS) start--;
  const first = tokens[start];
  const last = tokens[end];
  if (!first || !last || start > end || end < lo || first.type !== 'word' || last.type !== 'word') return null;
  // the phrase must open its clause: sentence start, punctuation or a conjunction before it
  const before = tokens[start - 1];
  if (start > lo && before && before.type === 'word' && !breaksClause(before.low)) return null;
  if (before?.type === 'quote') return null;
  if (SUBORDINATE.test(first.low) || participleClause(tokens, start)) return null;
  // an adverb alone is no subject ("Often said but rarely done")
  if (start === end && ADVERB.test(first.low)) return null;
  let relative = false;
  for (let k = start; k <= end; k++) {
    const low = (tokens[k] as Token).low;
    if (RELATIVE.test(low)) relative = true;
    else if (!relative && (CLAUSE_WORD.test(low) || pastWithObject(tokens, k, end))) return null;
  }
  return { start: first.start, end: last.end, type: 'nominal', text: text.slice(first.start, last.end), role: null, org: false };
}
