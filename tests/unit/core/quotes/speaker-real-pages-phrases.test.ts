/**
 * Speaker phrases as news pages write them: a name after "the town of" is where the speaker is, not
 * who; "for" inside an organisation's name keeps it whole; "Rosie the Riveter" is one name; "the first"
 * or "the false" cut from their noun are nobody. Rows are paragraphs in, quote speakers out (all
 * sentences written for these tests).
 */
import { describe, expect, test } from 'vitest';
import { speakerPhrase } from '../../../../src/core/quotes/speaker-phrase-check';
import { quoteSpeakers } from '../../../helpers/quotes';

describe('a name closing a place phrase is where the speaker is', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['"in the town of" after a role noun', ['A state radio reporter in the town of Marbella said the army had arrived.'], ['a state radio reporter in the town of Marbella']],
    ['adjectives before the place noun', ['A correspondent in the northern city of Tellor said the shelling had stopped.'], ['a correspondent in the northern city of Tellor']],
    ['an adjective of nation before the place noun', ['Officials in the Syrian province of Hamra said the roads were closed.'], ['Officials in the Syrian province of Hamra']],
    ['"for the city of" after a role noun', ['A spokesman for the city of Denton said the roads were closed.'], ['a spokesman for the city of Denton']],
    ['"of the village of" after a group noun', ['Residents of the village of Kafr Tala said the bombing went on.'], ['Residents of the village of Kafr Tala']],
    // hard negatives: a person named after a role or before "of" speaks; a place right after the role noun
    // was already its modifier
    ['hard negative: a role before the name', ['A court filing by state attorney Dave Arnold said the case was closed.'], ['Dave Arnold']],
    ['hard negative: a person before "of"', ['Darren Whitby of Grace Baptist Church said the doors were open.'], ['Darren Whitby']],
    ['hard negative: a place noun in the name of a body', ['The City of Denton said the roads were closed.'], ['City of Denton']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('"for" inside an organisation’s name', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['an organisation head before "for"', ['The Center for Fiscal Progress said the plan would fail.'], ['Center for Fiscal Progress']],
    ['a monitor named with "for"', ['The Syrian Observatory for Civil Rights monitor group said rebels were regrouping.'], ['the Syrian Observatory for Civil Rights monitor group']],
    // hard negative: a person's role "for" a body keeps the role noun as the speaker
    ['hard negative: a spokesman for a body', ['A spokesman for NATO said the talks had failed.'], ['a spokesman for NATO']],
    ['hard negative: a person after the body', ['“No,” said Nina Tandy of the Center for Fiscal Progress.'], ['Nina Tandy']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('a name, "the" and an epithet are one name', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['before the verb', ['“We can do it,” Rosie the Riveter said.'], ['Rosie the Riveter']],
    ['after the verb', ['“We can do it,” said Rosie the Riveter, smiling.'], ['Rosie the Riveter']],
    // hard negatives: a party word or a title after "the" is a description, a group after a place is the group
    ['hard negative: a party word', ['Trump the Republican said the race was over.'], ['the Republican']],
    ['hard negative: a group after a place', ['In Iowa the Democrats said the race was over.'], ['Democrats']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('an adjective cut from its noun is nobody', () => {
  test.each<[string, string, string | null]>([
    ['"the first" before a participle', 'the first', null],
    ['"the false" before its noun', 'the false', null],
    ['"the only"', 'the only', null],
    // hard negatives: a share ("a third") and a noun after "first" still speak
    ['hard negative: a share of people', 'a third', 'a third'],
    ['hard negative: "first" before its noun', 'the first lady', 'the first lady'],
  ])('%s', (_name, phrase, expected) => {
    expect(speakerPhrase(phrase)).toBe(expected);
  });
});

describe('a time adjunct after a name is no part of it', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['"at the time" after a surname', ['Jane Smith spoke on Monday.', 'Smith at the time said the wall would be paid for.'], ['Jane Smith']],
    ['"at the time" after a full name', ['Jane Smith at the time said the wall would be paid for.'], ['Jane Smith']],
    // hard negative: a noun phrase keeps its words as written
    ['hard negative: a noun phrase', ['The agency’s director at the time said the wall would be paid for.'], ['the agency’s director at the time']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});
