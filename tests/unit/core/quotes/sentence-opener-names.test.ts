/**
 * An imperative or an interjection opening a sentence is no part of the name after it ("See Okafor’s new
 * book", "Enter Lucas Brandt."): the speaker is the person the article names. Hard negative: a first name
 * or surname that is also a word ("Mark", "Hope", "Oh", "Welcome") still opens a name.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes/index';

const names = (paragraphs: string[]): string[] => findQuotes(paragraphs).speakers.map((s) => s.name);

describe('a sentence opener before a name', () => {
  test.each([
    [['Rina Okafor has studied the strike for years. See Okafor’s new book, where she writes that the mill “never paid for what it broke.”', '“The town kept its silence,” Okafor said.'], 'Rina Okafor'],
    [['Enter Lucas Brandt. The young engineer had built the first prototype in his garage.', '“It was ugly, but it worked,” Brandt said.'], 'Lucas Brandt'],
    [['Visit Dana Pike at the harbour and you will see why.', '“It was home,” said Pike.'], 'Dana Pike'],
    [['Meet Lena Ortiz, who runs the ferry.', '“It never stops,” Ortiz said.'], 'Lena Ortiz'],
    [['Consider Ivo Marsh, who built the pier twice.', '“The sea wins,” Marsh said.'], 'Ivo Marsh'],
  ])('is no part of it: %j', (paragraphs, name) => {
    expect(names(paragraphs)).toEqual([name]);
  });

  test.each([
    [['Mark Delaney chairs the board.', '“We will vote in May,” Delaney said.'], 'Mark Delaney'],
    [['Hope Baptiste runs the clinic.', '“We are full every day,” Baptiste said.'], 'Hope Baptiste'],
    [['Oh Min-jun, the mayor of the city, said the bridge would reopen in May.'], 'Oh Min-jun'],
    [['Welcome Ndlovu, the club captain, said the team was ready.'], 'Welcome Ndlovu'],
  ])('hard negative: a first name that is also a word still opens the name: %j', (paragraphs, name) => {
    expect(names(paragraphs)).toEqual([name]);
  });
});
