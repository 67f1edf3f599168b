/**
 * Run-on text with no sentence breaks — a list pasted without stops, or hostile input — is read in bounded work:
 * at most 40 speech verbs of one sentence become cues, so such a sentence yields no flood of quotes. Real
 * sentences hold a handful of speech verbs and are read whole.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

describe('a run-on sentence', () => {
  test('thousands of speech verbs in one sentence yield at most 40 quotes', () => {
    const quotes = findQuotes(['Jo told the court '.repeat(3000)]).quotes;
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.length).toBeLessThanOrEqual(40);
  });

  test('hard negative: a real sentence with several speech verbs is read whole', () => {
    const got = findQuotes(['Jo Park said the plan was bad, Ann Lee said it was good, and Tom Baker said he had no view.']).quotes.map((q) => q.speaker);
    expect(got).toEqual(['Jo Park', 'Ann Lee', 'Tom Baker']);
  });
});
