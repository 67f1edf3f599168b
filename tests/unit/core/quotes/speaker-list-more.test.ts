/**
 * Speaker names the popup lists: a capitalised "Day" or "Today" after a name word is part of the name
 * ("Mara Day", "USA Today"), never a time cut off it; a weekday or a lower-case time after a name
 * still is one. Office titles such as "Supervisor of Elections", "Comptroller" or "Administrator" are
 * roles before a name, not the name. A plural group noun opening a run of capitalised words ("Republicans
 * Quint and Brandt") is no first name. "during a Sunday interview" after a name is the occasion, not the name.
 * A title-case headline names people too: a known first name and the word after it inside a long run of
 * capitalised words ("Nancy Quint Takes On John Brandt …") give the full name a later surname stands for.
 * Rows are paragraphs in, the speaker of each quote out (all sentences written for these tests).
 */
import { describe, expect, test } from 'vitest';
import { quoteSpeakers as speakers } from '../../../helpers/quotes';

describe('a capitalised time word after a name word is part of the name', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['"said" before a surname Day', ['“We are not welcome here,” said Mara Day, the director of a state group.'], ['Mara Day']],
    ['a surname Day before "said"', ['Tom Day said the plan would fail.'], ['Tom Day']],
    ['a surname Day before a comma and "said"', ['“We will be back,” Lena Day, a local organiser, said.'], ['Lena Day']],
    // hard negatives: a weekday or a lower-case time after a name is still a time
    ['hard negative: a weekday after the name', ['“We won,” said Tom Brandt Monday.'], ['Tom Brandt']],
    ['hard negative: "today" in lower case', ['Tom Brandt today said the plan would fail.'], ['Tom Brandt']],
    ['hard negative: a capitalised Day opening no name', ['“We won,” Tom Brandt said on Election Day.'], ['Tom Brandt']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});

describe('office titles before a name are a role', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['a title with "of" and a place before it', ['Harlow County Supervisor of Elections Mara Quint said the count was over.'], ['Mara Quint']],
    ['"Supervisor of Elections" alone', ['Supervisor of Elections Mara Quint said the count was over.'], ['Mara Quint']],
    ['a state comptroller', ['State Comptroller Tom Brandt said the budget was short.'], ['Tom Brandt']],
    ['an agency administrator', ['Agency Administrator Gina Lowe said the rule stands.'], ['Gina Lowe']],
    ['"the administrator" after the named one', ['Agency Administrator Gina Lowe said the rule stands.', 'The administrator said the fines would rise.'], ['Gina Lowe', 'Gina Lowe']],
    // hard negatives: a surname or an organisation is not cut as a title
    ['hard negative: a plain two-word name', ['Mara Quint said the count was over.'], ['Mara Quint']],
    ['hard negative: an office as organisation', ['The Office of the Comptroller said the budget was short.'], ['Office of the Comptroller']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});

describe('a plural group noun before a surname is no first name', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['a group noun before a surname alone', ['Republicans Quint of Harlow and Brandt of Dale oppose the plan.', 'Quint said the plan would fail.'], ['Quint']],
    ['a group noun before a full name', ['Democrats Mara Quint and Tom Brandt oppose the plan.', 'Quint said the plan would fail.'], ['Mara Quint']],
    ['a group noun, then the full name with a title', ['Republicans Quint and Brandt oppose the plan.', 'Rep. Mara Quint said the plan would fail.', 'Quint said the vote was close.'], ['Mara Quint', 'Mara Quint']],
    // hard negatives: a party word in the singular is a role; the group alone still speaks
    ['hard negative: a singular party word is a role', ['Republican Mara Quint said the plan would fail.'], ['Mara Quint']],
    ['hard negative: the group alone speaks', ['Republicans said the plan would fail.'], ['Republicans']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});

describe('"during …" after a name is the occasion', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['a surname before "during a … interview"', ['Tom Brandt spoke in Dale.', 'Brandt during a Sunday interview said he would stay in the race.'], ['Tom Brandt']],
    ['a full name before "during a … interview"', ['Tom Brandt during a radio interview said he would stay in the race.'], ['Tom Brandt']],
    // hard negatives: a surname spelt like the word stays whole; a name with no occasion is unchanged
    ['hard negative: the surname During', ['Ellen During said the plan would fail.'], ['Ellen During']],
    ['hard negative: no occasion', ['Tom Brandt said he would stay in the race.'], ['Tom Brandt']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});

describe('full names inside a title-case headline', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['the first name opening the headline', ['Nancy Quint Takes On John Brandt In The Race For Mayor', '“I don’t buy that,” Quint said.'], ['Nancy Quint']],
    ['a name in the middle of the headline', ['Nancy Quint Takes On John Brandt In The Race For Mayor', '“We will win,” Brandt said.'], ['John Brandt']],
    // hard negatives: no known first name in the headline; a name in the body is read as before
    ['hard negative: no first name in the headline', ['Quint Takes On Brandt In The Race For Mayor', '“We will win,” Brandt said.'], ['Brandt']],
    ['hard negative: a body name is read as before', ['Mara Quint spoke first.', '“We will win,” Quint said.'], ['Mara Quint']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});
