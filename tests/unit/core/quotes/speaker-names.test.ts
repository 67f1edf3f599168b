/**
 * Full names behind surnames and descriptions before names: the name registry and the role words
 * written before a name. Rows are paragraphs in, quote speakers out.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const quoteSpeakers = (paragraphs: string[]) => findQuotes(paragraphs).quotes.map((q) => q.speaker);

describe('a surname stands for the full name introduced after a title or an organisation', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['an organisation and a title before the name', ['RNC Chief of Staff Katie Walsh met donors on Monday.', 'Walsh said the party had hired more staff.'], ['Katie Walsh']],
    ['a newspaper and a hyphenated title before the name', ['Post Editor-in-Chief Martin Baron hired ten reporters.', '“We intend to cover him,” Baron said.'], ['Martin Baron']],
    ['a hyphenated role opening the sentence', ['Co-anchor Norah O’Donnell joined the show on Monday.', '“Really?” O’Donnell asked.'], ['Norah O’Donnell']],
    ['a plural group noun before the name', ['Celebrities Julianne Moore and others joined the campaign.', 'Moore said the law had to change.'], ['Julianne Moore']],
    ['an occupation before the name', ['Filmmaker Jack Marino spoke at the rally.', '“It is over,” Marino said.'], ['Jack Marino']],
    ['a role before a middle initial', ['The letter from White House Counsel W. Neil Eggleston arrived.', 'Eggleston said the letter was final.'], ['W. Neil Eggleston']],
    ['a name before a possessive', ['Trump has a year to define Barack Obama’s America.', 'Obama said the economy was strong.'], ['Barack Obama']],
    ['a first name that is also a word, inside a sentence', ['The costs were high, according to Will Doyle, a professor.', 'Doyle said college pays off.'], ['Will Doyle', 'Will Doyle']],
    ['a surname that is also a country', ['Rep. Steve Israel spoke on Monday.', '“We will win,” Israel said.'], ['Steve Israel']],
    ['a name inside the title of a show', ['She appeared on MSNBC’s The Rachel Maddow Show on Thursday.', 'Maddow said the race was open.'], ['Rachel Maddow']],
    ['an honorific spelt out', ['The crowd loved Mister Fred Rogers.', 'Rogers said that kindness was what mattered.'], ['Fred Rogers']],
    ['a capitalised role noun before the name', ['NBC’s Investigative Correspondent Cynthia McFadden broke the story.', 'McFadden said the server was open.'], ['Cynthia McFadden']],
    ['"Counsel" is a role', ['The letter from FBI General Counsel James A. Baker arrived.', 'Baker said the review was over.'], ['James A. Baker']],
    ['a surname that is also a word', ['British Prime Minister Theresa May said the vote was final.'], ['Theresa May']],
    ['a surname that is also a verb', ['George Will wrote that the party had lost its way.'], ['George Will']],
    ['"May said": a modal before a past tense is the surname', ['British Prime Minister Theresa May spoke on Monday.', 'May said the vote was final.'], ['Theresa May']],
    ['"Will said" opening a report', ['George Will wrote a column.', 'Will said the party was lost and the race was over.'], ['George Will', 'George Will']],
    // hard negatives: a real middle initial, a suffix, and a three-word name stay whole; a region is no surname;
    // a modal before a bare verb is a modal
    ['hard negative: a three-word name', ['Mary Jo White spoke on Monday.', 'White said the review was over.'], ['Mary Jo White']],
    ['a surname that is also a word, before an apposition', ['Yin Myint May, 60, a doctor, said she was elated but still feared the military.'], ['Yin Myint May']],
    ['hard negative: a month before its day', ['“We will win the state,” said Jane Smith May 5 in Ohio.'], ['Jane Smith']],
    ['hard negative: a month after a lone surname', ['“We will win the state,” said Trump May 5 in Ohio.'], ['Trump']],
    ['hard negative: a modal before a bare verb', ['Theresa May spoke on Monday.', 'Officials may say the vote was final.'], ['Officials']],
    ['hard negative: a question opening with "Will"', ['Will Trump win the state?', 'Trump said he would win it easily.'], ['Trump']],
    ['hard negative: a country after a region word', ['North Korea tested a missile.', 'Korea said the test was a success.'], ['Korea']],
    ['hard negative: a country alone', ['Israel said it would respond.'], ['Israel']],
    ['hard negative: a middle initial and a suffix', ['Vice President Joseph R. Biden Jr. spoke in Ohio.', 'Biden said the middle class was hurting.'], ['Joseph R. Biden']],
    ['hard negative: a first name that ends like a plural', ['Charles Elliott Smith arrived on Monday.', 'Smith said the city had lost a great man.'], ['Charles Elliott Smith']],
    ['hard negative: an organisation name is no person', ['The Washington Post reported the story.', 'Post said the story was true.'], ['Post']],
    ['hard negative: "Absent" opening a sentence is no first name', ['Jane Smith spoke on Monday.', 'Absent Smith, the party said it would go on.', 'Absent Smith said it was over.'], ['the party', 'Jane Smith']],
    ['hard negative: a quantifier opening a sentence is no first name', ['Several Twitter executives left in April.', 'Twitter said its revenue was flat.'], ['Twitter']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('a description before a name is a role', () => {
  test.each([
    ['an occupation', 'Filmmaker Jack Marino said the party had changed.', ['Jack Marino', 'Filmmaker']],
    ['a hyphenated role', 'Co-anchor Norah O’Donnell said the show would go on.', ['Norah O’Donnell', 'Co-anchor']],
    ['hard negative: a three-word name', 'Mary Jo White said the show would go on.', ['Mary Jo White', null]],
  ])('%s', (_name, paragraph, expected) => {
    expect(findQuotes([paragraph]).speakers.map((s) => [s.name, s.role])).toEqual([expected]);
  });
});

describe('two people speaking together', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['two surnames → both full names', ['Donald Trump met Paul Ryan on Thursday.', 'Trump and Ryan said they would work together.'], ['Donald Trump and Paul Ryan']],
    ['two honorifics and surnames', ['Robert Peck and Mark Mahaney are analysts.', 'Mr. Peck and Mr. Mahaney said the firm would grow.'], ['Robert Peck and Mark Mahaney']],
    ['two titled full names', ['Senator Ted Cruz and Senator Rand Paul said the bill was dead.'], ['Ted Cruz and Rand Paul']],
    // hard negatives: an organisation's name with "and" is not two people; a list after a determiner is one phrase
    ['hard negative: "Engineering and Medicine" is part of a name', ['The National Academies of Sciences, Engineering and Medicine said the data was clear.'], ['Medicine']],
    ['hard negative: an agency named with "and"', ['United States Citizenship and Immigration Services said it was taking additional steps.'], ['Immigration Services']],
    ['hard negative: a name and a noun phrase', ['Jane Smith and her aides said the plan was dead.'], ['her aides']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });

  test('two people speaking together are a group', () => {
    const { speakers } = findQuotes(['Donald Trump met Paul Ryan on Thursday.', 'Trump and Ryan said they would work together.']);
    expect(speakers.map((s) => [s.name, s.kind, s.aliases])).toEqual([['Donald Trump and Paul Ryan', 'organization', ['Trump and Ryan']]]);
  });
});
