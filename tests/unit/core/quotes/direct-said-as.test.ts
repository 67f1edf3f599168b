/**
 * Quotations that are words of their own however short: after a verb of uttering that follows a clause
 * ("…, while chanting, “…”"), a comparison in the speaker's words ("likened X to “…”") and words written
 * ("had typed “…”"). Hard negatives: a quotation inside a verb's object, a comparison the writer makes, a
 * quotation after an article, a writing verb with an object of its own. A line the page gives its reader
 * ("when you say, “…”") is no one's quote.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

type Row = [string | null, string, string];
const quotes = (text: string): Row[] => findQuotes([text]).quotes.map((q) => [q.speaker, q.kind, q.text]);

describe('a verb of uttering after a clause ends what the clause reports', () => {
  test.each<[string, string, Row]>([
    ['", while chanting,"', 'Parents continued to press for more details about the closure, walking through the town, while chanting, “Save our school, save our town.”', [null, 'direct', 'Save our school, save our town.']],
    ['", chanting,"', 'Residents urged the council to build a new park this spring, chanting, “Parks, not parking.”', [null, 'direct', 'Parks, not parking.']],
    ['"while chanting" with no comma', 'Fans demanded a refund from the club while chanting “Sack the board” outside the ground.', ['Fans', 'direct', 'Sack the board']],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toContainEqual(expected);
    // (and no quote of the clause swallows the quotation)
    expect(quotes(text).filter((q) => q[2].includes(expected[2]) && q[2] !== expected[2])).toEqual([]);
  });

  test.each<[string, string, Row[]]>([
    ['hard negative: a quotation inside the verb’s object', 'Parents called for “more details” about the closure on Friday.', [['Parents', 'partial', 'for “more details” about the closure on Friday']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a comparison or words written are the speaker’s words', () => {
  test.each<[string, string, Row[]]>([
    ['"likened X to “…”"', 'Another critic, Jane Doe, likened the fees to “taxing the sunshine” on Monday.', [['Jane Doe', 'direct', 'taxing the sunshine']]],
    ['"compared X to “…”"', 'Owen Talbot compared the new levy to “a slap in the face” of every driver.', [['Owen Talbot', 'direct', 'a slap in the face']]],
    ['"had typed “…”"', 'On his release form, a nurse had typed “severe dehydration.”', [[null, 'direct', 'severe dehydration.']]],
    ['"scrawled on X “…”"', 'Someone scrawled on the wall “go home now” overnight.', [[null, 'direct', 'go home now']]],
    // hard negatives: the writer's comparison, a quotation after an article, a writing verb with its own object
    ['hard negative: "compared to “…”" with no object', 'Prices rose sharply compared to “normal” levels last year.', []],
    ['hard negative: "likened X to the “…”"', 'The mayor likened the storm to the “perfect storm” of the old film.', []],
    ['hard negative: "typed" with an object of its own', 'The clerk typed quickly on a “modern” keyboard.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a line the page gives its reader is no one’s quote', () => {
  test.each<[string, string, Row[]]>([
    ['"when you say, “…”"', 'Practice your surprised face when you say, “Me, a winner? No way!”', []],
    ['"you can shout “…”"', 'At the door, you can shout “Trick or treat!” and wait for candy.', []],
    // hard negatives: a named speaker and a group shout the same words
    ['hard negative: a named speaker', 'At the door, Jane Smith shouted “Trick or treat!” and waited for candy.', [['Jane Smith', 'direct', 'Trick or treat!']]],
    ['hard negative: a crowd', 'Then the crowd yelled, “Shut up!”', [['the crowd', 'direct', 'Shut up!']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
