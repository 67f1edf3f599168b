/**
 * Speech-verb forms in a sense that reports no speech: participles used as adjectives and verbs whose
 * next words give them another meaning. The same verbs in their speech sense still attribute.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const texts = (text: string): string[] => findQuotes([text]).quotes.map((q) => q.text);

describe('speech verbs that say nothing', () => {
  test.each([
    ['a participle after a number', 'Hillary Clinton leads Bernie Sanders by 271 pledged delegates in the latest count by the party.'],
    ['a participle after a determiner', 'The alleged shooter is likely to appear in court on Wednesday morning.'],
    ['a plural noun form after a number', 'Ted Cruz was up a net negative 6 points in the new poll of the state.'],
    ['"added to" a state', 'The casual circumstances of his hiring only added to the uncertainty of who ran what.'],
    ['"maintains" a lead', 'Hillary Clinton maintains a commanding lock on the party’s leadership in the state.'],
    ['"spoke for" a duration', 'Donald Trump spoke for 77 minutes, a virtual eternity as far as conventions go.'],
  ])('hard negative: %s', (_name, text) => {
    expect(texts(text)).toEqual([]);
  });

  test.each([
    ['"alleged that"', 'Officials alleged that the shooter had acted alone in the attack.', ['the shooter had acted alone in the attack']],
    ['"maintained that"', 'Jane Smith maintained that the emails were never marked as classified.', ['the emails were never marked as classified']],
    ['"added that"', 'Jane Smith added that the talks would go on into the night.', ['the talks would go on into the night']],
  ])('the speech sense still attributes: %s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});
