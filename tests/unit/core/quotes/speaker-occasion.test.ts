/**
 * Between a speaker and the verb, the occasion of the saying ("in a Medium post", "in an interview on
 * Monday") and a time phrase ("later that day") are no speaker.
 */
import { describe, expect, test } from 'vitest';
import { quoteSpeakers as speakers } from '../../../helpers/quotes';

describe('the occasion or time between a speaker and the verb', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['a post', ['Tom Ruddick in a Medium post said he planned to hire more nurses for the clinics.'], ['Tom Ruddick']],
    ['an interview and a day', ['Jane Smith in an interview on Monday said the plan would fail.'], ['Jane Smith']],
    ['a pronoun before the occasion', ['Jane Smith spoke.', 'She in a statement said the plan would fail.'], ['Jane Smith']],
    ['"this past week" after an apposition', ['Jane Smith, the club chairman, this past week announced that the club would launch a newsletter.'], ['Jane Smith']],
    ['"sometimes" before the verb', ['Jane Smith spoke.', 'The figures shifted during the spring, as Smith has sometimes acknowledged.'], ['Jane Smith']],
    ['"later that day"', ['Jane Smith later that day said the plan would fail.'], ['Jane Smith']],
    // hard negatives: a speaker noun with its place is the speaker; a share of people keeps its number
    ['hard negative: officials in a ministry', ['Officials in the ministry said the plan would fail.'], ['Officials in the ministry']],
    ['hard negative: a share', ['Nine in 10 registered voters say the plan will fail.'], ['Nine in 10 registered voters']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});
