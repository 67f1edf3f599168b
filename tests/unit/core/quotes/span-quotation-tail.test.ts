/**
 * After a quotation, the writer's note of when or where it was said, or of what it belongs to, is no part of what
 * was said: "called the vote “rigged” in a post on Tuesday", "“Thank you, Ohio” moments after the polls closed",
 * "“losing the fight,” part of a string of attacks".
 */
import { describe, expect, test } from 'vitest';
import { quoteTexts as texts } from '../../../helpers/quotes';

describe('the writer’s words right after a quotation', () => {
  test.each([
    ['the occasion of the saying', 'Jane Smith called the vote “rigged” in a post on Tuesday, and asked for a recount.', ['the vote “rigged”']],
    ['hard negative: a manner, not an occasion', 'Jane Smith called the vote “rigged” in a way few expected.', ['the vote “rigged” in a way few expected']],
    ['the time of the saying', 'Tom Baker wrote that it was “a long night” moments after the polls closed.', ['it was “a long night”']],
    ['hard negative: a time inside the report', 'Tom Baker wrote that it was “a long night” after the polls closed.', ['it was “a long night” after the polls closed']],
    ['what the saying belongs to', 'Jane Smith said the mayor is “losing the fight,” part of a string of attacks on the city hall.', ['the mayor is “losing the fight,”']],
    ['hard negative: "part of which" goes on with the report', 'Jane Smith said the mayor is “losing the fight,” part of which is his own doing.', ['the mayor is “losing the fight,” part of which is his own doing']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});
