/**
 * A question put to the speaker, reported: "about" opens the topic ("Asked Tuesday about Okafor, X said …" →
 * "about Okafor", two words are enough with it), and a quotation whose closing comma is typed inside its mark
 * ends the question ("Asked why …, during an appearance on “Valley Today,” Baker said …"); an opening question
 * runs past appositions to the comma before the main clause ("Asked whether Jane Doe, the favourite, …, could lose, X …").
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const questions = (text: string): string[] => findQuotes([text]).quotes.filter((q) => q.speaker === null).map((q) => q.text);

describe('reported questions', () => {
  test.each([
    ['"about" and a one-word topic', 'Asked Tuesday about Okafor, Jane Smith said she knew nothing of the loans.', ['about Okafor']],
    ['"about" and a pronoun', 'Asked about it after the match, Tom Baker told fans that the rumour was false.', ['about it after the match']],
    ['a quotation closing the question with its comma inside', 'Asked why he still had not signed the lease during an appearance on “Valley Today,” Tom Baker said he needed more time.', ['why he still had not signed the lease during an appearance on “Valley Today,”']],
    ['an opening question past appositions, to the main clause', 'Asked whether he worried that Jane Doe, the favourite, who has called the race a farce, could lose, Tom Baker demurred.', ['whether he worried that Jane Doe, the favourite, who has called the race a farce, could lose']],
    // hard negatives
    ['hard negative: "about" far from "asked" is no topic', 'Asked by a reporter at the long Monday briefing in Tulsa about the plan, Jane Smith said it was fine.', []],
    ['hard negative: a quotation inside the question without a comma', 'Asked whether the “deal of the century” was dead, Tom Baker said it was alive.', ['whether the “deal of the century” was dead']],
  ])('%s', (_name, text, expected) => {
    expect(questions(text)).toEqual(expected);
  });
});
