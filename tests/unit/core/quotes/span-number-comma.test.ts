/**
 * A comma inside a number ("10,000", "2,600") ends neither a quote verb's object nor a reported question.
 */
import { describe, expect, test } from 'vitest';
import { quoteTexts as texts } from '../../../helpers/quotes';

describe('a number’s comma', () => {
  test.each([
    ['in a quote verb’s object', 'Jane Smith described how their 2,600 parcels will be shipped north.', ['how their 2,600 parcels will be shipped north']],
    ['in a reported question', 'Asked whether 10,000 tickets was too many, Tom Baker said it was not.', ['whether 10,000 tickets was too many', 'it was not']],
    ['hard negative: a comma and a space still end the object', 'Jane Smith praised the 2,600 volunteers, who had waited for hours.', ['the 2,600 volunteers']],
    ['hard negative: a comma before a year still ends the question', 'Asked whether the plan would pass, 2016 being an election year, Tom Baker said it would.', ['whether the plan would pass']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});
