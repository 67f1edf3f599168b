/**
 * One person, one speaker: a name that ends another speaker's name is that person, listed once under
 * the full name (or the shorter name when the longer one only adds a title or a description).
 * Rows are paragraphs in, speakers (name, aliases) and quote speakers out.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const run = (paragraphs: string[]) => {
  const { speakers, quotes } = findQuotes(paragraphs);
  return { speakers: speakers.map((s) => [s.name, s.aliases]), quotes: quotes.map((q) => q.speaker) };
};

describe('a speaker whose name ends another speaker’s name is one person', () => {
  test.each<[string, string[], (string | string[])[][], (string | null)[]]>([
    ['a two-word surname → the full name', ['Claire Le Guen said on Monday that the vote was a signal.', '“We will win,” Le Guen said.'], [['Claire Le Guen', ['Le Guen']]], ['Claire Le Guen', 'Claire Le Guen']],
    ['a compound surname → the full name', ['Karim Abu Salem said the search would go on.', '“We will find them,” Abu Salem said.'], [['Karim Abu Salem', ['Abu Salem']]], ['Karim Abu Salem', 'Karim Abu Salem']],
    ['a transcript surname in capitals', ['RITA HALVORSEN: You said the minutes would be released.', 'HALVORSEN: You said it again on Monday.'], [['RITA HALVORSEN', ['HALVORSEN']]], ['RITA HALVORSEN', 'RITA HALVORSEN']],
    ['a capitalised description before a full name adds nothing', ['Staff Sally Brisco arrived on Monday.', 'Sally Brisco said the party had raised more money than ever.', '“We are ready,” Staff Sally Brisco said.'], [['Sally Brisco', ['Staff Sally Brisco']]], ['Sally Brisco', 'Sally Brisco']],
    // hard negatives: a surname two people share stays with the one the text points to; different people stay apart
    ['hard negative: a surname shared by two people', ['Tom Ashby said the economy was strong.', 'Ruth Ashby said the plan would work.', 'Ashby said the polls were wrong.'], [['Tom Ashby', []], ['Ruth Ashby', ['Ashby']]], ['Tom Ashby', 'Ruth Ashby', 'Ruth Ashby']],
    ['hard negative: two people with different surnames', ['Mary Smith said the economy was strong.', 'John Jones said the plan would work.'], [['Mary Smith', []], ['John Jones', []]], ['Mary Smith', 'John Jones']],
    ['hard negative: a group is no person to merge', ['Dale Corrigan said the plan would work.', 'Corrigan supporters said the rally was the biggest yet.'], [['Dale Corrigan', []], ['Corrigan supporters', []]], ['Dale Corrigan', 'Corrigan supporters']],
  ])('%s', (_name, paragraphs, speakers, quotes) => {
    expect(run(paragraphs)).toEqual({ speakers, quotes });
  });
});
