/**
 * "on" before a day or a medium is the occasion of the saying, so the verb keeps its clause frame and reports the
 * words before it ("A is joining the panel, KRV announced on Tuesday"); and a sentence adverb before a comma
 * ("More recently,", "Publicly,") opens the sentence before the subject a closing participle shares.
 */
import { describe, expect, test } from 'vitest';
import { speakerAndText as quotes } from '../../../helpers/quotes';

describe('"on" a day or a medium after a clause verb', () => {
  test.each([
    ['announced on a day', 'Jane Doe, a former chef, is joining the cooking hour as a judge, the channel announced on Tuesday.', [['the channel', 'Jane Doe, a former chef, is joining the cooking hour as a judge']]],
    ['reported on a day', 'The harbor will reopen this week, sooner than planned, the port authority reported on Monday.', [['the port authority', 'The harbor will reopen this week, sooner than planned']]],
    ['hard negative: "on" a topic keeps the quote frame', 'The bridge will be late, Jane Smith reported on the new plans for the city.', [['Jane Smith', 'on the new plans for the city']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a sentence adverb before the subject a participle shares', () => {
  test.each([
    ['"More recently,"', 'More recently, Tom Baker has changed course to suit the crowd, offering more cheerful forecasts about jobs.', [['Tom Baker', 'more cheerful forecasts about jobs']]],
    ['"Publicly,"', 'Publicly, Jane Smith has kept her distance from the campaign, praising the governor only once.', [['Jane Smith', 'the governor only once']]],
    ['hard negative: a participle with no clause before it', 'More recently, offering more cheerful forecasts about jobs.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
