/** Credits lines, bylines and datelines: recognised only when they are the whole block. */
import { describe, expect, test } from 'vitest';
import { isBylineBlock, isDateLine } from '../../../../src/core/extract/byline';
import { tidyByline } from '../../../../src/core/extract/byline-text';
import { isCreditsLine } from '../../../../src/core/extract/credits';
import { namesIn } from '../../../../src/core/extract/names';

describe('credits line', () => {
  test.each([
    '(Additional reporting by Nikolaj Skydsgaard in Copenhagen, Writing by Mark Trevelyan and Timothy Heritage, Editing by Nick Macfie)',
    'Reporting by Jane Doe; Editing by John Roe',
    'Writing by Mark Trevelyan',
    '[Additional reporting from Paris by Anne Duval]',
    'Associated Press writer Tomas Ibarra contributed to this report.',
  ])('credits: %s', (text) => expect(isCreditsLine(text)).toBe(true));

  test.each([
    'The minister said reporting by the newspaper had been unfair.',
    'Editing a budget by hand is slow, the clerk said.',
    'He thanked the staff who had worked on the report.',
  ])('not credits: %s', (text) => expect(isCreditsLine(text)).toBe(false));
});

describe('byline block', () => {
  test.each([
    ['By Eleanor Whitcombe', 'Eleanor Whitcombe'],
    ['By Eleanor Whitcombe, Transport Correspondent', 'Eleanor Whitcombe'],
    ['Eleanor Whitcombe', 'Eleanor Whitcombe'],
    ['By Reuters Staff', null],
  ])('byline: "%s" (byline %s)', (text, byline) => expect(isBylineBlock(text, byline)).toBe(true));

  test.each([
    ['By the end of the week, the council had voted to approve the plan.', 'Eleanor Whitcombe'],
    ['By Tuesday, Whitcombe had filed three stories.', 'Mark Trevelyan'],
    ['Eleanor Whitcombe said the road would reopen in April, after repairs to the deck joints are complete.', 'Eleanor Whitcombe'],
  ])('not a byline: "%s"', (text, byline) => expect(isBylineBlock(text, byline)).toBe(false));
});

describe('dateline', () => {
  test.each([
    'Posted January 27, 2022 9:48 am',
    'Monday 12 February 2024, 7:30am',
    'Updated: 2024-02-12 08:00',
    'Published 14th Mar 2022, 11:05 GMT',
    'Jan. 5, 2020',
    '4:12 PM ET',
    'Updated 9:48 a.m.',
  ])('dateline: %s', (text) => expect(isDateLine(text)).toBe(true));

  test.each([
    'The meeting on January 27, 2022 was long.',
    'On 12 February 2024 the bridge closed.',
    '2024 was a record year for the port.',
    'At 4:12 PM the ferry left.',
    '3:16',
  ])('not a dateline: %s', (text) => expect(isDateLine(text)).toBe(false));
});

describe('names in bylines and credits', () => {
  test.each([
    ['(Additional reporting by Nikolaj Skydsgaard in Copenhagen, Writing by Mark Trevelyan and Timothy Heritage, Editing by Nick Macfie)', ['Nikolaj Skydsgaard', 'Mark Trevelyan', 'Timothy Heritage', 'Nick Macfie']],
    ['Reporting by Jane Doe; Editing by John Roe', ['Jane Doe', 'John Roe']],
    ['Eleanor Whitcombe and Sam Okafor', ['Eleanor Whitcombe', 'Sam Okafor']],
    ['Reuters', []],
    [null, []],
  ])('%s → %j', (text, names) => expect(namesIn(text)).toEqual(names));
});

describe('byline text: the names and nothing else', () => {
  test.each([
    ['By Priya Nair', 'Priya Nair'],
    ['Posted by quill, Ferro, Dana on 2021-06-03, all posts', 'quill, Ferro, Dana'],
    ['Tomas Reyes April 2, 2019', 'Tomas Reyes'],
    ['PRIYA NAIR June 4, 2018 7:15 AM', 'PRIYA NAIR'],
    ['Dana Holt14 Mar 2020318', 'Dana Holt'],
    ['Written by Priya Nair Edited by Tomas Reyes', 'Priya Nair'],
    ['Tomas Reyes (https://reyes.example/home/)', 'Tomas Reyes'],
    ['Priya Nair |', 'Priya Nair'],
    ['By Priya Nair · Published March 3, 2025', 'Priya Nair'],
    ['Tomas Reyes | Updated on 2 April 2019', 'Tomas Reyes'],
  ])('"%s" → "%s"', (raw, want) => expect(tidyByline(raw)).toBe(want));

  test.each(['Follow Author', 'Last Updated: March 3, 2024', 'Published 2 hours ago', 'Contact the author'])('no one: "%s"', (raw) => expect(tidyByline(raw)).toBeNull());

  test.each([
    ['a name with a digit in it (a user name)', 'quill2049', 'quill2049'],
    ['a name that holds a month word', 'June Carter and Will Mayfield', 'June Carter and Will Mayfield'],
    ['a role after a comma', 'Priya Nair, Science Editor', 'Priya Nair, Science Editor'],
    ['a word such as "Posted" with no separator before it', 'Ada Posted', 'Ada Posted'],
  ])('hard negative, kept: %s', (_name, raw, want) => expect(tidyByline(raw)).toBe(want));
});
