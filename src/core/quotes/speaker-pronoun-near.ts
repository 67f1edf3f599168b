/**
 * "The report was released after Ms Halvorsen raised a point of order. She said …": a "he" or "she"
 * opening a sentence refers to the one person of that gender the sentence before names by honorific
 * ("Ms Halvorsen", "Mr. Ross") — when that person is known by full name and the last speaker is not
 * named in that sentence. Two candidates ("Mr. Trump attacked Mr. Cruz. He said …") leave it to the
 * last speaker.
 */
import { foldKey } from '../text/normalize';
import { POSSESSIVE, type NameMention } from './names-key';

/** DATA: honorifics and the pronoun they take. */
const HONORIFIC_GENDER: ReadonlyMap<string, 'he' | 'she'> = new Map([
  ['mr', 'he'],
  ['mrs', 'she'],
  ['ms', 'she'],
  ['miss', 'she'],
]);
const HONORIFIC_RUN = /\b(Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}\p{M}'’-]+)/gu;
/** The end of the sentence before: a terminator, maybe a closing quotation mark, then space. */
const SENTENCE_END = /[.!?][”"’']?\s+$/;
const SENTENCE_BREAK = /[.!?][”"’']?\s+/g;
/** Words whose period ends no sentence ("Mr. Bush", "Sen. Cruz", "J. Smith"). */
const ABBREVIATION_END = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Rev|Prof)|\b\p{Lu})$/u;

/**
 * The folded surname the sentence before the pronoun at `offset` of paragraph `text` names by an
 * honorific of gender `g`, when the pronoun opens its sentence and exactly one such person is named
 * there; else null.
 * `lastSpeaker` (a full name) named in that sentence also gives null.
 */
export function honorificBefore(registry: readonly NameMention[], text: string | null, offset: number, g: 'he' | 'she', lastSpeaker: string | null): string | null {
  if (!text) return null;
  const before = text.slice(0, offset);
  if (!SENTENCE_END.test(before)) return null;
  const body = before.replace(SENTENCE_END, '');
  let start = 0;
  for (const m of body.matchAll(SENTENCE_BREAK)) if (!ABBREVIATION_END.test(body.slice(0, m.index))) start = m.index + m[0].length;
  const sentence = body.slice(start);
  const found = [...sentence.matchAll(HONORIFIC_RUN)].filter((m) => HONORIFIC_GENDER.get((m[1] as string).toLowerCase()) === g);
  if (found.length !== 1) return null;
  const surname = foldKey((found[0] as RegExpMatchArray)[2] as string).replace(POSSESSIVE, '');
  const last = lastSpeaker ? foldKey(lastSpeaker.split(/\s+/).pop() ?? '') : '';
  if (last && last !== surname && foldKey(sentence).includes(last)) return null;
  return registry.some((n) => n.last === surname) ? surname : null;
}
