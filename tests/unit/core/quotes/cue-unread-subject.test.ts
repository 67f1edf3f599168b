/**
 * A past form of a clause verb followed by "that" reports what follows even when no subject was read before it
 * ("The Harlow Institute, which tracks road spending in the county's towns, noted that …"); never an -s form, which may
 * be a noun ("days before reports that she had resigned"), never a participle.
 */
import { describe, expect, test } from 'vitest';
import { quoteTexts as texts } from '../../../helpers/quotes';

describe('a past clause verb and "that" without a subject read', () => {
  test.each([
    ['after a long subject with a relative clause', 'The committee that has been looking into the matter for most of the past two years concluded that the bridge was safe.', ['the bridge was safe']],
    ['after a subject with a list', 'Several of the old guard, the new donors and even a few of the staff members argued that a coach must listen to every player on the team.', ['a coach must listen to every player on the team']],
    ['hard negative: an -s form that is a noun', 'The letter came just days before reports that she had sold the company.', []],
    ['hard negative: a participle', 'A report released on Friday, detailing that the bridge was safe, was ignored.', []],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});
