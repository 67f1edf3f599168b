/**
 * A quotation named after a preposition or a possessive is a programme's or a work's title, even when a
 * verb follows it ("Speaking on ABC’s “This Week,” Jane Smith admitted …"). Hard negatives: a quotation
 * after "of" that a participle attributes, a quotation opening its sentence.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const texts = (text: string): string[] => findQuotes([text]).quotes.map((q) => q.text);

describe('a title after a preposition or a possessive is no quote', () => {
  test.each<[string, string, string]>([
    ['a network’s programme', 'Speaking Sunday on ABC’s “This Week,” Jane Smith admitted that the course name was wrong.', 'This Week'],
    ['"appearance on “…”"', 'In an extended appearance on “Morning Joe,” co-host Jane Smith asked the mayor about the plan.', 'Morning Joe'],
    ['a possessive alone', 'Jane Doe, star of television’s “Scandal,” thanked the mayor for the new law.', 'Scandal'],
    ['"interview with “…”"', 'In an interview with “Fox and Friends,” John Smith pointed to China as the enforcer.', 'Fox and Friends'],
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
