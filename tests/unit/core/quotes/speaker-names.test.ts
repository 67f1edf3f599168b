/**
 * Full names behind surnames and descriptions before names: the name registry and the role words
 * written before a name. Rows are paragraphs in, quote speakers out.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';
import { quoteSpeakers } from '../../../helpers/quotes';

describe('a surname stands for the full name introduced after a title or an organisation', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['an organisation and a title before the name', ['DNC Chief of Staff Leona Brisco met donors on Monday.', 'Brisco said the party had hired more aides.'], ['Leona Brisco']],
    ['a newspaper and a hyphenated title before the name', ['Herald Editor-in-Chief Simon Ravel hired ten reporters.', '“We plan to follow him,” Ravel said.'], ['Simon Ravel']],
    ['a hyphenated role opening the sentence', ['Co-anchor Fiona O’Rourke joined the show on Monday.', '“Really?” O’Rourke asked.'], ['Fiona O’Rourke']],
    ['a plural group noun before the name', ['Celebrities Celine Harrow and others joined the campaign.', 'Harrow said the rule had to change.'], ['Celine Harrow']],
    ['an occupation before the name', ['Filmmaker Dean Tarrant spoke at the rally.', '“It is over,” Tarrant said.'], ['Dean Tarrant']],
    ['a role before a middle initial', ['The letter from White House Counsel W. Henry Pellham arrived.', 'Pellham said the letter was final.'], ['W. Henry Pellham']],
    ['a name before a possessive', ['The mayor has a year to define Lena Morrow’s legacy.', 'Morrow said the economy was strong.'], ['Lena Morrow']],
    ['a first name that is also a word, inside a sentence', ['The fees were steep, according to Will Danby, a lecturer.', 'Danby said training pays off.'], ['Will Danby', 'Will Danby']],
    ['a surname that is also a country', ['Rep. Dana Poland spoke on Monday.', '“We will win,” Poland said.'], ['Dana Poland']],
    ['a name inside the title of a show', ['She appeared on KTVA’s The Carla Hargreave Show on Tuesday.', 'Hargreave said the race was open.'], ['Carla Hargreave']],
    ['an honorific spelt out', ['The crowd loved Mister Alan Pruett.', 'Pruett said that patience was what mattered.'], ['Alan Pruett']],
    ['a capitalised role noun before the name', ['CBS’s Investigative Correspondent Linda Farrow broke the story.', 'Farrow said the account was open.'], ['Linda Farrow']],
    ['"Counsel" is a role', ['The letter from NSA General Counsel Thomas R. Kemble arrived.', 'Kemble said the review was over.'], ['Thomas R. Kemble']],
    ['a surname that is also a word', ['British Prime Minister Agnes May said the vote was final.'], ['Agnes May']],
    ['a surname that is also a verb', ['Henry Will wrote that the party had lost its way.'], ['Henry Will']],
    ['"May said": a modal before a past tense is the surname', ['British Prime Minister Agnes May spoke on Monday.', 'May said the vote was final.'], ['Agnes May']],
    ['"Will said" opening a report', ['Henry Will wrote a column.', 'Will said the party was lost and the race was over.'], ['Henry Will', 'Henry Will']],
    // hard negatives: a real middle initial, a suffix, and a three-word name stay whole; a region is no surname;
    // a modal before a bare verb is a modal
    ['hard negative: a three-word name', ['Mary Jo Brandt spoke on Monday.', 'Brandt said the review was over.'], ['Mary Jo Brandt']],
    ['a surname that is also a word, before an apposition', ['Thet Naing May, 58, a teacher, said she was relieved but still feared the army.'], ['Thet Naing May']],
    ['hard negative: a month before its day', ['“We will win the state,” said Jane Smith May 5 in Ohio.'], ['Jane Smith']],
    ['hard negative: a month after a lone surname', ['“We will win the state,” said Brandt May 5 in Ohio.'], ['Brandt']],
    ['hard negative: a modal before a bare verb', ['Agnes May spoke on Monday.', 'Officials may say the vote was final.'], ['Officials']],
    ['hard negative: a question opening with "Will"', ['Will Brandt win the state?', 'Brandt said he would win it easily.'], ['Brandt']],
    ['hard negative: a country after a region word', ['North Korea tested a missile.', 'Korea said the test was a success.'], ['Korea']],
    ['hard negative: a country alone', ['Israel said it would respond.'], ['Israel']],
    ['hard negative: a middle initial and a suffix', ['Deputy Mayor Ronald T. Pellow Jr. spoke in Ohio.', 'Pellow said the middle class was struggling.'], ['Ronald T. Pellow']],
    ['hard negative: a first name that ends like a plural', ['Charles Wendell Smith arrived on Monday.', 'Smith said the town had lost a good friend.'], ['Charles Wendell Smith']],
    ['hard negative: an organisation name is no person', ['The Washington Post reported the story.', 'Post said the story was true.'], ['Post']],
    ['hard negative: "Absent" opening a sentence is no first name', ['Jane Smith spoke on Monday.', 'Absent Smith, the party said it would go on.', 'Absent Smith said it was over.'], ['the party', 'Jane Smith']],
    ['hard negative: a quantifier opening a sentence is no first name', ['Several Snapchat executives left in April.', 'Snapchat said its revenue was flat.'], ['Snapchat']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('a description before a name is a role', () => {
  test.each([
    ['an occupation', 'Filmmaker Dean Tarrant said the party had changed.', ['Dean Tarrant', 'Filmmaker']],
    ['a hyphenated role', 'Co-anchor Fiona O’Rourke said the show would go on.', ['Fiona O’Rourke', 'Co-anchor']],
    ['an agent noun before a known first name', 'Commenter Paul Stoffel noted that the fork was made last spring.', ['Paul Stoffel', 'Commenter']],
    ['an activity noun before a known first name', 'Volunteer Anne Roark said the shelter had run out of blankets.', ['Anne Roark', 'Volunteer']],
    ['hard negative: a three-word name', 'Mary Jo Brandt said the show would go on.', ['Mary Jo Brandt', null]],
    ['hard negative: a first name with an agent ending', 'Tyler Paul Hess said the fork was old.', ['Tyler Paul Hess', null]],
    ['hard negative: an agent ending before an unknown first name', 'Spencer Maris Hale said the fork was old.', ['Spencer Maris Hale', null]],
  ])('%s', (_name, paragraph, expected) => {
    expect(findQuotes([paragraph]).speakers.map((s) => [s.name, s.role])).toEqual([expected]);
  });
});

describe('two people speaking together', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['two surnames → both full names', ['Lena Morrow met Victor Sarmiento on Thursday.', 'Morrow and Sarmiento said they would work together.'], ['Lena Morrow and Victor Sarmiento']],
    ['two honorifics and surnames', ['Robert Keddie and Mark Dellow are analysts.', 'Mr. Keddie and Mr. Dellow said the firm would grow.'], ['Robert Keddie and Mark Dellow']],
    ['two titled full names', ['Senator Ada Kemmer and Senator Neil Barrow said the bill was dead.'], ['Ada Kemmer and Neil Barrow']],
    // hard negatives: an organisation's name with "and" is not two people; a list after a determiner is one phrase
    ['hard negative: "Engineering and Medicine" is part of a name', ['The Northern Society of Arts, Engineering and Medicine said the data was clear.'], ['Medicine']],
    ['hard negative: an agency named with "and"', ['Northern Territory Parks and Wildlife Services said it was taking further steps.'], ['Wildlife Services']],
    ['hard negative: a name and a noun phrase', ['Jane Smith and her aides said the plan was dead.'], ['her aides']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });

  test('two people speaking together are a group', () => {
    const { speakers } = findQuotes(['Lena Morrow met Victor Sarmiento on Thursday.', 'Morrow and Sarmiento said they would work together.']);
    expect(speakers.map((s) => [s.name, s.kind, s.aliases])).toEqual([['Lena Morrow and Victor Sarmiento', 'organization', ['Morrow and Sarmiento']]]);
  });
});
