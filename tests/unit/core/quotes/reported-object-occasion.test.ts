/**
 * What a quote verb reports (its object) ends where the occasion of the saying begins: a time clause ("after he
 * won …", "during the debate") or the event it was said at ("at a victory rally", "in an interview with …").
 * Never right after a wh-word ("about how during his travels he …") and never inside a noun phrase ("participants
 * in the meeting").
 */
import { describe, expect, test } from 'vitest';
import { quoteTexts as texts } from '../../../helpers/quotes';

describe('the occasion after a quote verb’s object', () => {
  test.each([
    ['a time clause with its subject', 'Tom Baker praised his coach after he won the final in the city.', ['his coach']],
    ['an event', 'Jane Smith thanked volunteers at a victory rally in her old school.', ['volunteers']],
    ['an interview', 'Tom Baker criticized the landlord in an interview with the student paper.', ['the landlord']],
    ['"during" and a determiner', 'Jane Smith offered a spirited defense of the museum during the hearing.', ['a spirited defense of the museum']],
    // hard negatives
    ['hard negative: a wh-word before the time clause', 'Tom Baker talked about how during his years abroad he had learned to listen.', ['about how during his years abroad he had learned to listen']],
    ['hard negative: a place that is no event', 'Jane Smith praised the cooks in the canteen for their patience.', ['the cooks in the canteen for their patience']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});
