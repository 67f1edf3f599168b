/**
 * "He"/"she" opening a sentence after a sentence that names one person of that gender by honorific
 * ("Ms Hallam left the chamber. She said …") is that person, not the last speaker of an earlier
 * paragraph. Rows are paragraphs in, quote speakers out (all sentences written for these tests).
 */
import { describe, expect, test } from 'vitest';
import { quoteSpeakers } from '../../../helpers/quotes';

describe('a pronoun after a sentence naming one person by honorific', () => {
  test.each<[string, string[], (string | null)[]]>([
    [
      '"Ms" without a period',
      ['Fiona Hallam was named deputy.', 'Deputy leader Ruth Baird said “This is a scandal.”', 'The report came out after Ms Hallam left the chamber briefly. She said the panel had requested more papers.'],
      ['Ruth Baird', 'Fiona Hallam'],
    ],
    [
      '"Mr." with a period',
      ['Rob Dunmore spoke on Monday.', '“We will win,” Paul Greer said.', 'Later Mr. Dunmore answered a question. He said the plan was bad.'],
      ['Paul Greer', 'Rob Dunmore'],
    ],
    // hard negatives: two people of that gender in the sentence before, the last speaker named there, a
    // pronoun inside its sentence, an honorific of the other gender
    [
      'hard negative: two candidates',
      ['Rob Dunmore spoke on Monday.', '“We will win,” Paul Greer said.', 'Later Mr. Dunmore answered Mr. Greer. He said the plan was bad.'],
      ['Paul Greer', 'Paul Greer'],
    ],
    [
      'hard negative: the last speaker is named in that sentence',
      ['Rob Dunmore spoke on Monday.', '“We will win,” Paul Greer said.', 'Mr. Dunmore met Greer on Monday. He said the plan was bad.'],
      ['Paul Greer', 'Paul Greer'],
    ],
    [
      'hard negative: the other gender',
      ['Fiona Hallam was named deputy.', '“We will win,” Paul Greer said.', 'Later Ms Hallam answered a question. He said the plan was bad.'],
      ['Paul Greer', 'Paul Greer'],
    ],
    [
      'hard negative: an honorific before a title, no known person',
      ['“We will win,” Paul Greer said.', 'The reporter turned to Mr. President. He said the plan was bad.'],
      ['Paul Greer', 'Paul Greer'],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});
