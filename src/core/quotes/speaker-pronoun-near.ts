/**
 * "The report was released after Ms Halvorsen raised a point of order. She said …": a "he" or "she"
 * opening a sentence refers to the one person of that gender the sentence before names by honorific
 * ("Ms Halvorsen", "Mr. Ross") — when that person is known by full name and the last speaker is not
 * named in that sentence. Two candidates ("Mr. Trump attacked Mr. Cruz. He said …") leave it to the
 * last speaker.
 */
import { foldKey } from '../text/normalize';
import type { Paragraph } from './model';
import { POSSESSIVE, type NameMention } from './names-key';

/** DATA: honorifics and the pronoun they take. */
const HONORIFIC_GENDER: ReadonlyMap<string, 'he' | 'she'> = new Map([
  ['mr', 'he'],
  ['mrs', 'she'],
  ['ms', 'she'],
  ['miss', 'she'],
]);
const HONORIFIC_RUN = /\b(Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}\p{M}'’-]+)/gu;

/**
 * The folded surname the sentence before the pronoun at `offset` of `paragraph` names by an honorific
 * of gender `g`, when the pronoun opens its sentence and exactly one such person is named there; else
 * null. `lastSpeaker` (a full name) named in that sentence also gives null.
 */
export function honorificBefore(registry: readonly NameMention[], paragraph: Pick<Paragraph, 'text' | 'sentences'> | null, offset: number, g: 'he' | 'she', lastSpeaker: string | null): string | null {
  if (!paragraph) return null;
  const at = paragraph.sentences.findIndex((x) => x.start <= offset && offset < x.end);
  const own = paragraph.sentences[at];
  const previous = paragraph.sentences[at - 1];
  if (!own || !previous || paragraph.text.slice(own.start, offset).trim() !== '') return null;
  const sentence = paragraph.text.slice(previous.start, previous.end);
  const found = [...sentence.matchAll(HONORIFIC_RUN)].filter((m) => HONORIFIC_GENDER.get((m[1] as string).toLowerCase()) === g);
  if (found.length !== 1) return null;
  const surname = foldKey((found[0] as RegExpMatchArray)[2] as string).replace(POSSESSIVE, '');
  const last = lastSpeaker ? foldKey(lastSpeaker.split(/\s+/).pop() ?? '') : '';
  if (last && last !== surname && foldKey(sentence).includes(last)) return null;
  return registry.some((n) => n.last === surname) ? surname : null;
}
