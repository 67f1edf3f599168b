/**
 * "He"/"she" opening a sentence after a sentence that names one person of that gender by honorific
 * ("Ms Robison raised a point of order. She said …") is that person, not the last speaker of an earlier
 * paragraph. Rows are paragraphs in, quote speakers out (all sentences written for these tests).
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const quoteSpeakers = (paragraphs: string[]) => findQuotes(paragraphs).quotes.map((q) => q.speaker);

describe('a pronoun after a sentence naming one person by honorific', () => {
  test.each<[string, string[], (string | null)[]]>([
    [
      '"Ms" without a period',
      ['Fiona Hale was named deputy.', 'Deputy leader Ruth Baird said “This is a scandal.”', 'The report came out after Ms Hale raised a point of order. She said the panel had asked for details.'],
      ['Ruth Baird', 'Fiona Hale'],
    ],
    [
      '"Mr." with a period',
      ['Jeb Barton spoke on Monday.', '“We will win,” Donald Trump said.', 'Later Mr. Barton answered a question. He said the plan was bad.'],
      ['Donald Trump', 'Jeb Barton'],
    ],
    // hard negatives: two people of that gender in the sentence before, the last speaker named there, a
    // pronoun inside its sentence, an honorific of the other gender
    [
      'hard negative: two candidates',
      ['Jeb Barton spoke on Monday.', '“We will win,” Donald Trump said.', 'Later Mr. Barton answered Mr. Trump. He said the plan was bad.'],
      ['Donald Trump', 'Donald Trump'],
    ],
    [
      'hard negative: the last speaker is named in that sentence',
      ['Jeb Barton spoke on Monday.', '“We will win,” Donald Trump said.', 'Mr. Barton met Trump on Monday. He said the plan was bad.'],
      ['Donald Trump', 'Donald Trump'],
    ],
    [
      'hard negative: the other gender',
      ['Fiona Hale was named deputy.', '“We will win,” Donald Trump said.', 'Later Ms Hale answered a question. He said the plan was bad.'],
      ['Donald Trump', 'Donald Trump'],
    ],
    [
      'hard negative: an honorific before a title, no known person',
      ['“We will win,” Donald Trump said.', 'The reporter turned to Mr. President. He said the plan was bad.'],
      ['Donald Trump', 'Donald Trump'],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});
