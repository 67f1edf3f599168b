/**
 * A number written with thousands separators ("4,000", "12,500") is one word: a speaker phrase holding
 * one keeps it whole, instead of starting after its comma ("000 nurses nationwide"). Hard negative: a
 * comma between a number and a word still separates them.
 */
import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../../src/core/text/tokenize';
import { quoteSpeakers as speakers } from '../../../helpers/quotes';

describe('numbers with thousands separators', () => {
  test.each([
    ['4,000', ['4,000']],
    ['1,250,000 votes', ['1,250,000', 'votes']],
    ['12,500.75 dollars', ['12,500', '75', 'dollars']],
  ])('%s', (text, words) => {
    expect(tokenize(text).filter((t) => t.type === 'word').map((t) => t.text).slice(0, words.length)).toEqual(words);
  });

  test('hard negative: a comma after a number still separates the next word ("in 2016, 40 voters")', () => {
    expect(tokenize('in 2016, 40 voters').map((t) => t.text)).toEqual(['in', '2016', ',', '40', 'voters']);
  });

  test.each([
    ['A survey of more than 4,000 nurses nationwide suggests that most shifts are too long.', 'A survey of more than 4,000 nurses nationwide'],
    ['In total, 12,500 residents said they would vote for the plan.', '12,500 residents'],
  ])('the speaker phrase keeps its number: %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});
