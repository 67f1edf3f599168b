/**
 * "he" / "she" when no earlier quote gives a speaker: the person the article last named, known to be
 * a man or a woman by a common first name — never a place or an organisation written like a name.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const quoteSpeakers = (paragraphs: string[]) => findQuotes(paragraphs).quotes.map((q) => q.speaker);

describe('a pronoun with no earlier speaker', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['he → the man named just before', ['Keyworth was a trusted mind on the board. George Keyworth liked the deal.', 'He said she should call right away.'], ['George Keyworth']],
    ['she skips a man named later', ['Hillary Clinton met Bernie Sanders in Iowa.', 'She said the race was close.'], ['Hillary Clinton']],
    ['she → a woman even when a man spoke just before', ['“We will win,” Newt Gingrich said.', 'Hours later, Nancy Pelosi arrived.', 'She said the vote would fail.'], ['Newt Gingrich', 'Nancy Pelosi']],
    // hard negatives: a place or a street written like a name is nobody
    ['hard negative: a place is no person', ['Sanders spoke at a forum in Palo Alto on Monday.', 'He said the system was rigged.'], [null]],
    ['hard negative: a street is no person', ['The speech focused on Wall Street greed.', 'He said the economy was rigged.'], [null]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('an adjective of nation or faith alone is nobody', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['a nationality before a described user', ['“They are anxious,” a German wrote.'], [null]],
    ['a nationality as a subject', ['Ukrainian said the law was unfair.'], [null]],
    // hard negatives: a surname that is also an adjective, and a party word used for a person
    ['hard negative: a surname that is an adjective', ['Billionaire Mark Cuban spoke on Monday.', 'Cuban said he would not run.'], ['Mark Cuban']],
    ['hard negative: a party word for a person', ['“We will win,” one Republican said.'], ['one Republican']],
    ['hard negative: a party word for a person, described', ['“We will win,” said one Republican involved in the planning.'], ['one Republican involved in the planning']],
    ['hard negative: a party word for a person, with an adjective', ['“We will win,” said one senior Democrat.'], ['one senior Democrat']],
    ['hard negative: a party word before a name is a role', ['Republican Susan Collins said the bill would fail.'], ['Susan Collins']],
    ['hard negative: a party word before a role noun', ['“We will win,” said a senior Democratic aide.'], ['a senior Democratic aide']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('"the senator": the latest speaker with that title, abbreviated or not', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['Sen. → the senator', ['Sen. Ted Cruz said the plan was dead.', 'The senator said he would fight it.'], ['Ted Cruz', 'Ted Cruz']],
    ['Gov. → the governor', ['Gov. Chris Christie said the plan was dead.', 'The governor said he would fight it.'], ['Chris Christie', 'Chris Christie']],
    // hard negative: a title the speaker was never given
    ['hard negative: a senator is no governor', ['Sen. Ted Cruz said the plan was dead.', 'The governor said he would fight it.'], ['Ted Cruz', 'the governor']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});
