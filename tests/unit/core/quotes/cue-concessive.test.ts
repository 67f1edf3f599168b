/**
 * A concessive free relative ("regardless of what plain numbers might say", "no matter what critics say",
 * "whatever the mayor says") names what someone might say and reports nothing. Hard negatives: "no matter
 * what" inside what a speaker says, a plain "what" clause.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

type Row = [string | null, string, string];
const quotes = (text: string): Row[] => findQuotes([text]).quotes.map((q) => [q.speaker, q.kind, q.text]);

describe('a concessive clause reports nothing', () => {
  test.each<[string, string, Row[]]>([
    ['"regardless of what X might say"', 'Sellers lean on this habit openly by convincing you one brand is nicer than the rest, regardless of what plain numbers might say.', []],
    ['"no matter what X say"', 'No matter what critics say, the plan will go ahead next year.', []],
    ['"whatever X says"', 'Whatever the mayor says, the plan will go ahead next year.', []],
    // hard negatives: the words are inside what a named speaker says; a plain "what" clause
    ['hard negative: "no matter what" inside the report', 'The mayor said that no matter what happens, the plan will go ahead.', [['the mayor', 'reported', 'no matter what happens, the plan will go ahead']]],
    ['hard negative: a plain "what" clause', 'Here is what the mayor said about the plan on Monday.', [['the mayor', 'reported', 'about the plan on Monday']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
