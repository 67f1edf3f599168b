/**
 * The engine reads English only: an article in another language gets no speakers and the notice
 * 'not-english' (its English rules would otherwise misread capitalised words as speakers), while an
 * English article is read as before.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes/index';

const FRENCH = [
  'Le conseil municipal a voté mardi la fermeture du vieux pont du port pour des travaux, et la maire Claire Dubois a déclaré que le chantier durerait presque toute une année.',
  '“Nous attendons cela depuis dix ans, mais ce n’est pas la bonne saison,” said Inès Moreau, qui tient une boulangerie de l’autre côté du pont.',
  'Selon la préfecture, la circulation sera déviée par le boulevard du Nord pendant toute la durée des travaux de rénovation.',
];
const ENGLISH = [
  'The council voted on Tuesday to close the old harbour bridge for repairs, and Mayor Claire Dubois said the work would take most of the year.',
  '“We have waited for this for a decade, but it is the wrong season,” said Ines Moreau, who runs a bakery on the far side of the bridge.',
];

describe('findQuotes on an article not in English', () => {
  test('finds no speakers and says why', () => {
    expect(findQuotes(FRENCH)).toEqual({ speakers: [], quotes: [], notice: 'not-english' });
  });

  test('an English article is read, with no notice', () => {
    const result = findQuotes(ENGLISH);
    expect(result.notice).toBeUndefined();
    expect(result.speakers.map((s) => s.name)).toEqual(['Claire Dubois', 'Ines Moreau']);
  });
});
