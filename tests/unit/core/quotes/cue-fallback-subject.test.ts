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
    ['an unlisted plural with its modifier', 'Some advocates for public transit funding said that it ignored the savings.', 'Some advocates for public transit funding'],
    ['a relative clause inside the phrase', 'Managers who have trained with him say he keeps his plans to himself.', 'Managers who have trained with him'],
    ['past an apposition between commas', 'Executives for Brantfield, which made $12 billion last year, say the firm will cut costs.', 'Executives for Brantfield'],
    ['after a conjunction opening the clause', 'Attendance was thin, but majorities in all four say they want reform.', 'majorities in all four'],
    ['an adverb after the subject is dropped', 'Her field organizers here said they had canvassed the county since March.', 'Her field organizers'],
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
    const { quotes } = findQuotes(['Jane Smith said the plan was good. Some advocates for public transit funding said the decision ignored the long-term savings of new lines.']);
    expect(quotes.map((q) => [q.speaker, q.kind, q.text])).toEqual([
      ['Jane Smith', 'reported', 'the plan was good'],
      ['Some advocates for public transit funding', 'reported', 'the decision ignored the long-term savings of new lines'],
    ]);
  });

  test('a quote verb after an unlisted subject, with a quotation close after it; a document has no speaker', () => {
    const { quotes } = findQuotes(['The old Dear Marcus missive called him “a banker and golfer” with no vision.']);
    expect(quotes.map((q) => [q.speaker, q.kind, q.text])).toEqual([[null, 'partial', 'him “a banker and golfer” with no vision']]);
  });

  test('hard negative: a quote verb after an unlisted subject, with no quotation', () => {
    expect(findQuotes(['The old Dear Marcus missive called him a banker and golfer with no vision.']).quotes).toEqual([]);
  });

  test('hard negative: a verb form that is also a plural noun ("her many promises")', () => {
    expect(findQuotes(['Her many promises were soon forgotten by the voters and the press.']).quotes).toEqual([]);
  });
});
