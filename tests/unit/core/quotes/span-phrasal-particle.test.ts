/**
 * What a "point out" verb reports starts after its particle and "that": "pointed out that the budget was
 * late" → "the budget was late". Hard negative: "pointed to X" keeps its preposition, which opens the object.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

type Row = [string | null, string, string];
const quotes = (text: string): Row[] => findQuotes([text]).quotes.map((q) => [q.speaker, q.kind, q.text]);

describe('the particle of "point out" is no part of what was said', () => {
  test.each<[string, string, Row[]]>([
    ['"pointed out that …"', 'Jane Smith pointed out that the budget was late by a full year.', [['Jane Smith', 'reported', 'the budget was late by a full year']]],
    ['"pointing out that …" after a clause', 'Jane Smith sided with the bookmakers, pointing out that the home team would win the cup.', [['Jane Smith', 'reported', 'the home team would win the cup']]],
    ['"pointed out X" with no "that"', 'Jane Smith pointed out the flaws in the budget plan to the council.', [['Jane Smith', 'reported', 'the flaws in the budget plan to the council']]],
    // hard negative: "pointed to" opens its object with the preposition
    ['hard negative: "pointed to X"', 'Jane Smith pointed to the flaws in the budget plan.', [['Jane Smith', 'reported', 'to the flaws in the budget plan']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
