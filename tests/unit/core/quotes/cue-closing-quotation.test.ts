/**
 * A quotation ending in ? or ! closes its own sentence; the short cue sentence right after it
 * ("Biden said.", "Trump said on Twitter.") attributes it.
 */
import { describe, expect, test } from 'vitest';
import { speakerKindText as found } from '../../../helpers/quotes';

describe('a cue sentence after a quotation that ends in ? or !', () => {
  test.each<[string, string[], (string | null)[][]]>([
    ['a question, then "Name said."', ['Joe Biden spoke in Ohio.', '“Does he not understand what we wrote?” Biden said.'], [['Joe Biden', 'direct', 'Does he not understand what we wrote?']]],
    ['an exclamation, then a place of the saying', ['“We need much tougher leadership now!” Jane Smith said on Twitter.'], [['Jane Smith', 'direct', 'We need much tougher leadership now!']]],
    ['a question, then an inverted cue and a day', ['“Is this the end of the party?” asked Jane Smith on Monday.'], [['Jane Smith', 'direct', 'Is this the end of the party?']]],
    // hard negatives: a cue sentence with its own content reports that content; a sentence between them breaks the link
    ['hard negative: the cue sentence reports its own content', ['“Is this the end of the party?” Jane Smith said that the vote would come soon.'], [['Jane Smith', 'direct', 'Is this the end of the party?'], ['Jane Smith', 'reported', 'the vote would come soon']]],
    ['hard negative: a quotation ending in a period', ['The crowd cheered. “We will win the whole thing.” Jane Smith said on Monday.'], [[null, 'direct', 'We will win the whole thing.']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(found(paragraphs)).toEqual(expected);
  });
});
