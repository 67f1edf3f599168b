/**
 * Where a speaker's phrase starts and stops: a subject runs no further than its verb, a conjunction
 * opening the sentence is no part of a name, an aside in parentheses closing an apposition leaves the
 * name before it, an affiliation after a source's name is no part of the name, and who delivered a
 * speech or document speaks for it. Rows are paragraphs in, quote speakers out (all sentences and
 * names invented for these tests).
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';
import { withoutVerb } from '../../../../src/core/quotes/speaker-verb-cut';
import { quoteSpeakers } from '../../../helpers/quotes';

describe('a subject phrase stops at its verb', () => {
  test.each<[string, string, string]>([
    ['a past tense and its object', 'the former governor mocked the mayor', 'the former governor'],
    ['a name, a past tense and its object', 'Okafor stressed steady funding', 'Okafor'],
    ['an irregular past tense', 'the senator sent a letter', 'the senator'],
    ['a past tense ending the phrase after a person', 'the union leader repeated', 'the union leader'],
    ['a group noun before the verb and its object', 'Teachers polled the members', 'Teachers'],
    ['the cut keeps the spacing before the verb', 'the  former governor mocked the mayor', 'the  former governor'],
    ['a people noun before a closing past form', 'his rival made', 'his rival'],
    ['past a year before the verb', 'a group of nurses in 2019 sent a memo', 'a group of nurses'],
    ['past a day before the verb', 'the council on Monday voted the bill down', 'the council'],
    // hard negatives: a participle describing the phrase, a relative clause, a possessive, a closing past form
    // after a document or a group
    ['hard negative: a participle before a day', 'a poll released Sunday', 'a poll released Sunday'],
    ['hard negative: a participle before a month', 'a survey completed March 3', 'a survey completed March 3'],
    ['hard negative: a participle before "by"', 'a letter signed by 40 lawmakers', 'a letter signed by 40 lawmakers'],
    ['hard negative: a participle before "on"', 'the man arrested on Tuesday', 'the man arrested on Tuesday'],
    ['hard negative: a participle before "through"', 'early returns counted through noon', 'early returns counted through noon'],
    ['hard negative: a relative clause', 'officials who spoke', 'officials who spoke'],
    ['hard negative: a possessive before a past form', 'the agency’s detailed report', 'the agency’s detailed report'],
    ['hard negative: a name’s possessive before a past form', 'Acme’s updated policy', 'Acme’s updated policy'],
    ['hard negative: a document before a closing past form', 'the memo released', 'the memo released'],
    ['hard negative: plural people before a closing past form', 'the 12 jurors selected', 'the 12 jurors selected'],
    ['hard negative: a past form describing people', 'four in 10 likely registered voters', 'four in 10 likely registered voters'],
    ['hard negative: plural people after a name, then a past form', 'about half of Texans surveyed', 'about half of Texans surveyed'],
    ['hard negative: a noun in -ed', 'the hundred', 'the hundred'],
    ['hard negative: one role turned another', 'the banker turned mayor', 'the banker turned mayor'],
  ])('%s', (_name, phrase, expected) => {
    expect(withoutVerb(phrase)).toBe(expected);
  });

  test.each<[string, string[], (string | null)[]]>([
    ['a noun phrase run into its verb, then a second cue', ['At the plant gate, the union leader repeated his pledge to fight the cuts.'], ['the union leader', 'the union leader']],
    // hard negative: a document cut at its verb stays a noun phrase and still names its sender
    ['hard negative: a document the sender released stays the sender’s', ['The rules will change, according to a statement the Harbor Board released.'], ['Harbor Board']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('a name with details before its verb', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['a conjunction opening the sentence', ['But Nadia Ferreira, 41, of Tulsa, who answered the survey, said the fees were too high.'], ['Nadia Ferreira']],
    ['a role with a relative clause after a conjunction', ['And Tomas Vidal, field director of Open Streets, which ran the petition, said the reply was weak.'], ['Tomas Vidal']],
    ['an aside in parentheses closing the role', ['Rhea Okonjo, treasurer of Main Street Forward (a county group), said the budget was short.'], ['Rhea Okonjo']],
    // hard negatives: a party tag after the name, a plain subject, a name opened by a word like a conjunction
    ['hard negative: a party tag after a name', ['Sen. Carl Byers (D-Ore.), said the plan was bad.'], ['Carl Byers']],
    ['hard negative: a plain subject', ['Nadia Ferreira said the fees were too high.'], ['Nadia Ferreira']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });

  test('the role of a name before an aside is kept', () => {
    const r = findQuotes(['Rhea Okonjo, treasurer of Main Street Forward (a county group), said the budget was short.']);
    expect(r.speakers.map((s) => [s.name, s.role])).toEqual([['Rhea Okonjo', 'treasurer of Main Street Forward']]);
  });
});

describe('an affiliation after a source’s name', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['after "according to … by"', ['Rents rose 9 percent, according to estimates by Laura Benning of the Urban Housing Institute.'], ['Laura Benning']],
    ['right after "according to"', ['According to Mark Oduya of River Watch, “the barges left at dawn.”'], ['Mark Oduya']],
    // hard negatives: a body after "by" keeps the phrase, a role noun "for" a person speaks as the role
    ['hard negative: a body after "by"', ['The plan is bad, according to a report by Halvorsen Brothers of Chicago.'], ['a report by Halvorsen Brothers of Chicago']],
    ['hard negative: a spokesman for a person', ['The plan is bad, according to a spokesman for Laura Benning.'], ['a spokesman for Laura Benning']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('who delivered the speech or document a source names', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['a speech and an honorific', ['Helen Marwood spoke on Monday.', 'The aim is slower growth, according to a speech Mrs. Marwood delivered at a college in June.'], ['Helen Marwood']],
    ['an interview a relative gave', ['Ibarra was on the ferry, according to an interview his sister Carla Ibarra gave to a radio station.'], ['Carla Ibarra']],
    ['a letter a person sent', ['The deal was off, according to the letter Jane Morrow sent on Monday.'], ['Jane Morrow']],
    ['a statement in the singular', ['The vote is delayed, according to a statement Jane Morrow issued.'], ['Jane Morrow']],
    // hard negatives: a document from a body, or with no one named after it, stays as written; a day is when, not who
    ['hard negative: a report a body released', ['The plan failed, according to a report the agency released.'], ['a report the agency released']],
    ['hard negative: a letter signed by a group', ['The plan failed, according to a letter signed by 40 lawmakers.'], ['a letter signed by 40 lawmakers']],
    ['hard negative: a day after the document', ['The plan failed, according to a statement Friday.'], ['a statement Friday']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('a surname the article gives in full, read with the words beside it', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['a verb taking a gerund, before a gerund', ['Dana Kellow spoke in Ohio.', 'Kellow avoids condemning the seizure of the island.'], ['Dana Kellow']],
    ['an institution’s word closing another name before the surname', ['Dana Kellow spoke in Ohio.', 'In a meeting with the board of the Daily Post Kellow said that the alliance may need to shrink.'], ['Dana Kellow']],
    // hard negatives: people named after a person, a possessive, a plural before a gerund
    ['hard negative: people named after a person', ['Dana Kellow spoke in Ohio.', 'Kellow associates say she is not planning an endorsement.'], ['Kellow associates']],
    ['hard negative: a possessive', ['Dana Kellow spoke in Ohio.', 'Kellow’s associates say she is not planning an endorsement.'], ['Kellow’s associates']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });

  test.each([
    ['hard negative: a plural before a gerund', ['Dana Kellow spoke in Ohio.', 'Kellow donors speaking on the radio said the race was close.'], 'Dana Kellow'],
    ['hard negative: a surname that reads like a conjunction keeps its first word', ['So Yeon-hee, 30, a nurse, said the ward was full.'], 'Yeon-hee'],
  ])('%s', (_name, paragraphs, wrong) => {
    expect(quoteSpeakers(paragraphs)).not.toContain(wrong);
  });

  test('hard negative: a surname never given in full is not taken out of the phrase', () => {
    const speakers = quoteSpeakers(['In a meeting with the board of the Daily Post Kellow said that the alliance may need to shrink.']);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]).not.toMatch(/^(?:Dana )?Kellow$/);
  });
});

describe('roles joined before a name, documents put out with a particle', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['a role ending in an abbreviated title, "and", a second role', ['“We have been here before,” said former Ohio Gov. and league Chairman Ed Rendon.'], ['Ed Rendon']],
    ['a response fired back', ['Within the hour, the mayor fired back a response saying she would not sign the budget.'], ['the mayor']],
    ['a letter shot off', ['The mayor shot off a letter saying the plan was illegal.'], ['the mayor']],
    // hard negatives: a name after the title before "and", a particle verb before no document
    ['hard negative: a name after the title before "and"', ['“We have been here before,” said Gov. Ann Lee and Mayor Ed Rendon.'], ['Ann Lee']],
    ['hard negative: a particle verb before no document', ['The senator sent back a bill saying it was flawed.'], ['a bill']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('a nickname in quotes inside a name', () => {
  test.each<[string, string[], (string | null)[][]]>([
    ['a one-word nickname', ['Delegate Marisol “Mari” Ruelas said the vote was close.'], [['Marisol Ruelas', 'the vote was close']]],
    ['straight quotes', ['Delegate Marisol "Mari" Ruelas said the vote was close.'], [['Marisol Ruelas', 'the vote was close']]],
    // hard negatives: a quoted word that is no nickname, a title in quotes after a verb
    ['hard negative: a scare quote before a day', ['Jo Park called it “Obamacare” Tuesday and said the plan was dead.'], [['Jo Park', 'it “Obamacare” Tuesday'], ['Jo Park', 'the plan was dead']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(findQuotes(paragraphs).quotes.map((q) => [q.speaker, q.text])).toEqual(expected);
  });
});

describe('a possessive role with a capitalised noun before the name between commas', () => {
  const speaker = (text: string): [string, string | null][] => findQuotes([text]).speakers.map((s) => [s.name, s.role]);

  test.each<[string, string, string, string]>([
    ['an owner and an acronym', 'Harbor Bank’s CFO, Mara Lind, said the branches would stay open.', 'Mara Lind', 'Harbor Bank’s CFO'],
    ['a determiner and an acronym', 'The ferry line’s CEO, Tom Brock, acknowledged that the timetable had failed.', 'Tom Brock', 'ferry line’s CEO'],
    ['a capitalised title', 'Coastal Power’s Chief Executive, Ada Ruiz, said the plant would close.', 'Ada Ruiz', 'Coastal Power’s Chief Executive'],
    ['a conjunction opening the sentence', 'But Harbor Bank’s COO, Ines Duval, said the merger was off.', 'Ines Duval', 'Harbor Bank’s COO'],
  ])('%s', (_name, text, name, role) => {
    expect(speaker(text)).toEqual([[name, role]]);
  });

  test('hard negative: a verb before the owner leaves the phrase to the sentence', () => {
    expect(speaker('Voters met Harbor Bank’s CEO, Mara Lind, and said the fees were too high.').map(([name]) => name)).not.toContain('Mara Lind');
  });
});

describe('a relative clause after its head: the head with its clause speaks', () => {
  const speakers = (text: string): string[] => findQuotes([text]).speakers.map((s) => s.name);

  test.each<[string, string, string]>([
    ['"that" and its verb and object', 'The agency that runs the port said that the pier would reopen.', 'The agency that runs the port'],
    ['"who" and its verb and object', 'The nurses who staffed the ward told reporters that the beds were full.', 'The nurses who staffed the ward'],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  test.each<[string, string, string]>([
    ['a clause with its own subject right after "that"', 'It was a strike that company executives said would end soon.', 'company executives'],
    ['a subordinator after "that"', 'The memo showed that although the mayor said no, the vote went ahead.', 'the mayor'],
    ['a quantifier after "that"', 'It was plain from the claim that none of the bidders said a word about the port.', 'the bidders'],
  ])('hard negative: %s', (_name, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});
