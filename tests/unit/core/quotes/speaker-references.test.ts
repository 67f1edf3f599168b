/**
 * "he" / "she" when no earlier quote gives a speaker: the person the article last named, known to be
 * a man or a woman by a common first name — never a place or an organisation written like a name.
 */
import { describe, expect, test } from 'vitest';
import { quoteSpeakers } from '../../../helpers/quotes';

describe('a pronoun with no earlier speaker', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['he → the man named just before', ['Pemberton was a trusted voice on the board. George Pemberton liked the deal.', 'He said she should call right away.'], ['George Pemberton']],
    ['she skips a man named later', ['Sarah Whitlow met Peter Varga in Iowa.', 'She said the race was close.'], ['Sarah Whitlow']],
    ['she → a woman even when a man spoke just before', ['“We will win,” Rick Dorsell said.', 'Hours later, Nancy Ferrand arrived.', 'She said the vote would fail.'], ['Rick Dorsell', 'Nancy Ferrand']],
    // hard negatives: a place or a street written like a name is nobody
    ['hard negative: a place is no person', ['Dorsell spoke at a forum in Costa Mesa on Monday.', 'He said the system was broken.'], [null]],
    ['hard negative: a street is no person', ['The speech focused on Main Street worries.', 'He said the economy was broken.'], [null]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('an adjective of nation or faith alone is nobody', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['a nationality before a described user', ['“They are anxious,” a German wrote.'], [null]],
    ['a nationality as a subject', ['Ukrainian said the law was unfair.'], [null]],
    // hard negatives: a surname that is also an adjective, and a party word used for a person
    ['hard negative: a surname that is an adjective', ['Billionaire Gary English spoke on Monday.', 'English said he would not run.'], ['Gary English']],
    ['hard negative: a party word for a person', ['“We will win,” one Republican said.'], ['one Republican']],
    ['hard negative: a party word for a person, described', ['“We will win,” said one Republican involved with the effort.'], ['one Republican involved with the effort']],
    ['hard negative: a party word for a person, with an adjective', ['“We will win,” said one senior Democrat.'], ['one senior Democrat']],
    ['hard negative: a party word before a name is a role', ['Republican Susan Pettigrew said the bill would fail.'], ['Susan Pettigrew']],
    ['hard negative: a party word before a role noun', ['“We will win,” said a senior Democratic aide.'], ['a senior Democratic aide']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('"the senator": the latest speaker with that title, abbreviated or not', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['Sen. → the senator', ['Sen. Ted Halloran said the plan was dead.', 'The senator said he would fight it.'], ['Ted Halloran', 'Ted Halloran']],
    ['Gov. → the governor', ['Gov. Chris Munro said the plan was dead.', 'The governor said he would fight it.'], ['Chris Munro', 'Chris Munro']],
    // hard negative: a title the speaker was never given
    ['hard negative: a senator is no governor', ['Sen. Ted Halloran said the plan was dead.', 'The governor said he would fight it.'], ['Ted Halloran', 'the governor']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});
