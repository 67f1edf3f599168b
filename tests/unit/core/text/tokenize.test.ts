/**
 * Words of a paragraph: a hyphen joins two parts of a word ("Holt-Ruiz", "co-chair", "9-year-old"), but a
 * run of hyphens typed for a dash right after a word ("Nippers--") is no part of it, so no speaker is
 * named "Nippers--".
 */
import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../../src/core/text/tokenize';
import { findQuotes } from '../../../../src/core/quotes/index';

const words = (text: string): string[] => tokenize(text).filter((t) => t.type === 'word').map((t) => t.text);

describe('tokenize', () => {
  test.each([
    ['said Nippers-- and left', ['said', 'Nippers', 'and', 'left']],
    ['Maren Holt-- the harbour master', ['Maren', 'Holt', 'the', 'harbour', 'master']],
    ['a word- then more', ['a', 'word', 'then', 'more']],
  ])('a dash typed as hyphens after a word is no part of it: %s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test.each([
    ['Ana Holt-Ruiz, the co-chair', ['Ana', 'Holt-Ruiz', 'the', 'co-chair']],
    ['a 9-year-old voter', ['a', '9-year-old', 'voter']],
  ])('hard negative: a hyphen inside a word joins it: %s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test('the speaker before a typed dash is named without it', () => {
    expect(findQuotes(['“Let it be,” said Nippers-- “we have work.”']).speakers.map((s) => s.name)).toEqual(['Nippers']);
  });
});
