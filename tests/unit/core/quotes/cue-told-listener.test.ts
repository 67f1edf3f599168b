/**
 * "told X" is never an inverted attribution: the name after it is the listener, and the speaker is written
 * before the verb ("…,” Jane Smith, 49, told The Daily Ledger").
 */
import { describe, expect, test } from 'vitest';
import { quoteSpeakers as speakers } from '../../../helpers/quotes';

describe('the listener after "told"', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['a described name told a news agency', ['“We will win this election,” Senator Jane Smith, a close adviser to the candidate, told AFP.'], ['Jane Smith']],
    ['a role and a name in an apposition told a radio', ['“We should not close doors but open windows,” the Harbour spokesman, John Roe, told Harbour Radio.'], ['John Roe']],
    ['a name and an age told a newspaper', ['Jane Smith spoke on Monday.', '“Most of my neighbours are farmers,” Smith, 49, told The Daily Ledger.'], ['Jane Smith']],
    // hard negative: an inverted "said X" still names its speaker after the verb
    ['hard negative: said X after a comma', ['“We will win this election,” the adviser said, Jane Smith.'], ['the adviser']],
    ['hard negative: asked X', ['“Will you win this election?” asked Jane Smith, a reporter.'], ['Jane Smith']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});
