/**
 * Labels before a colon. A lone past participle ("Spotted:", "Revealed:") heads what follows; a list's or
 * a guide's labels ("Bonus:", "Need:", "Aisle Detours:") are no speakers, since the article never
 * names them elsewhere nor repeats them as a transcript does. Hard negatives: transcript speakers that
 * recur, a label the article names elsewhere, a source leading the headline.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

type Row = [string | null, string, string];
const quotes = (paragraphs: string[]): Row[] => findQuotes(paragraphs).quotes.map((q) => [q.speaker, q.kind, q.text]);

describe('a lone past participle before a colon heads a line', () => {
  test.each<[string, string[], Row[]]>([
    ['"Spotted:"', ['Spotted: Nadia and Priya sharing lunch on the pier.'], []],
    ['"Revealed:"', ['Revealed: the secret plan to rebuild the city centre.'], []],
    ['"Pictured:" in the body', ['The bridge opened on Monday.', 'Pictured: The mayor and her deputy at the opening of the bridge.'], []],
    // hard negatives: a short surname ending in -ed, a transcript speaker
    ['hard negative: a short surname ending in -ed', ['Reed: The plan is late and far over budget.'], [['Reed', 'reported', 'The plan is late and far over budget']]],
    ['hard negative: a transcript speaker', ['THORNE: We will fix it and the county will pay for it.'], [['THORNE', 'direct', 'We will fix it and the county will pay for it']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });
});

describe('a list’s labels before a colon are no speakers', () => {
  test.each<[string, string[], Row[]]>([
    ['a guide’s one-word labels', ['How to plan a party for less', 'What you need: Pack matching scarves and some snacks for everyone.', 'Bonus: Wear a hat that matches the shirts.', 'Pro tip: Buy the snacks a week before the party.'], []],
    ['a list’s two-word heading', ['How stores trick you', 'Aisle Detours: Shops make you walk past goods you did not come for.', 'Lighting: Shops use warm light to make food look fresher.'], []],
    ['a sorting list', ['Sort your things', 'Need: You really cannot manage a week without this thing.', 'Often Need: You can go a while without this thing, but you reach for it a lot.', 'Want: You got this thing because it looked nice, not because it was useful.'], []],
    ['a note closing a story', ['The council met on Monday.', 'CLARIFICATION: The second paragraph was updated to show the final count.'], []],
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
    ['hard negative: a surname the article names elsewhere', ['Senators met on Monday to discuss the report.', 'Okafor: The panel moved far too fast on the case.', 'Rhys Okafor, a former campaign manager, spoke on Monday.'], [['Rhys Okafor', 'reported', 'The panel moved far too fast on the case']]],
    ['hard negative: a role and a name named elsewhere', ['The city met on Monday.', 'Reporter Jane Doe: The plan is late and far over budget.', 'The report by Jane Doe came out on Monday.'], [['Jane Doe', 'reported', 'The plan is late and far over budget']]],
    ['hard negative: a source leading the headline', ['Poll: Ferreira and Brackett neck and neck going into final debate', 'The race is close, the new survey found.'], [['Poll', 'reported', 'Ferreira and Brackett neck and neck going into final debate']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });
});

describe('a headline source before its audience or place and a colon', () => {
  test.each<[string, string[], Row[]]>([
    ['"X to Y:"', ['Smith to Union Leaders: The plant will stay open through next year.'], [['Smith', 'reported', 'The plant will stay open through next year']]],
    ['"X at Y:"', ['Former Mayor Baker at Convention: The city needs a new budget.'], [['Baker', 'reported', 'The city needs a new budget']]],
    ['hard negative: lower-case words before the colon', ['A note to readers: the plant will stay open through next year.'], []],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });
});
