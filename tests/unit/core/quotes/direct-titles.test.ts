/**
 * A quotation named after a preposition or a possessive is a programme's or a work's title, even when a
 * verb follows it ("Speaking on KRV’s “Main Street,” Jane Smith admitted …"). Hard negatives: a quotation
 * after "of" that a participle attributes, a quotation opening its sentence.
 */
import { describe, expect, test } from 'vitest';
import { quoteTexts as texts } from '../../../helpers/quotes';

describe('a title after a preposition or a possessive is no quote', () => {
  test.each<[string, string, string]>([
    ['a network’s programme', 'Speaking Sunday on KRV’s “Main Street,” Jane Smith admitted that the bus timetable was wrong.', 'Main Street'],
    ['"appearance on “…”"', 'In a lengthy appearance on “Harbor Talk,” co-host Jane Smith asked the mayor about the ferry.', 'Harbor Talk'],
    ['a possessive alone', 'Jane Doe, star of television’s “Riverside,” thanked the mayor for the new park.', 'Riverside'],
    ['"interview with “…”"', 'In an interview with “Coffee and News,” Tom Baker pointed to the council as the culprit.', 'Coffee and News'],
  ])('%s', (_name, text, title) => {
    expect(texts(text)).not.toContain(title);
  });

  test.each<[string, string, string]>([
    // hard negatives: "a defense of “…,” saying" quotes the speaker; a quotation opening its sentence
    ['hard negative: "of" before a quotation a participle attributes', 'The mayor gave a defense of “city values,” saying the city was brave.', 'city values'],
    ['hard negative: a quotation opening its sentence', '“We will win,” Jane Smith told the crowd.', 'We will win'],
  ])('%s', (_name, text, quote) => {
    expect(texts(text)).toContain(quote);
  });
});
