/**
 * A speech verb whose subject is an unlisted noun phrase still reports speech; the phrase must open
 * its clause and read as a subject, never an adverb, a subordinate clause or a clause of its own.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';
import { fallbackSubject } from '../../../../src/core/quotes/cue-fallback-subject';
import { tokenize } from '../../../../src/core/text/tokenize';

const subject = (sentence: string): string | null => {
  const tokens = tokenize(sentence);
  const vi = tokens.findIndex((t) => /^(?:said|say|says)$/.test(t.low));
  return fallbackSubject(sentence, tokens, vi, 0)?.text ?? null;
};

describe('the clause-opening phrase before a speech verb', () => {
  test.each([
    ['an unlisted plural with its modifier', 'Some advocates for stem cell research said that it overlooked the benefits.', 'Some advocates for stem cell research'],
    ['a relative clause inside the phrase', 'Executives who have worked with him say he keeps his views to himself.', 'Executives who have worked with him'],
    ['past an apposition between commas', 'Executives for Mondelez, which made $30 billion last year, say the company will save money.', 'Executives for Mondelez'],
    ['after a conjunction opening the clause', 'Turnout was low, but majorities in all five say they want change.', 'majorities in all five'],
    ['an adverb after the subject is dropped', 'Her campaign workers here said they had worked the state since spring.', 'Her campaign workers'],
  ])('%s', (_name, sentence, expected) => {
    expect(subject(sentence)).toBe(expected);
  });

  test.each([
    ['hard negative: an adverb alone', 'Often said but rarely done, the plan was shelved.'],
    ['hard negative: a clause with its own verb', 'Trump has not yet said whether he will attend.'],
    ['hard negative: a subordinate clause', 'What the voters say matters more than the polls.'],
    ['hard negative: a pronoun inside the phrase', 'Only he kept his promise and said so.'],
  ])('%s', (_name, sentence) => {
    expect(subject(sentence)).toBeNull();
  });
});

describe('reported speech of an unlisted subject', () => {
  test('is found, the phrase speaking as a group', () => {
    const { quotes } = findQuotes(['Jane Smith said the plan was good. Some advocates for stem cell research said the decision overlooked the potential benefits of new cures.']);
    expect(quotes.map((q) => [q.speaker, q.kind, q.text])).toEqual([
      ['Jane Smith', 'reported', 'the plan was good'],
      ['Some advocates for stem cell research', 'reported', 'the decision overlooked the potential benefits of new cures'],
    ]);
  });

  test('a quote verb after an unlisted subject, with a quotation close after it; a document has no speaker', () => {
    const { quotes } = findQuotes(['The old Dear Walter missive called him “an academic and musician” with no experience.']);
    expect(quotes.map((q) => [q.speaker, q.kind, q.text])).toEqual([[null, 'partial', 'him “an academic and musician” with no experience']]);
  });

  test('hard negative: a quote verb after an unlisted subject, with no quotation', () => {
    expect(findQuotes(['The old Dear Walter missive called him an academic and musician with no experience.']).quotes).toEqual([]);
  });

  test('hard negative: a verb form that is also a plural noun ("her many promises")', () => {
    expect(findQuotes(['Her many promises were soon forgotten by the voters and the press.']).quotes).toEqual([]);
  });
});
