/**
 * "X is quoted as saying": the passive's subject is the one quoted, before or after the quotation.
 * Rows are paragraphs in, [speaker, kind, text] out (all sentences and names invented for these tests).
 */
import { describe, expect, test } from 'vitest';
import { speakerKindText as quotes } from '../../../helpers/quotes';

describe('quoted as saying', () => {
  test.each<[string, string[], (string | null)[][]]>([
    ['after a quotation, "is quoted as saying"', ['“Our method works because we call likely voters,” Ravel is quoted as saying.'], [['Ravel', 'direct', 'Our method works because we call likely voters']]],
    ['after a quotation, "has been quoted as telling"', ['“The rules are clear,” Jo Park has been quoted as telling the paper.'], [['Jo Park', 'direct', 'The rules are clear']]],
    ['before reported speech, "was quoted as saying"', ['Jo Park was quoted as saying the rules were clear.'], [['Jo Park', 'reported', 'the rules were clear']]],
    // hard negative: the active form names the one quoted after "quoted"
    ['hard negative: the active form', ['The paper quoted Jo Park as saying the rules were clear.'], [['Jo Park', 'reported', 'the rules were clear']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });
});
