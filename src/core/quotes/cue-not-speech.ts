/**
 * Speech-verb forms used in a sense that reports no speech: a participle as an adjective ("271 pledged
 * delegates", "the alleged shooter", "Trump’s reported net worth") and verbs whose next word gives
 * them another meaning ("added to the confusion", "maintains a wide lead", "speaking fees").
 */
import type { Token } from './model';

/** Words before a participle that make it an adjective: determiners, numbers, possessives. */
const ADJECTIVE_BEFORE = /^(?:the|a|an|his|her|their|its|our|my|your|this|these|those|every|each|no|any|\d[\d,.]*)$/;
/** Contractions of a pronoun with "has"/"is": "he’s said" keeps its verb. */
const PRONOUN_S = /^(?:he|she|it|that|who|there|what|here)['’]s$/;

/** DATA: a verb (by id) and the next words that take it out of speech. */
const OTHER_SENSES: readonly { verb: string; next: RegExp; reason: string }[] = [
  // "added to the uncertainty", "adding to her delegate lead", "don’t add up"
  { verb: 'add', next: /^(?:to|up)\b/, reason: 'sum' },
  // "Clinton maintains a commanding lock", "maintained above-average costs": only "maintained that …" is speech
  { verb: 'maintain', next: /^(?!(?:that|he|she|they|it|his|her|their)\b)/, reason: 'keeps' },
  // "speaking fees", "his paid speaking schedule", "speaking on the condition of anonymity", "spoke for 77 minutes"
  { verb: 'speak', next: /^(?:fees?|engagements?|schedules?|tours?|circuit|for|on (?:the )?condition)\b/, reason: 'fee' },
];

/** True when the speech-verb form at `vi` (of verb `id`) is used in a sense that reports no speech. */
export function notSpeech(tokens: readonly Token[], vi: number, id: string): boolean {
  const verb = tokens[vi] as Token;
  const prev = tokens[vi - 1];
  // ("the continued withdrawals", "6 points"; a plural noun form only after a determiner or a number)
  if (prev?.type === 'word' && /ed$|[^s]s$/.test(verb.low) && (ADJECTIVE_BEFORE.test(prev.low) || (/ed$/.test(verb.low) && /['’]s$/.test(prev.low) && !PRONOUN_S.test(prev.low)))) return true;
  if (tokens[vi + 1]?.type !== 'word') return false;
  // the next words, as written: "on the condition"
  const next = tokens.slice(vi + 1, vi + 4).filter((t) => t.type === 'word').map((t) => t.low).join(' ');
  return OTHER_SENSES.some((s) => s.verb === id && s.next.test(next));
}
