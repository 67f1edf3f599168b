/**
 * An -ing form right after a determiner ("a warning", "its reporting"), or after a determiner and an adjective of
 * tone ("a stern warning"), is a noun: no speech verb, and the words before it are no speaker. With "that" after it
 * the noun still reports ("his stern warning that …"), and after a noun it is a participle ("a petition calling for …").
 * A quote verb followed only by a manner adverb and an adverbial ("speaking slowly in deep water") says nothing.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const found = (paragraph: string): [string | null, string][] => findQuotes([paragraph]).quotes.map((q) => [q.speaker, q.text]);

describe('an -ing form after a determiner is a noun', () => {
  test.each<[string, string, [string | null, string][]]>([
    ['"a stern warning about"', 'The minister arrived with a stern warning about the new ferry fares.', []],
    ['"a final warning about"', 'The council came back with a final warning about the new ferry fares.', []],
    // hard negatives: a complement with "that", a participle after a noun
    ['hard negative: "his stern warning that"', 'The harbor master repeated his stern warning that the pier would close in June.', [['the harbor master', 'his stern warning that the pier would close in June']]],
    ['hard negative: a noun before the participle', 'A petition calling for the pier to stay open has drawn 5,000 names.', [['a petition', 'for the pier to stay open has drawn 5,000 names']]],
  ])('%s', (_name, paragraph, expected) => {
    expect(found(paragraph)).toEqual(expected);
  });
});

describe('a manner adverb and an adverbial after a quote verb is how it was said, not what', () => {
  test.each<[string, string, [string | null, string][]]>([
    ['"speaking slowly in deep water"', 'The letters spell a name, as if to show a man speaking slowly in deep water.', []],
    // hard negative: a topic after the adverbial is what was said
    ['hard negative: "spoke openly … about"', 'The mayor spoke openly at the meeting about her plans to leave office.', [['the mayor', 'openly at the meeting about her plans to leave office']]],
  ])('%s', (_name, paragraph, expected) => {
    expect(found(paragraph)).toEqual(expected);
  });
});
