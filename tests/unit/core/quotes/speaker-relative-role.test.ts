/** A relative clause after a speaker's name that states a post is the speaker's role; other clauses are none. */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';
import { speakerAndText } from '../../../helpers/quotes';

const roleOf = (paragraph: string, name: string): string | null | undefined => findQuotes([paragraph]).speakers.find((s) => s.name === name)?.role;

describe('a post held, written as a relative clause', () => {
  test.each([
    ['after the quote', '“We will open on time,” said Hana Ostrow, who chairs the market committee.', 'Hana Ostrow', 'chair of the market committee'],
    ['a verb of leading', '“Nobody asked us,” said Ravi Menon, who leads the drivers’ union.', 'Ravi Menon', 'leader of the drivers’ union'],
    ['before the verb', 'Ravi Menon, who heads the drivers’ union, said the talks had failed.', 'Ravi Menon', 'head of the drivers’ union'],
    ['founded, with its year left out', '“It began in a garage,” said Ines Calder, who founded the repair shop in 2009.', 'Ines Calder', 'founder of the repair shop'],
    ['works as', '“The queue starts at six,” said Tomas Weil, who works as a night porter at the station.', 'Tomas Weil', 'night porter at the station'],
    ['is the …', 'Noor Aziz, who is the council’s housing officer, said the flats would be ready in May.', 'Noor Aziz', 'council’s housing officer'],
    ['is + a role noun', '“We lost the vote,” said Ada Brill, who is chairman of the tenants’ group.', 'Ada Brill', 'chairman of the tenants’ group'],
    ['an -ing word before a role noun (apposition)', 'Cal Rhee, managing partner of the firm, said the deal was off.', 'Cal Rhee', 'managing partner of the firm'],
  ])('%s', (_name, paragraph, name, role) => expect(roleOf(paragraph, name)).toBe(role));

  test.each([
    ['what the person did', '“It was chaos,” said Ola Brandt, who spoke on condition of anonymity.', 'Ola Brandt'],
    ['a past post', '“It was chaos,” said Ola Brandt, who chaired the board until last spring.', 'Ola Brandt'],
    ['is + an -ing form', 'Ola Brandt, who is running for the council, said the road must close.', 'Ola Brandt'],
    ['an -ing word that opens a clause (apposition)', 'Ola Brandt, speaking after the vote, said the road must close.', 'Ola Brandt'],
  ])('no role: %s (hard negative)', (_name, paragraph, name) => expect(roleOf(paragraph, name) ?? null).toBeNull());
});

describe('the clause is read past', () => {
  test('after “according to”, the report starts after the clause, whatever it says', () => {
    expect(speakerAndText('According to Omar Vidal, who runs a bakery near the quay, the crowds were the biggest in years.'))
      .toEqual([['Omar Vidal', 'the crowds were the biggest in years']]);
  });

  test('a clause ending the sentence is never taken for words of the speaker', () => {
    const quotes = speakerAndText('The rule was broken twice, according to Ola Brandt, who prosecuted the smuggling case in the 1990s.');
    expect(quotes).toEqual([['Ola Brandt', 'The rule was broken twice']]);
  });

  test('a clause that goes on past its comma is not cut there (hard negative)', () => {
    const quotes = speakerAndText('“Now is the time,” said Ola Brandt, who ran the party from 1995 to 1997, during the boom, and has backed the mayor since.');
    expect(quotes.map(([speaker]) => speaker)).toEqual(['Ola Brandt']);
  });
});

describe('an age between the name and its apposition', () => {
  test.each([
    ['before the verb', 'Mara Lind, 63, a retired teacher, said the flats were cold.', 'Mara Lind', 'retired teacher'],
    ['after the verb', '“It is too late,” said Tom Brock, 45, a fisherman from the island.', 'Tom Brock', 'fisherman from the island'],
  ])('%s: the apposition is the role', (_name, paragraph, name, role) => expect(roleOf(paragraph, name)).toBe(role));

  test('hard negative: a number that is no age (a count in a list) gives no role', () => {
    expect(roleOf('“It is too late,” said Tom Brock, 45, 46 and 47 were the rooms.', 'Tom Brock') ?? null).toBeNull();
  });
});
