/**
 * A paragraph that introduces a quotation and ends in a colon names the speaker of the quotation in the
 * next paragraph: "17-year-old Corin Danner echoed:", "Reporter Jane Doe says:", "Trump issued the
 * following statement:". The intro is a sentence: a subject, a speech verb or any verb form, at most a few
 * words, and the colon.
 */
import { firstFrom } from '../text/search';
import { sentenceSubject } from './cue-sentence-subject';
import type { Mention, Paragraph } from './model';
import { VERB_BY_FORM } from './speech-verbs';

/** A verb form after a subject: past tense, present third person, a speech verb or a common irregular. */
const VERB_FORM = /^(?:\p{Ll}{2,}(?:ed|es|s)|wrote|told|said|put|spoke|read|went|gave)$/u;
/** What may sit between the verb and the colon: an object naming what follows ("the following statement"). */
const INTRO_TAIL = /^(?:(?:the|a|this)\s+(?:following\s+)?(?:statement|message|remarks|response|answer|note|tweet|post|comment|explanation|reply)|(?:in|on)\s+(?:a|an|the|his|her|their)\s+\p{Ll}+|(?:to|in)\s+\p{Lu}\p{L}*|(?:this|that|it))?\s*$/u;

/** The speaker a colon-ending intro paragraph names for the quotation that follows, or null. */
export function colonIntro(p: Paragraph): Mention | null {
  if (!/:\s*$/.test(p.text)) return null;
  const last = p.sentences[p.sentences.length - 1];
  if (!last) return null;
  const lo = firstFrom(p.tokens, last.start);
  const colon = p.tokens.length - 1;
  if (p.tokens[colon]?.low !== ':' || colon - lo > 16) return null;
  const mention = sentenceSubject(p.text, p.tokens, lo, colon);
  if (!mention) return null;
  const vi = firstFrom(p.tokens, mention.end);
  const verb = p.tokens[vi];
  if (!verb || verb.type !== 'word' || !(VERB_BY_FORM.has(verb.low) || VERB_FORM.test(verb.low))) return null;
  return INTRO_TAIL.test(p.text.slice(verb.end, p.tokens[colon]?.start).trim()) ? mention : null;
}
