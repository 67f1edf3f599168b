/**
 * A named speaker's speech verb with a two-word object reports it ("announced his resignation", "says
 * racist things"), a quote verb even a name alone ("praised Trump"); a definite object, a pronoun or an
 * adverbial alone is no report, and a cue with an object of its own attributes nothing before it.
 */
import { describe, expect, test } from 'vitest';
import { speakerAndText as quotes } from '../../../helpers/quotes';

describe('a short object of a speech verb', () => {
  test.each([
    ['a possessive and its noun', 'Eric Holder announced his resignation.', [['Eric Holder', 'his resignation']]],
    ['an adjective and a plural', 'Donald Trump says racist things.', [['Donald Trump', 'racist things']]],
    ['a determiner and its noun', 'Jane Smith posted a photo.', [['Jane Smith', 'a photo']]],
    ['a quote verb with a name alone', 'Jane Smith praised Trump.', [['Jane Smith', 'Trump']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  test.each([
    ['hard negative: a definite object', 'The Washington Post reported the story.'],
    ['hard negative: a pronoun and an adverb', 'Jane Smith said it twice.'],
    ['hard negative: a listener alone', 'Jane Smith told reporters.'],
    ['hard negative: an adverbial alone', 'Jane Smith announced on Monday.'],
    ['hard negative: a quote verb with a pronoun alone', 'Jane Smith praised them.'],
    ['hard negative: a cue with an object of its own attributes nothing before it', 'Her lease is ending; the gallery has announced nothing yet.'],
  ])('%s', (_name, text) => {
    expect(quotes(text)).toEqual([]);
  });
});

test('a cue with no object of its own attributes the clause before it', () => {
  expect(quotes('The talks will go on for weeks, the minister told reporters.')).toEqual([['the minister', 'The talks will go on for weeks']]);
});
