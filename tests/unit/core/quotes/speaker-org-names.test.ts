/**
 * Organisations and people around them: an organisation's name goes on past "for a" ("The Committee for a
 * Balanced Budget"); a role for an organisation followed by a name is that person ("Spokesman for NATO Jens
 * Olsen"); a known first name before an institution's word is a person ("Margaret Court"). Rows are
 * paragraphs in, [speaker, role, kind] of each quote out (all sentences written for these tests).
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const read = (paragraphs: string[]) => {
  const r = findQuotes(paragraphs);
  return r.quotes.map((q) => {
    const s = r.speakers.find((x) => x.id === q.speakerId);
    return [q.speaker, s?.role ?? null, s?.kind ?? null];
  });
};

describe('an organisation’s name goes on past "for a"', () => {
  test.each<[string, string[], (string | null)[][]]>([
    ['before the verb', ['The Committee for a Balanced Budget reported that the plan would cost $90 billion.'], [['Committee for a Balanced Budget', null, 'organization']]],
    ['after "said"', ['“Deficits matter,” said the Committee for a Balanced Budget.'], [['Committee for a Balanced Budget', null, 'organization']]],
    ['"of the" inside the name', ['“We will sue,” said the Foundation for the Defense of Free Speech.'], [['Foundation for the Defense of Free Speech', null, 'organization']]],
    // hard negatives: a person before "for" keeps the role; a lower-case phrase after "for" is no name
    ['hard negative: a role for an organisation, no name', ['A spokesman for the State Department said the talks would go on.'], [['a spokesman for the State Department', null, 'person']]],
    ['hard negative: the organisation alone', ['The State Department said the talks would go on.'], [['State Department', null, 'organization']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(read(paragraphs)).toEqual(expected);
  });
});

describe('a role for an organisation, then a name: the name speaks', () => {
  test.each<[string, string[], (string | null)[][]]>([
    ['an acronym closes the organisation', ['“Yes,” said Spokesman for NATO Jens Olsen.'], [['Jens Olsen', 'Spokesman for NATO', 'person']]],
    ['an institution’s word closes it', ['“No,” a spokeswoman for the State Department Jane Doe said.'], [['Jane Doe', 'spokeswoman for the State Department', 'person']]],
    ['"of the" and an acronym', ['“Maybe,” said the director of the FBI James Comer.'], [['James Comer', 'director of the FBI', 'person']]],
    // hard negatives: a person right after "for" is whom the head speaks for; an organisation alone
    ['hard negative: the head speaks for a person', ['“No,” a spokesman for Hillary Clinton said.'], [['a spokesman for Hillary Clinton', null, 'person']]],
    ['hard negative: a title before the name', ['“Fine,” said an adviser to President Barack Obama.'], [['an adviser to President Barack Obama', null, 'person']]],
    ['hard negative: an organisation of two capitalised words', ['“Later,” said a spokesman for the House Oversight Committee.'], [['a spokesman for the House Oversight Committee', null, 'person']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(read(paragraphs)).toEqual(expected);
  });
});

describe('a known first name before an institution’s word is a person', () => {
  test.each<[string, string[], (string | null)[][]]>([
    ['before the verb', ['“I will not,” Margaret Court said.'], [['Margaret Court', null, 'person']]],
    ['the surname alone later', ['“I will not,” said Margaret Court.', '“Never,” Court added.'], [['Margaret Court', null, 'person'], ['Margaret Court', null, 'person']]],
    // hard negatives: any other word before it, or an article before the lone word, keeps the institution
    ['hard negative: a court', ['“No,” the Supreme Court said.'], [['Supreme Court', null, 'organization']]],
    ['hard negative: a newspaper', ['“Yes,” the Washington Post said.'], [['Washington Post', null, 'organization']]],
    ['hard negative: "the Court" after a person named so', ['“I will not,” said Margaret Court.', '“No,” the Court said.'], [['Margaret Court', null, 'person'], ['Court', null, 'organization']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(read(paragraphs)).toEqual(expected);
  });
});

describe('one word after "and" ends an organisation named with "for"/"of"', () => {
  test.each<[string, string[], (string | null)[][]]>([
    ['"for" and a plural head', ['The Centers for Coastal Research and Outreach said that one in 40 beaches was closed.'], [['Centers for Coastal Research and Outreach', null, 'organization']]],
    ['"of"', ['The Department of Parks and Recreation said the pool would reopen in June.'], [['Department of Parks and Recreation', null, 'organization']]],
    ['"on"', ['The Joint Committee on Harbour Safety and Lighting said the pier was unsafe.'], [['Joint Committee on Harbour Safety and Lighting', null, 'organization']]],
    ['"on" without "and"', ['The Joint Committee on Harbour Safety said the pier was unsafe.'], [['Joint Committee on Harbour Safety', null, 'organization']]],
    ['two words after "and" that name an organisation', ['The Department of Harbour and Human Services said the pier was unsafe.'], [['Department of Harbour and Human Services', null, 'organization']]],
    ['a word that names no one alone, before a verb with its auxiliary', ['As the Joint Committee on Harbour Safety and Security has said, the pier is unsafe.'], [['Joint Committee on Harbour Safety and Security', null, 'organization']]],
    ['people before "of" speak for the organisation', ['Experts Dana Whitlock and Ivo Marsh of the Institute for Coastal Research and Outreach wrote that the pier was unsafe.'], [['Dana Whitlock and Ivo Marsh', null, 'organization']]],
    // hard negatives: a person after an organisation and "and"; two organisations without "for"/"of"
    ['hard negative: a person after "and"', ['The Institute for Coastal Research and Dana Whitlock said the beach was safe.'], [['Dana Whitlock', null, 'person']]],
    ['hard negative: a person whose title is read off after "and"', ['The Institute for Coastal Research and Professor Whitlock said the beach was safe.'], [['Whitlock', 'Professor', 'person']]],
    ['hard negative: no "for" or "of" in the name before "and"', ['The State Department and Fenwick said the talks would go on.'], [['Fenwick', null, 'person']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(read(paragraphs)).toEqual(expected);
  });
});

describe('a capitalised plural of a people or a creed is a group', () => {
  test.each<[string, string[], (string | null)[][]]>([
    ['a people', ['Tunisians say the closure will hurt the tourist season.'], [['Tunisians', null, 'organization']]],
    ['a creed', ['Stoicists said the law was unjust.'], [['Stoicists', null, 'organization']]],
    // hard negative: a surname ending in -s
    ['hard negative: a surname', ['Evans said the law was unjust.'], [['Evans', null, 'person']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(read(paragraphs)).toEqual(expected);
  });
});
