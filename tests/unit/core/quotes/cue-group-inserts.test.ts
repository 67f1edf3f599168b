/**
 * Words inside a verb group that hide its subject: "has since said", an emphatic reflexive ("Ferreira herself
 * signaled"); focus adverbs before a participle ("while also saying that …"); and a capitalised participle opening
 * its sentence before "that" ("Noting that A, Ferreira reminded …"), which reports A for the subject after its clause.
 */
import { describe, expect, test } from 'vitest';
import { speakerAndText as quotes } from '../../../helpers/quotes';

describe('inserts in a verb group, focus adverbs and an opening participle', () => {
  test.each([
    ['"has since said"', 'Jane Smith has since said that her visit was a favour to an old friend.', [['Jane Smith', 'her visit was a favour to an old friend']]],
    ['an emphatic reflexive', 'Jane Smith herself argued that the budget was far too small.', [['Jane Smith', 'the budget was far too small']]],
    ['"while also saying"', 'Tom Baker spoke for an hour, while also saying that he hopes to carry the county.', [['Tom Baker', 'he hopes to carry the county']]],
    ['an opening participle with "that"', 'Noting that only one senator voted for the bill, Jane Smith warned the party about the vote.', [['Jane Smith', 'only one senator voted for the bill'], ['Jane Smith', 'the party about the vote']]],
    // hard negatives
    ['hard negative: "since" as a preposition', 'Tom Baker has hosted private dinners since announcing his run last winter.', []],
    ['hard negative: an opening participle without "that"', 'Noting the late hour, Jane Smith left the stage early.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a bare clause verb coordinated after a clause', () => {
  test.each([
    ['"and say" before a pronoun', 'The two bakeries have described their prices as fair and say they are no longer taking orders.', [['two bakeries', 'their prices as fair'], ['two bakeries', 'they are no longer taking orders']]],
    ['"and argue" before "that"', 'Many farmers doubt the scheme and argue that the new dams would not earn back their cost.', [['many farmers', 'the new dams would not earn back their cost']]],
    // hard negatives
    ['hard negative: a bare form before a noun phrase', 'The ushers lead the visitors inside and announce the visitors once the hall is ready.', []],
    ['hard negative: an infinitive coordinated after "to"', 'She came to listen to and report the news for the paper.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
