/**
 * The speaker named before a speech verb: the subject read before its verb group, or a share of a group that
 * starts before it ("Majorities of tenants in four buildings say"); and whether that subject opens a subordinate
 * clause ("after Washington responded …", "even if those people do not agree …"), whose verb attributes nothing.
 */
import type { Mention, Paragraph, Sentence, Token } from './model';
import { subjectBefore } from './subject-before';
import { shareBefore } from './share-subject';
import { tokenAt } from '../text/search';

/** Words that open a subordinate clause: its verb reports no speech of its own ("although" and "when" are no such words:
 * "Although X admitted that …", "When Trump later referred to …" still attribute). */
export const SUBORDINATORS = /^(?:after|before|since|because|if|unless|until|once|whenever|whether|where|why|how)$/;
/** Determiners that may stand between a subordinator and the subject read after them ("if those people say"). */
const SUBJECT_DETERMINER = /^(?:those|these|the|some|many|most|all|other|such)$/;

/** The subject named before the speech verb at `vi` of sentence `s` (its verb group read from `head`, the sentence's
 * words from `lo`), or null; `subordinate` when that subject opens a subordinate clause and the verb is no attribution. */
export function namedSubject(p: Paragraph, s: Sentence, vi: number, head: number, lo: number, id: string): { subject: Mention | null; subordinate: boolean } {
  const { text, masked, tokens } = p;
  const verb = tokens[vi] as Token;
  const next = tokens[vi + 1];
  const named = subjectBefore(text, tokens, head, lo);
  const share = shareBefore(text, masked.slice(s.start, verb.start), s.start);
  // "Majorities of tenants in four buildings say": the share, not the last noun before the verb
  const subject = share && (!named || share.start < named.start) ? share : named;
  // "after Washington responded …": a subordinate clause, not an attribution (unless a quote is next to it)
  // (past a determiner the subject was read without: "even if those people do not agree …")
  const at = subject ? tokenAt(tokens, subject.start) : -1;
  const lead = at > 0 ? (SUBJECT_DETERMINER.test(tokens[at - 1]?.low ?? '') && at - 1 > lo ? tokens[at - 2] : tokens[at - 1]) : undefined;
  // ("after The Harbor Ledger reported that …": a "that" clause is what was reported)
  const subordinate = !!(subject && lead && SUBORDINATORS.test(lead.low) && id !== 'say' && id !== 'ask' && next?.low !== 'that' && !/\u2592/.test(masked.slice(Math.max(s.start, subject.start - 4), subject.start)) && !/^[\s,:]*\u2592/.test(masked.slice(verb.end, verb.end + 4)));
  return { subject, subordinate };
}
