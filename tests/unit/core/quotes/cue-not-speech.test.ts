/**
 * Speech-verb forms in a sense that reports no speech: participles used as adjectives and verbs whose
 * next words give them another meaning. The same verbs in their speech sense still attribute.
 */
import { describe, expect, test } from 'vitest';
import { quoteTexts as texts } from '../../../helpers/quotes';

describe('speech verbs that say nothing', () => {
  test.each([
    ['a participle after a number', 'Nadia Ferreira leads Theo Brackett by 143 pledged delegates in the newest tally from the council.'],
    ['a participle after a determiner', 'The alleged thief is expected to appear before a judge on Thursday afternoon.'],
    ['a plural noun form after a number', 'Theo Brackett was up a net negative 9 points in the fresh survey of the county.'],
    ['"added to" a state', 'The odd timing of her departure only added to the confusion over who decided what.'],
    ['"maintains" a lead', 'Nadia Ferreira maintains a firm grip on the union’s membership in the region.'],
    ['"spoke for" a duration', 'Theo Brackett spoke for 64 minutes, a small lifetime as far as budget hearings go.'],
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
