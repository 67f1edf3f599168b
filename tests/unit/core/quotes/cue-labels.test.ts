/**
 * Labels before a colon. A lone past participle ("Spotted:", "Revealed:") heads what follows; a list's or
 * a guide's labels ("Bonus:", "Need:", "Navigation Roadblocks:") are no speakers, since the article never
 * names them elsewhere nor repeats them as a transcript does. Hard negatives: transcript speakers that
 * recur, a label the article names elsewhere, a source leading the headline.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

type Row = [string | null, string, string];
const quotes = (paragraphs: string[]): Row[] => findQuotes(paragraphs).quotes.map((q) => [q.speaker, q.kind, q.text]);

describe('a lone past participle before a colon heads a line', () => {
  test.each<[string, string[], Row[]]>([
    ['"Spotted:"', ['Spotted: Blair and Serena hanging out on Halloween.'], []],
    ['"Revealed:"', ['Revealed: the secret plan to rebuild the city centre.'], []],
    ['"Pictured:" in the body', ['The bridge opened on Monday.', 'Pictured: The mayor and her deputy at the opening of the bridge.'], []],
    // hard negatives: a short surname ending in -ed, a transcript speaker
    ['hard negative: a short surname ending in -ed', ['Reed: The plan is late and far over budget.'], [['Reed', 'reported', 'The plan is late and far over budget']]],
    ['hard negative: a transcript speaker', ['TRUMP: We will build it and they will pay for it.'], [['TRUMP', 'direct', 'We will build it and they will pay for it']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });
});

describe('a list’s labels before a colon are no speakers', () => {
  test.each<[string, string[], Row[]]>([
    ['a guide’s one-word labels', ['How to plan a party for less', 'What you need: Wear matching shirts and bring snacks for everyone.', 'Bonus: Wear a hat that matches the shirts.', 'Pro tip: Buy the snacks a week before the party.'], []],
    ['a list’s two-word heading', ['How stores trick you', 'Navigation Roadblocks: Stores force you to walk around things you do not need.', 'Color: Stores use color to make products look attractive.'], []],
    ['a sorting list', ['Sort your things', 'Need: You absolutely need this item to get by every day.', 'Sometimes Need: You do not need this item every day, but you use it often.', 'Want: You bought this item because you wanted it, not because you needed it.'], []],
    ['a note closing a story', ['The council met on Monday.', 'CLARIFICATION: The first sentence has been changed to reflect the vote.'], []],
    // hard negatives: a transcript repeating its speakers, a label named elsewhere, a role and a name, a headline
    [
      'hard negative: a transcript repeats its labels, the full name first',
      ['The interview, in part, went as follows.', 'JANE DOE: Do you think the plan will work at all?', 'SMITH: I think it will work, and the town agrees.', 'DOE: Why does the town agree with you?', 'SMITH: Because we asked every voter in town.'],
      [
        ['JANE DOE', 'direct', 'Do you think the plan will work at all?'],
        ['SMITH', 'direct', 'I think it will work, and the town agrees'],
        ['JANE DOE', 'direct', 'Why does the town agree with you?'],
        ['SMITH', 'direct', 'Because we asked every voter in town'],
      ],
    ],
    ['hard negative: a surname the article names elsewhere', ['Senators met on Monday to discuss the report.', 'Lewandowski: The director acted as judge and jury on the case.', 'Corey Lewandowski, a former campaign manager, spoke on Monday.'], [['Corey Lewandowski', 'reported', 'The director acted as judge and jury on the case']]],
    ['hard negative: a role and a name named elsewhere', ['The city met on Monday.', 'Reporter Jane Doe: The plan is late and far over budget.', 'The report by Jane Doe came out on Monday.'], [['Jane Doe', 'reported', 'The plan is late and far over budget']]],
    ['hard negative: a source leading the headline', ['Poll: Clinton and Trump in dead heat heading into first debate', 'The race is close, the new survey found.'], [['Poll', 'reported', 'Clinton and Trump in dead heat heading into first debate']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });
});
