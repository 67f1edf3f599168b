/**
 * Title words that are also surnames: "King", "Bishop", "Judge", "Major", "Prince" end a name after a
 * known first name or an honorific ("Danny King", "Ms. Bishop"), but stay titles before a name ("King
 * Charles", "Judge Amy Carver Jackson") and after any other word ("Crown Prince", "Vice Chancellor").
 * Rows are paragraphs in, quote speakers out (all sentences written for these tests).
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';
import { quoteSpeakers } from '../../../helpers/quotes';

describe('a title word after a first name is a surname', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['"said" then a first name and "King"', ['“Turnout is everything,” said Danny King.'], ['Danny King']],
    ['a woman’s first name and "King"', ['“We will see,” said Jane King.'], ['Jane King']],
    ['before the verb', ['“It works,” Peter King said.'], ['Peter King']],
    ['"Bishop" after a first name', ['“We are ready,” Sarah Bishop said.'], ['Sarah Bishop']],
    ['"Major" after a first name', ['“The rate will hold,” said Gary Major.'], ['Gary Major']],
    ['"Prince" after a first name, with an apposition', ['“It was an error,” said Carl Prince, the firm’s founder.'], ['Carl Prince']],
    ['a later honorific and the surname', ['“We will see,” said Jane King, a lawyer.', '“It is not over,” Ms. King added.'], ['Jane King', 'Jane King']],
    ['a later surname alone', ['Danny King leads the group.', '“Turnout is what counts,” King said.'], ['Danny King']],
    ['a role word as a surname, later alone', ['The novelist Laura Singer spoke at the fair.', '“It was a joke,” Singer said.'], ['Laura Singer']],
    // hard negatives: a title before a name, or after a word that is no first name, stays a title
    ['hard negative: "King" before a name', ['“No,” said King Charles.'], ['Charles']],
    ['hard negative: "Judge" before a full name', ['“Yes,” Judge Amy Carver Jackson said.'], ['Amy Carver Jackson']],
    ['hard negative: "Bishop" before a full name', ['“Fine,” said Bishop Desmond Okoro.'], ['Desmond Okoro']],
    ['hard negative: a title after a title', ['“Never,” said Crown Prince Salim.'], ['Salim']],
    ['hard negative: a lone "King" the article never gives in full', ['“Turnout is what counts,” King said.'], [null]],
    ['hard negative: the role word with an article', ['“It was a joke,” the singer said.'], ['the singer']],
    ['hard negative: "Mr." before a title that is no surname', ['“Yes, sir,” said Mr. President.'], [null]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('a title surname says nothing of gender', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['"she" after a woman named King', ['“We will see,” said Jane King.', '“It is not over,” she said.'], ['Jane King', 'Jane King']],
    ['"she" after a three-word name ending in "King"', ['“Tennis first,” said Billie Lynn King.', 'Then she said, “Play on.”'], ['Billie Lynn King', 'Billie Lynn King']],
    // hard negative: "King" as a title still says "he"
    ['hard negative: "he" after a king', ['“No,” said King Charles.', 'Then she said, “Play on.”'], ['Charles', null]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('a title written with its period', () => {
  test.each<[string, string[], [string, string | null][]]>([
    ['"Del." after the verb, not a sentence end', ['“It is a poor use of money,” said Del. Maria Ruelas of Guam.'], [['Maria Ruelas', 'Del.']]],
    ['"Del." before the verb', ['“It is a poor use of money,” Del. Maria Ruelas said.'], [['Maria Ruelas', 'Del.']]],
    // hard negative: "Del" without a period is part of a name
    ['hard negative: "Del" inside a name', ['“It is a poor use of money,” said Lucia Del Monte.'], [['Lucia Del Monte', null]]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(findQuotes(paragraphs).speakers.map((s) => [s.name, s.role])).toEqual(expected);
  });
});
