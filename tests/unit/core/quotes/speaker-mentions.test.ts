/**
 * Reading the speaker out of the words before a speech verb: documents put out by someone, and
 * noun phrases that cannot speak. Rows are paragraphs in, quote speakers out.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';
import { notAName } from '../../../../src/core/quotes/non-speakers';
import { speakerPhrase } from '../../../../src/core/quotes/speaker-phrase-check';

const quoteSpeakers = (paragraphs: string[]) => findQuotes(paragraphs).quotes.map((q) => q.speaker);

describe('a document speaks for the one who put it out', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['an organisation released a statement saying', ['The town released a statement Wednesday saying the remarks were “based on his opinion.”'], ['the town']],
    ['a name issued a statement calling', ['Black Lives Matter issued a statement saying it took the action “because of the unsafe conditions.”'], ['Black Lives Matter']],
    ['put out a statement', ['His office put out a statement saying the country could not vet every refugee.'], ['his office']],
    ['a pronoun puts out a statement', ['Jane Smith spoke on Monday.', 'Hours later, she issued a statement saying the city had to act.'], ['Jane Smith']],
    ['a document with describing words', ['The campaign sent a fundraising email saying the race was now between two men.'], ['the campaign']],
    ['a radio ad released', ['Jane Smith released a new radio ad saying the plan would fail.'], ['Jane Smith']],
    ['a party tag before the publishing verb', ['Senate Majority Leader Jane Smith (R-Ky.) issued a statement saying that the Senate should wait.'], ['Jane Smith']],
    ['an apposition before the publishing verb', ['Jane Smith, the committee’s political director, released a statement confirming it will double the staff.'], ['Jane Smith']],
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
    // an auxiliary or a verb that says nothing ends the subject; what is left must be able to speak
    ['Most of the vulnerable Senate Republicans have already', 'Most of the vulnerable Senate Republicans'],
    ['the attorney general of the state of New York is suing Trump', 'the attorney general of the state of New York'],
    ['three candidates issued statements', 'three candidates'],
    ['speakers took turns', 'speakers'],
    ['the KGB planted newspaper articles', 'the KGB'],
    ['the deal binds together', null],
    ['the community immediately began', null],
    // a determiner and an adjective without its noun; a capitalised gerund opening the sentence
    ['his lucrative', null],
    ['a surefire', null],
    ['the detailed', null],
    ['Having', null],
    // a relative clause may end in an adverb; the head before it must speak — unless the clause stops before its verb
    ['a Crossroads official who wasn’t authorized to speak publicly', 'a Crossroads official who wasn’t authorized to speak publicly'],
    ['birther who has repeatedly', null],
    ['executives who run news organizations almost universally', null],
    // a participle and a day, or "based on", make no clause; a year deep in a long phrase is no amount
    ['Figures reported on Sunday', 'Figures reported on Sunday'],
    ['a Suffolk University/Boston Globe Poll released Sunday', 'a Suffolk University/Boston Globe Poll released Sunday'],
    ['a study by the Pew Research Center based on census data from 2014', 'a study by the Pew Research Center based on census data from 2014'],
    // hard negatives
    ['27 percent of those who named a candidate', '27 percent of those who named a candidate'],
    ['a campaign official who was not authorized to speak', 'a campaign official who was not authorized to speak'],
    ['a report issued earlier this year', 'a report issued earlier this year'],
    ['the order released Friday', 'the order released Friday'],
    ['the missive', 'the missive'],
    ['an executive', 'an executive'],
    ['the cable', 'the cable'],
    ['Beijing', 'Beijing'],
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

describe('what someone said, named by its owner, speaks for the owner', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['a possessive pronoun', ['Jane Smith spoke on Monday.', 'Her remarks suggested that the plan was dead.'], ['Jane Smith']],
    ['a possessive name with a describing word', ['Ben Carson spoke on Monday.', 'Carson’s updated comments suggested that the plan was dead.'], ['Ben Carson']],
    // hard negatives: a body that is no spoken thing keeps its words; a statement with no owner speaks as written
    ['hard negative: an editorial board', ['The Post’s editorial board said the plan was dead.'], ['the Post’s editorial board']],
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
    ['a headline participle before a colon (no quote at all)', ['Revealed: The FBI just gave Hillary Clinton a pass.'], []],
    ['a pronoun with its verb', ['I’ve said the plan is dead, he added.'], [null]],
    ['a party word alone', ['Republican said the plan was dead.'], [null]],
    ['a sentence-opening participle', ['Having announced that he would not run, Smith said the race was over.'], [null, 'Smith']],
    // hard negatives: a body and a city speak
    ['hard negative: police', ['Police said the suspect had fled.', 'The police were called.'], ['Police']],
    ['hard negative: a capital', ['Beijing said the drills would go on.'], ['Beijing']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });

  test('a contributors line is a credit: no quote, no speaker', () => {
    expect(findQuotes(['Sanders went on with his stump speech.', 'Contributing: Jane Doe, Medill News Service.']).quotes).toEqual([]);
  });
});
