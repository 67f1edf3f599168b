/**
 * One speaker for the forms of one name: "the NTSB" and "NTSB" are one organisation; an organisation's
 * apposition speaking on its own is the organisation; a given name written alone is the person whose full
 * name it opens. Hard negatives: a title after "the", an apposition two names share, a father and his son,
 * a full name and a headline's run of capitals.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

type Entry = [string, string, string[], number];
const speakers = (paragraphs: string[]): Entry[] => findQuotes(paragraphs).speakers.map((s) => [s.kind, s.name, s.aliases, s.quoteCount]);

describe('"the" before an organisation’s name', () => {
  test.each<[string, string[], Entry[]]>([
    ['"the NTSB" and "NTSB": one organisation', ['The pier will close in May, according to the NTSB.', 'NTSB said repairs would take a year.'], [['organization', 'NTSB', ['the NTSB'], 2]]],
    ['"the NTSB" alone is an organisation', ['The pier will close in May, according to the NTSB.'], [['organization', 'the NTSB', [], 1]]],
    // hard negatives: a title after "the"
    ['hard negative: "the Prime Minister" is a person', ['The pier will close in May, according to the Prime Minister.'], [['person', 'the Prime Minister', [], 1]]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});

describe('an organisation’s apposition, speaking on its own, is the organisation', () => {
  test.each<[string, string[], Entry[]]>([
    [
      'the apposition, then the description alone',
      ['Velcosmos, the Harbor space agency, said the craft was lost.', 'The Harbor space agency would not describe the fault.'],
      [['organization', 'Velcosmos', ['the Harbor space agency'], 2]],
    ],
    // hard negative: two names share the apposition, so the description names neither
    [
      'hard negative: two names with one apposition',
      ['Velcosmos, the Harbor space agency, said the craft was lost.', 'Orbitex, the Harbor space agency, said the rocket was fine.', 'The Harbor space agency would not describe the fault.'],
      [['organization', 'Velcosmos', [], 1], ['organization', 'Orbitex', [], 1], ['organization', 'the Harbor space agency', [], 1]],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});

describe('a given name alone is the person whose full name it opens', () => {
  test.each<[string, string[], Entry[]]>([
    [
      'two given names, then the full name',
      ['Mereana Tui Rangi, 19, carves in the shed at the marae.', '“We learn by watching,” says Mereana Tui Rangi.', '“The sea is changing,” says Mereana Tui.'],
      [['person', 'Mereana Tui Rangi', ['Mereana Tui'], 2]],
    ],
    [
      'a known first name',
      ['Hillary Ngata, 19, carves in the shed.', '“We learn by watching,” says Hillary Ngata.', '“The sea is changing,” says Hillary.'],
      [['person', 'Hillary Ngata', ['Hillary'], 2]],
    ],
    // hard negatives: a son's name adds a generation; a full name is never a given name
    [
      'hard negative: a father and his son',
      ['Donald Okafor Jr. runs the shop.', '“We learn by watching,” says Donald Okafor Jr.', '“The sea is changing,” says Donald Okafor.'],
      [['person', 'Donald Okafor Jr.', [], 1], ['person', 'Donald Okafor', [], 1]],
    ],
    [
      'hard negative: a known first name and a surname are a full name already',
      ['Sarah Cole Triumph At Polls', '“We won,” says Sarah Cole Triumph.', '“The town has spoken,” says Sarah Cole.'],
      [['person', 'Sarah Cole Triumph', [], 1], ['person', 'Sarah Cole', [], 1]],
    ],
    [
      'hard negative: a full name and a longer run of capitals',
      ['Dana Cole Wins Vote', '“We won,” says Dana Cole Wins.', '“The town has spoken,” says Dana Cole.'],
      [['person', 'Dana Cole Wins', [], 1], ['person', 'Dana Cole', [], 1]],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});
