/**
 * A speech-verb form after a possessive is a plural noun ("dispute Baker’s claims.", "return Acme’s calls until …"),
 * unless a complement follows it ("Ferreira’s calls for cleaner city parks"); a participle right after "of", "for",
 * "from" or "among" and before its noun is an adjective ("by way of pledged members"). Neither cuts what
 * an earlier cue reports.
 */
import { describe, expect, test } from 'vitest';
import { quoteTexts as texts } from '../../../helpers/quotes';

describe('noun and adjective forms inside a report', () => {
  test.each([
    ['a plural noun after a possessive, end of sentence', 'Jane Smith said the council must dispute Baker’s claims.', ['the council must dispute Baker’s claims']],
    ['a plural noun after a possessive, a clause after it', 'Tom Baker vows not to return Acme’s calls unless it rehires the night crew.', ['not to return Acme’s calls unless it rehires the night crew']],
    ['a participle after "of"', 'Her aides say that neither club can gather the 1,150 signatures needed for a ballot spot by way of pledged members alone.', ['neither club can gather the 1,150 signatures needed for a ballot spot by way of pledged members alone']],
    // hard negatives: the verb sense stays a cue
    ['hard negative: a possessive noun form with its complement', 'Jane Smith’s calls for cleaner city parks have grown louder this year.', ['for cleaner city parks have grown louder this year']],
    ['hard negative: a verb after a stranded preposition, "that" next', 'The candidate Jane Smith voted for claimed that the vote was rigged.', ['the vote was rigged']],
    ['hard negative: a participle after "of" with an object is a verb of its own', 'Tom Baker, the chairman of Acme, said the plant will close.', ['the plant will close']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});
