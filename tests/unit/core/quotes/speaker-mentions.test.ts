/**
 * Reading the speaker out of the words before a speech verb: documents put out by someone, and
 * noun phrases that cannot speak. Rows are paragraphs in, quote speakers out.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';
import { notAName } from '../../../../src/core/quotes/non-speakers';
import { speakerPhrase } from '../../../../src/core/quotes/speaker-phrase-check';
import { quoteSpeakers } from '../../../helpers/quotes';

describe('a document speaks for the one who put it out', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['an organisation released a statement saying', ['The club released a statement Thursday saying the comments were “based on his own view.”'], ['the club']],
    ['a name issued a statement calling', ['River Watch issued a statement saying it closed the trail “because of the rising water.”'], ['River Watch']],
    ['put out a statement', ['Her office put out a statement saying every bridge could not be inspected.'], ['her office']],
    ['a pronoun puts out a statement', ['Jane Smith spoke on Monday.', 'Hours later, she issued a statement saying the city had to act.'], ['Jane Smith']],
    ['a document with describing words', ['The campaign sent a fundraising email saying the race was now between two men.'], ['the campaign']],
    ['a radio ad released', ['Jane Smith released a new radio ad saying the plan would fail.'], ['Jane Smith']],
    ['a party tag before the publishing verb', ['Assembly Majority Leader Jane Smith (D-Ore.) issued a statement saying that the chamber should pause.'], ['Jane Smith']],
    ['an apposition before the publishing verb', ['Jane Smith, the league’s finance director, released a statement confirming it would triple the budget.'], ['Jane Smith']],
    ['a letter filed', ['Jane Smith filed a two-page letter saying the plan would fail.'], ['Jane Smith']],
    // hard negatives: a statement that merely exists still speaks; a document nobody put out keeps its words;
    // a name describing the document is not its owner
    ['hard negative: the statement said', ['The statement said the town would not change course.'], ['the statement']],
    ['hard negative: a document someone received is not theirs', ['The town received a letter saying the plan was dead.'], ['a letter']],
    ['hard negative: a document someone received, with describing words', ['The town received a short angry letter saying the plan was dead.'], ['a short angry letter']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('a noun phrase that cannot speak', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['a year after an article is no speaker', ['Mr. Brackett worked on a 2012 recall of two judges who had ruled on the case.'], [null]],
    ['an adjective left without its noun', ['The past has called Brackett “a hopeless show-off.”'], [null]],
    ['a superlative left without its noun', ['The highest said that politicians must be held to account.'], [null]],
    ['a participle before a dotted initialism is no role, and the initialism no person', ['The written U.S. and NATO responses were not made public, but both had already rejected those demands while expressing willingness to engage on other issues.'], ['U.S.']],
    // hard negatives: shares of people, nouns in -est and a pronoun inside a phrase still speak
    ['hard negative: a share of people', ['Six in 10 said that the economy favours the wealthy.'], ['Six in 10']],
    ['hard negative: a percentage', ['Nearly 42% said they are liberal.'], ['Nearly 42%']],
    ['hard negative: a noun in -est', ['The protest organizers said the march would go ahead.'], ['the protest organizers']],
    ['hard negative: a source close to him', ['A source close to him said the firm would change its plans.'], ['a source close to him']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('speaker phrases: dangling words and ends that cannot speak', () => {
  test.each<[string, string | null]>([
    ['the president for', 'the president'],
    ['the authors of the', 'the authors'],
    ['a 2010', null],
    ['the state’s 20', null],
    ['his own', null],
    ['the highest', null],
    ['him', null],
    ['the FBI isn’t', 'the FBI'],
    ['a spokeswoman for Brindle also', 'a spokeswoman for Brindle'],
    ['a former bank governor who', null],
    ['he’s', null],
    ['2016', null],
    ['Days after', null],
    ['more accurately', null],
    ['keeping', null],
    ['criticizing him', null],
    ['selling his shares', null],
    ['Democrats controlled the Senate', null],
    ['Virginia', null],
    // an auxiliary or a verb that says nothing ends the subject; what is left must be able to speak
    ['Most of the nervous House Democrats have already', 'Most of the nervous House Democrats'],
    ['the comptroller of the city of Wexford is suing Brackett', 'the comptroller of the city of Wexford'],
    ['four candidates issued statements', 'four candidates'],
    ['speakers took turns', 'speakers'],
    ['the NSB planted magazine stories', 'the NSB'],
    ['the pact binds together', null],
    ['the village immediately began', null],
    // a determiner and an adjective without its noun; a capitalised gerund opening the sentence
    ['his lucrative', null],
    ['a surefire', null],
    ['the detailed', null],
    ['Having', null],
    // a relative clause may end in an adverb; the head before it must speak — unless the clause stops before its verb
    ['a Lakeside aide who wasn’t cleared to comment publicly', 'a Lakeside aide who wasn’t cleared to comment publicly'],
    ['doubter who has repeatedly', null],
    ['managers who run city agencies almost universally', null],
    // a participle and a day, or "based on", make no clause; a year deep in a long phrase is no amount
    ['Figures reported on Sunday', 'Figures reported on Sunday'],
    ['a Wexford College/Valley Herald Poll released Sunday', 'a Wexford College/Valley Herald Poll released Sunday'],
    ['a study by the Lakeside Policy Institute based on tax data from 2012', 'a study by the Lakeside Policy Institute based on tax data from 2012'],
    // hard negatives
    ['31 percent of those who picked a party', '31 percent of those who picked a party'],
    ['a league official who was not allowed to comment', 'a league official who was not allowed to comment'],
    ['a review issued earlier this month', 'a review issued earlier this month'],
    ['the order released Friday', 'the order released Friday'],
    ['the missive', 'the missive'],
    ['an executive', 'an executive'],
    ['the cable', 'the cable'],
    ['Beijing', 'Beijing'],
    ['Trump’s campaign', 'Trump’s campaign'],
    ['the family', 'the family'],
    ['a CNN tally', 'a CNN tally'],
    ['leading academic economists', 'leading academic economists'],
    ['Teachers involved in the talks', 'Teachers involved in the talks'],
    ['polls at the time', 'polls at the time'],
    ['Four Corvell newspapers in Rhode Island', 'Four Corvell newspapers in Rhode Island'],
    ['six in 10', 'six in 10'],
    ['the 46-year-old', 'the 46-year-old'],
    ['the protest', 'the protest'],
    ['most of them', 'most of them'],
    ['officials at the ministry', 'officials at the ministry'],
  ])('%s', (phrase, expected) => {
    expect(speakerPhrase(phrase)).toBe(expected);
  });
});

describe('a dotted initialism speaks as a body', () => {
  test.each<[string, string, string | null]>([
    ['after a participle', 'The written U.S. and NATO responses were not made public, but both had already rejected those demands while expressing willingness to engage.', 'organization'],
    ['alone', 'The U.N. said the talks would resume in March.', 'organization'],
    // hard negative: a person's initials before a surname keep the person
    ['hard negative: initials before a surname', 'J.K. Rowling said the book would be her last.', 'person'],
  ])('%s', (_name, paragraph, kind) => {
    const { speakers } = findQuotes([paragraph]);
    expect(speakers.map((s) => [s.kind, s.role])).toEqual([[kind, null]]);
  });
});

describe('what someone said, named by its owner, speaks for the owner', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['a possessive pronoun', ['Jane Smith spoke on Monday.', 'Her remarks suggested that the plan was dead.'], ['Jane Smith']],
    ['a possessive name with a describing word', ['Theo Brackett spoke on Monday.', 'Brackett’s updated comments suggested that the plan was dead.'], ['Theo Brackett']],
    // hard negatives: a body that is no spoken thing keeps its words; a statement with no owner speaks as written
    ['hard negative: an editorial board', ['The Herald’s editorial board said the plan was dead.'], ['the Herald’s editorial board']],
    ['hard negative: a statement with no owner', ['The statement said the town would not change course.'], ['the statement']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('a lone capitalised word that names no one', () => {
  const common = new Set(['good', 'police', 'public']);
  test.each<[string, boolean]>([
    ['Revealed', true],
    ['BOOM', true],
    ['Similarly', true],
    ['Contrary', true],
    ['I’ve', true],
    ['Democratic', true],
    ['Republican', true],
    ['German', true],
    ['Good', true],
    ['Public', true],
    // hard negatives: names, places, bodies and speaking nouns the article also writes in lower case
    ['Rubio', false],
    ['Beijing', false],
    ['Police', false],
    ['Poll', false],
    ['Teachers', false],
    ['CNN', false],
  ])('%s', (word, expected) => {
    expect(notAName(word, common)).toBe(expected);
  });

  test.each<[string, string[], (string | null)[]]>([
    ['a headline participle before a colon (no quote at all)', ['Revealed: The IRS just gave Theo Brackett a break.'], []],
    ['a pronoun with its verb', ['I’ve said the plan is dead, he added.'], [null]],
    ['a party word alone', ['Republican said the plan was dead.'], [null]],
    ['a sentence-opening participle', ['Having announced that she would step down, Smith said the vote was over.'], [null, 'Smith']],
    // hard negatives: a body and a city speak
    ['hard negative: police', ['Police said the suspect had fled.', 'The police were called.'], ['Police']],
    ['hard negative: a capital', ['Beijing said the drills would go on.'], ['Beijing']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });

  test('a contributors line is a credit: no quote, no speaker', () => {
    expect(findQuotes(['Brackett went on with his stump speech.', 'Contributing: Jane Doe, Lakeside News Service.']).quotes).toEqual([]);
  });
});
