/**
 * Forms of "brag" report like "boast" ("Tom Baker brags that …"), never in "bragging rights".
 */
import { describe, expect, test } from 'vitest';
import { quoteTexts as texts } from '../../../helpers/quotes';

describe('"brags", "bragging"', () => {
  test.each([
    ['"brags that"', 'Tom Baker brags that he has visited more than 80 farms in the valley.', ['he has visited more than 80 farms in the valley']],
    ['", bragging that"', 'Jane Smith opened the meeting, bragging that the new plan was hers.', ['the new plan was hers']],
    ['hard negative: "bragging rights"', 'The winner will have bragging rights for a year.', []],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});
