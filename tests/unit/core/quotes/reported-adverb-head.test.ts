/**
 * A cue set inside its sentence between commas reports the words on both sides ("The bridge, she said, is
 * unsafe"), but a lone sentence adverb before it ("Rather, he said, …") is no quote of its own; and a
 * subordinating word opening a sentence ("Whenever asked …") is no speaker. Rows are paragraphs in, [speaker,
 * text] of each quote out (all sentences written for these tests).
 */
import { describe, expect, test } from 'vitest';
import { speakerAndText } from '../../../helpers/quotes';

describe('a sentence adverb before a cue set inside its sentence', () => {
  test.each<[string, string, [string | null, string][]]>([
    ['"Rather"', 'Rather, Hale said, the council will wait until spring.', [['Hale', 'the council will wait until spring']]],
    ['an -ly adverb', 'Ultimately, Hale said, the council will wait until spring.', [['Hale', 'the council will wait until spring']]],
    // hard negative: a noun phrase before the cue is what was said
    ['hard negative: a noun phrase', 'The bridge, Hale said, is unsafe for heavy trucks.', [['Hale', 'The bridge'], ['Hale', 'is unsafe for heavy trucks']]],
    ['hard negative: a name ending in -ly', 'Italy, Hale said, is ready to send ships.', [['Hale', 'Italy'], ['Hale', 'is ready to send ships']]],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakerAndText(paragraph)).toEqual(expected);
  });
});

describe('a subordinating word opening a sentence is no speaker', () => {
  test.each<[string, string]>([
    ['"Whenever"', 'Whenever asked about the plan, the clerks changed the subject to the weather.'],
  ])('%s', (_name, paragraph) => {
    expect(speakerAndText(paragraph).map(([s]) => s)).not.toContain(paragraph.split(' ')[0]);
  });
});
