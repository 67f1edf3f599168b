/**
 * A quotation after a colon: the named subject of the clause the colon closes speaks it ("Nina Park …
 * shared her view on the results: “…”"), and after a quote verb the writer's words up to the colon are no
 * part of it ("put it simply: “…”"). Hard negatives: a capitalised word after a determiner or before a
 * number is no speaker, and a clause of the report before the colon stays in the quote.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes/index';

const read = (text: string): [string | null, string, string][] => findQuotes([text]).quotes.map((q) => [q.speaker, q.kind, q.text]);

describe('a quotation after a colon', () => {
  test.each([
    ['Nina Park, senior analyst at a research firm, shared her view on the results: “There is a real fear here.”', 'Nina Park', 'There is a real fear here.'],
    ['Ruth Hale summed it up: “We lost the vote.”', 'Ruth Hale', 'We lost the vote.'],
    ['Dr. Omar Fadel ended the hearing with a warning: “The next flood will be worse.”', 'Omar Fadel', 'The next flood will be worse.'],
  ])('the subject before the colon speaks: %s', (text, speaker, quote) => {
    expect(read(text)).toEqual([[speaker, 'direct', quote]]);
  });

  test.each([
    ['Mayor Ola Berg put it simply: “We cannot wait.”', 'Ola Berg', 'We cannot wait.'],
    ['Tess Moreno told the crowd in a packed hall on Friday: “We are not done yet.”', 'Tess Moreno', 'We are not done yet.'],
  ])('the writer\'s words up to the colon are no part of the quote: %s', (text, speaker, quote) => {
    expect(read(text)).toEqual([[speaker, 'direct', quote]]);
  });

  test.each([
    ['The Lakeside graduate ended her speech with a line: “Every wall has a door, and every door has a key.”'],
    ['Section 12 states: “No person shall be held without charge for more than a day.”'],
    ['Lena Ortiz found a note under her door: “We know where you live.”'],
  ])('hard negative: no speaker from a modifier, a numbered section or what the subject found: %s', (text) => {
    expect(read(text).map(([speaker]) => speaker)).toEqual([null]);
  });

  test('hard negative: a clause of the report before the colon stays in the quote', () => {
    expect(read('Jo Park said the town has two choices: “We fight or we leave.”')).toEqual([['Jo Park', 'partial', 'the town has two choices: “We fight or we leave.”']]);
  });
});
