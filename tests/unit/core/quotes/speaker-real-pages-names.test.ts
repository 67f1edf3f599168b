/**
 * Names as news pages write them: particles inside a name ("Ursula von der Leyen", "Charles de Gaulle",
 * "Bashar al-Assad") keep it whole, and a later surname with its particles ("von der Leyen said") is the
 * full name. Rows are paragraphs in, quote speakers out (all sentences written for these tests).
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';
import { quoteSpeakers } from '../../../helpers/quotes';

describe('a name with lower-case particles stays whole', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['two particles after an apposition', ['The bloc’s chief executive, Ingrid von der Hoek, said the border must stay open.'], ['Ingrid von der Hoek']],
    ['two particles after "said"', ['“It is over,” said Marta van der Linde.'], ['Marta van der Linde']],
    ['one particle before the verb', ['Charles de Gaulle said the nation would fight on.'], ['Charles de Gaulle']],
    ['a patronymic after a title', ['Crown Prince Faisal bin Salim said the kingdom would invest.'], ['Faisal bin Salim']],
    ['a hyphen-joined particle after a title', ['President Omar al-Rashid said the war was over.'], ['Omar al-Rashid']],
    ['a later surname with its particles', ['Ingrid von der Hoek arrived on Monday.', '“We are ready,” von der Hoek said.'], ['Ingrid von der Hoek']],
    ['a later surname opening a sentence', ['Ingrid von der Hoek arrived on Monday.', 'Von der Hoek said the plan was ready.'], ['Ingrid von der Hoek']],
    ['a later surname after a joined particle', ['President Omar al-Rashid arrived on Monday.', '“No,” Rashid said.'], ['Omar al-Rashid']],
    ['a particle that is also a word, after a first name', ['Marc ter Horst said the team was ready.'], ['Marc ter Horst']],
    // hard negatives: a number word before a group is no particle; a particle-led name the article never
    // gives in full stays as written; a capitalised first name that is also a particle is a first name
    ['hard negative: "ten" after an article', ['The ten Republicans said the bill was dead.'], ['Republicans']],
    ['hard negative: a surname never given in full', ['“We are ready,” von der Hoek said.'], ['von der Hoek']],
    ['hard negative: a first name that is also a particle', ['Van Jones said the race was over.', '“No,” Jones said.'], ['Van Jones', 'Van Jones']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });
});

describe('a name with particles is listed once, without a role made of its own words', () => {
  test.each<[string, string[], [string, string | null, string[]]]>([
    ['the apposition is the role', ['The bloc’s chief executive, Ingrid von der Hoek, said the border must stay open.', 'Von der Hoek said the plan was ready.'], ['Ingrid von der Hoek', 'bloc’s chief executive', ['Von der Hoek']]],
    ['no role at all', ['“It is over,” said Marta van der Linde.', '“It is,” van der Linde said.'], ['Marta van der Linde', null, ['van der Linde']]],
  ])('%s', (_name, paragraphs, [name, role, aliases]) => {
    expect(findQuotes(paragraphs).speakers.map((s) => [s.name, s.role, s.aliases])).toEqual([[name, role, aliases]]);
  });
});
