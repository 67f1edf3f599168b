/**
 * A transcript quoted as a block: each paragraph opens with a quotation mark and a speaker's label in
 * capitals, which says who speaks; a stage direction in parentheses is no one's words. Hard negatives: a
 * page label in capitals inside a quotation, a quotation its cue attributes.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

type Row = [string | null, string, string];
const quotes = (paragraphs: string[]): Row[] => findQuotes(paragraphs).quotes.map((q) => [q.speaker, q.kind, q.text]);

const TRANSCRIPT = [
  'Partial transcript as follows:',
  '"HOLLIS: Let’s begin with the latest news on the budget story. Why would she do that?',
  '"BRACKETT: Well, look, this is a hard question for the city.',
  '"(APPLAUSE.)',
  '"HOLLIS: If I may, sir, will he be there?',
];

describe('a quoted transcript', () => {
  test.each<[string, string[], Row[]]>([
    [
      'labels name the speakers; a stage direction is dropped',
      TRANSCRIPT,
      [
        ['HOLLIS', 'direct', 'Let’s begin with the latest news on the budget story. Why would she do that?'],
        ['BRACKETT', 'direct', 'Well, look, this is a hard question for the city.'],
        ['HOLLIS', 'direct', 'If I may, sir, will he be there?'],
      ],
    ],
    // hard negatives: a page label in capitals opening a quotation, a quotation its cue attributes
    ['hard negative: a page label inside a quotation', ['Jane Smith spoke to the council on Monday.', '“UPDATE: the vote has been moved to Friday,” Jane Smith wrote.'], [['Jane Smith', 'direct', 'UPDATE: the vote has been moved to Friday']]],
    ['hard negative: a quotation its cue attributes', ['Jane Smith spoke on Monday. “We are ready,” she said.'], [['Jane Smith', 'direct', 'We are ready']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });
});
