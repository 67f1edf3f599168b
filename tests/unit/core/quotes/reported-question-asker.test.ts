/**
 * A question put to someone is reported speech of its asker when the article names one after "by";
 * the asker is never the antecedent of the answer's "he" or "she". Rows are paragraphs in, [speaker,
 * text] out (all sentences and names invented for these tests).
 */
import { describe, expect, test } from 'vitest';
import { speakerAndText as quotes } from '../../../helpers/quotes';

describe('the asker of a reported question', () => {
  test.each<[string, string[], (string | null)[][]]>([
    ['a host named after "was asked by"', ['Last week, Ruiz was asked by host Jo Park whether his plan would pass.'], [['Jo Park', 'whether his plan would pass']]],
    ['"Asked by" opening the sentence', ['Asked by Ana Lindqvist whether she had rehearsed, Ms. Ortega said she had not.'], [['Ana Lindqvist', 'whether she had rehearsed'], ['Ortega', 'she had not']]],
    ['a group of askers', ['Asked by reporters whether he would run, Smith said he had not decided.'], [['reporters', 'whether he would run'], ['Smith', 'he had not decided']]],
    // hard negatives: a medium after "by", no "by" at all
    ['hard negative: a medium after "by"', ['Asked by phone whether he would run, Smith said he had not decided.'], [[null, 'whether he would run'], ['Smith', 'he had not decided']]],
    ['hard negative: no asker named', ['Asked whether he would run, Smith said he had not decided.'], [[null, 'whether he would run'], ['Smith', 'he had not decided']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });

  test('the answer’s pronoun refers to the one asked, not the asker', () => {
    const got = quotes(['Tom Ruiz spoke at the fair.', 'He was asked by host Jo Park whether the plan would pass.', '“It will,” he said.']);
    expect(got).toContainEqual(['Jo Park', 'whether the plan would pass']);
    expect(got).toContainEqual(['Tom Ruiz', 'It will']);
  });
});
