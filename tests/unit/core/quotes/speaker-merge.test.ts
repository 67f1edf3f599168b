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
    ['a two-word surname → the full name', ['Marine Le Pen said on Monday that the vote was a sign.', '“We will win,” Le Pen said.'], [['Marine Le Pen', ['Le Pen']]], ['Marine Le Pen', 'Marine Le Pen']],
    ['a compound surname → the full name', ['Osman Abu Laban said the search would go on.', '“We will find them,” Abu Laban said.'], [['Osman Abu Laban', ['Abu Laban']]], ['Osman Abu Laban', 'Osman Abu Laban']],
    ['a transcript surname in capitals', ['JAKE TAPPER: You said the transcripts would be released.', 'TAPPER: You said it again on Monday.'], [['JAKE TAPPER', ['TAPPER']]], ['JAKE TAPPER', 'JAKE TAPPER']],
    ['a capitalised description before a full name adds nothing', ['Staff Katie Walsh arrived on Monday.', 'Katie Walsh said the party had raised more money than ever.', '“We are ready,” Staff Katie Walsh said.'], [['Katie Walsh', ['Staff Katie Walsh']]], ['Katie Walsh', 'Katie Walsh']],
    // hard negatives: a surname two people share stays with the one the text points to; different people stay apart
    ['hard negative: a surname shared by two people', ['Bill Clinton said the economy was strong.', 'Hillary Clinton said the plan would work.', 'Clinton said the polls were wrong.'], [['Bill Clinton', []], ['Hillary Clinton', ['Clinton']]], ['Bill Clinton', 'Hillary Clinton', 'Hillary Clinton']],
    ['hard negative: two people with different surnames', ['Mary Smith said the economy was strong.', 'John Jones said the plan would work.'], [['Mary Smith', []], ['John Jones', []]], ['Mary Smith', 'John Jones']],
    ['hard negative: a group is no person to merge', ['Donald Trump said the plan would work.', 'Trump supporters said the rally was the biggest yet.'], [['Donald Trump', []], ['Trump supporters', []]], ['Donald Trump', 'Trump supporters']],
  ])('%s', (_name, paragraphs, speakers, quotes) => {
    expect(run(paragraphs)).toEqual({ speakers, quotes });
  });
});
