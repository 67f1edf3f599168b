/**
 * Which speech-verb forms of a sentence are read as its speech verbs. The forms are found in reading order (a
 * capitalised participle opening the sentence first), a bounded number per sentence; a form is then dropped when
 * the words around it make it no speech verb there: a bare form with no plural subject or auxiliary before it
 * ("news reports", "the final say over it"), a passive ("was told"), a negated or infinitive group with nothing
 * after it ("did not complain when …"), a speaker or listener that is no one ("Whoever said …"). What is kept is
 * the verb group the form closes ("would not say", "seemed to suggest"): its subject is read before it.
 */
import type { Paragraph, Sentence, Token } from './model';
import { VERB_BY_FORM, VERB_RE, type SpeechVerb } from './speech-verbs';
import { SHARE } from './share-subject';
import { wordBeforeApposition } from './cue-phrases';
import { adverbsStart, verbGroup } from './cue-verb-chain';
import { notSpeech } from './cue-not-speech';
import { noOneSpeaks } from './cue-no-one';
import { joinedBareForm, openingParticiple } from './cue-clause-links';

/** Subject pronouns: an -s word right after one is a verb ("it emits", "that means"), never a plural subject. */
const PRONOUN_SUBJECT = /^(?:this|that|it|he|she|which)$/;
/** Words after which a bare verb form is a verb: pronouns, auxiliaries, adverbs. */
const BARE_BEFORE = /^(?:they|we|i|you|will|would|could|can|did|do|does|may|might|should|must|also|often|still|now|generally|sometimes|who|which|that|people|police|percent|surveyed|polled|majority|most|many|some|others|all|both|few|several|\d+|two|three|four|five|ten)$/;
const PASSIVE = /^(?:is|was|were|are|be|been|being|to|not)$/;
/** "say" as a noun: a determiner before it and a preposition after it. */
const NOUN_SAY_DET = /^(?:a|an|the|no|any|more|final|greater|little|real)$/;
const NOUN_SAY_NEXT = /^(?:in|over|on|about|into|of)$/;

/** Words after a negated or infinitive speech verb that start no content: an adverbial clause or phrase. */
const GROUP_STOP = /^(?:when|because|as|after|before|since|until|while|and|but|or|in|at|during|with|by)$/;

/** Words after which "say" is not a present-tense verb ("have a say", "what I'd say", "to say"). */
const SAY_NOT_AFTER = /^(?:have|has|had|having|his|her|their|its|our|my|your|this|that|what|to|of|in|on|for|with|by|and|or|but|not|ever|never)$/;

/** Speech verbs read in one sentence: real sentences hold a handful; a run-on of thousands (a list with no stops,
 * hostile text) is read up to this many, so the cues of a sentence cost at most this squared. */
const MAX_VERBS = 40;


/** The speech-verb forms found in the sentence `part` (offsets into it), in reading order, at most MAX_VERBS. */
export function verbForms(part: string): { index: number }[] {
  // (a capitalised participle opening the sentence before "that": "Noting that A, Trump reminded …")
  const opening = openingParticiple(part);
  const found = opening && VERB_BY_FORM.has(opening.form) ? [{ index: opening.index }] : [];
  return [...found, ...part.matchAll(VERB_RE)].slice(0, MAX_VERBS);
}

/** The verb group closed by the speech-verb form at `vi` of sentence `s` (its words from `lo`), or null when the
 * form is no speech verb there. */
export function speechVerbGroup(p: Paragraph, s: Sentence, vi: number, lo: number, entry: SpeechVerb): { start: number; marked: boolean } | null {
  const { text, masked, tokens } = p;
  const verb = tokens[vi] as Token;
  const prev = tokens[vi - 1];
  const next = tokens[vi + 1];
  const ing = verb.low.endsWith('ing');
  if ((entry.id === 'put' && next?.low !== 'it') || notSpeech(tokens, vi, entry.id, lo)) return null;
  // "would not say", "seemed to suggest": a negated or infinitive verb group after its subject
  const group = verbGroup(tokens, vi, lo);
  // "Whoever said …", "Who says …?", "we tell you that …": a subject or listener that is no one
  if (noOneSpeaks(tokens, vi, group.start, lo, /\?[\s\u201D"’)]*$/.test(text.slice(s.start, s.end))) !== null) return null;
  // (what such a group speaks of follows it: never an adverbial clause or nothing — "did not complain when …")
  if (group.marked && (!next || next.start >= s.end || next.type !== 'word' || GROUP_STOP.test(next.low))) return null;
  // a bare form ("say", "report", "call") is a verb only after a plural subject or an auxiliary
  // (past an apposition: "Others, however, say"; "say" itself after any word but a determiner:
  // "People briefed on the situation say")
  const subjectEnd = prev && /^[,\u2014\u2013]$/.test(prev.low) ? wordBeforeApposition(tokens, vi - 1, lo) : prev;
  const plural = (t: Token | undefined): boolean => !!t && (BARE_BEFORE.test(t.low) || (/s$/.test(t.low) && !/ss$|['’]s$|ous$/.test(t.low) && t.type === 'word'));
  const sayAfterNoun = verb.low === 'say' && prev?.type === 'word' && !NOUN_SAY_DET.test(prev.low) && !SAY_NOT_AFTER.test(prev.low) && !prev.low.endsWith('’s') && !prev.low.endsWith("'s");
  // ("That emits add.js", "It also means report cards …": after a subject pronoun the -s word is its verb, and
  // the bare form its object)
  const pronounAt = /^(?:also|still|just|only|really|\p{Ll}+ly)$/u.test(tokens[vi - 2]?.low ?? '') ? vi - 3 : vi - 2;
  const pronounVerb = !!prev && /s$/.test(prev.low) && pronounAt >= lo && PRONOUN_SUBJECT.test(tokens[pronounAt]?.low ?? '');
  // ("… have characterized it as X and say they …": a bare clause verb coordinated after a clause, a clause after it,
  // shares the clause's plural subject)
  const joined = entry.frame === 'clause' && joinedBareForm(tokens, vi, lo);
  // ("Officials privately concede that …": past manner adverbs, the plural subject)
  const beforeAdverbs = tokens[adverbsStart(tokens, vi, lo) - 1];
  if (verb.low === entry.id && entry.forms[0] !== entry.id && !(group.marked || joined || (plural(prev) && !pronounVerb) || (beforeAdverbs !== prev && plural(beforeAdverbs) && beforeAdverbs?.type === 'word' && !BARE_BEFORE.test(beforeAdverbs.low)) || (plural(subjectEnd) && !(subjectEnd === prev && pronounVerb)) || sayAfterNoun || SHARE.test(masked.slice(s.start, verb.start)))) return null;
  // "The National Academies report said": a bare form right before a speech verb heads the subject
  if (verb.low === entry.id && entry.forms[0] !== entry.id && next && VERB_BY_FORM.has(next.low) && next.low !== (VERB_BY_FORM.get(next.low) as { id: string }).id) return null;
  // "a 10 percent say in the budget", "the final say over it": the noun, not the verb
  if (verb.low === 'say' && NOUN_SAY_NEXT.test(next?.low ?? '') && tokens.slice(Math.max(lo, vi - 3), vi).some((t) => NOUN_SAY_DET.test(t.low))) return null;
  if (!group.marked && prev && vi > lo && PASSIVE.test(prev.low) && !(ing && prev.low !== 'to' && prev.low !== 'not')) return null;
  if (group.marked && !ing && PASSIVE.test(tokens[group.start - 1]?.low ?? '')) return null;
  return group;
}
