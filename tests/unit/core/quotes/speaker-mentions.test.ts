/**
 * Reading the speaker out of the words before a speech verb: documents put out by someone, and
 * noun phrases that cannot speak. Rows are paragraphs in, quote speakers out.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';
import { speakerPhrase } from '../../../../src/core/quotes/speaker-phrase-check';

const quoteSpeakers = (paragraphs: string[]) => findQuotes(paragraphs).quotes.map((q) => q.speaker);

describe('a document speaks for the one who put it out', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['an organisation released a statement saying', ['The town released a statement Wednesday saying the remarks were “based on his opinion.”'], ['the town']],
    ['a name issued a statement calling', ['Black Lives Matter issued a statement saying it took the action “because of the unsafe conditions.”'], ['Black Lives Matter']],
    ['put out a statement', ['His office put out a statement saying the country could not vet every refugee.'], ['his office']],
    ['a pronoun puts out a statement', ['Jane Smith spoke on Monday.', 'Hours later, she issued a statement saying the city had to act.'], ['Jane Smith']],
    // hard negatives: a statement that merely exists still speaks; a document nobody put out keeps its words
    ['hard negative: the statement said', ['The statement said the town would not change course.'], ['the statement']],
    ['hard negative: a document someone received is not theirs', ['The town received a letter saying the plan was dead.'], ['a letter']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('a noun phrase that cannot speak', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['a year after an article is no speaker', ['Mr. English worked on a 2010 recall of three justices who had ruled on the case.'], [null]],
    ['an adjective left without its noun', ['The past has called Trump “a pathological narcissist.”'], [null]],
    ['a superlative left without its noun', ['The highest said that politicians must be held to account.'], [null]],
    ['a participle before a dotted initialism is no role, and the initialism no person', ['The written U.S. and NATO responses were not made public, but both had already rejected those demands while expressing willingness to engage on other issues.'], ['U.S.']],
    // hard negatives: shares of people, nouns in -est and a pronoun inside a phrase still speak
    ['hard negative: a share of people', ['Six in 10 said that the economy favours the wealthy.'], ['Six in 10']],
    ['hard negative: a percentage', ['Nearly 42% said they are liberal.'], ['Nearly 42%']],
    ['hard negative: a noun in -est', ['The protest organizers said the march would go ahead.'], ['the protest organizers']],
    ['hard negative: a source close to him', ['A source close to him said the campaign would change course.'], ['a source close to him']],
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
    ['a spokeswoman for Janney also', 'a spokeswoman for Janney'],
    ['a former Fed governor who', null],
    ['he’s', null],
    ['2016', null],
    ['Days after', null],
    ['more accurately', null],
    ['keeping', null],
    ['criticizing him', null],
    ['selling his stake', null],
    ['Democrats controlled the Senate', null],
    ['Virginia', null],
    // hard negatives
    ['Trump’s campaign', 'Trump’s campaign'],
    ['the family', 'the family'],
    ['a CNN tally', 'a CNN tally'],
    ['leading academic economists', 'leading academic economists'],
    ['Democrats involved in the negotiations', 'Democrats involved in the negotiations'],
    ['polls at the time', 'polls at the time'],
    ['Six Gannett newspapers in New Jersey', 'Six Gannett newspapers in New Jersey'],
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
