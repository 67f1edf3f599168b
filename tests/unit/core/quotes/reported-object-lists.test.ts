/**
 * A quote verb's object ends at a comma — unless the comma lists items ("city nurses, porters, and cooks for …")
 * or opens "including …" / "as well as …"; and what "X said" reports ends at a second verb of its subject after
 * ", and has …" ("the guild must be a home for artists, and has championed a plan …"), never at ", but that …" or ", but"
 * and a quotation, which go on with the report.
 */
import { describe, expect, test } from 'vitest';
import { quoteTexts as texts } from '../../../helpers/quotes';

describe('lists and additions in a quote verb’s object', () => {
  test.each([
    ['a list', 'Jane Smith has praised nurses, porters, and cooks for staffing the clinic.', ['nurses, porters, and cooks for staffing the clinic']],
    ['"including"', 'Tom Baker cited several reasons for the poor harvest, including late spring frosts.', ['several reasons for the poor harvest, including late spring frosts']],
    ['"as well as"', 'Jane Smith highlighted the best photos from the parade, as well as the songs sung by children.', ['the best photos from the parade, as well as the songs sung by children']],
    // hard negatives: a clause after the comma still ends the object
    ['hard negative: a relative clause', 'Jane Smith criticized the town logo, which includes the crest and motto of the old mill.', ['the town logo']],
    ['hard negative: a new clause with its own verb', 'Tom Baker praised the workers, the mayor should thank them and the union should too.', ['the workers']],
    ['hard negative: "both"', 'Jane Smith condemned the cuts as reckless, both at home and abroad.', ['the cuts as reckless']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('a second verb of the subject after ", and has …"', () => {
  test.each([
    ['", and has" and a participle', 'Jane Smith has said the guild must be a home for artists, and has championed a plan of cheap studios.', ['the guild must be a home for artists']],
    ['", but that" goes on with the report', 'Jane Smith predicted that rents would rise for a while, but that new housing would ease the strain.', ['rents would rise for a while, but that new housing would ease the strain']],
    ['hard negative: ", but" and a second verb still ends it', 'Jane Smith said the plan was dead, but declined to say why.', ['the plan was dead']],
    ['hard negative: ", and" before a clause of the report', 'Jane Smith said the party must change, and the voters know it.', ['the party must change, and the voters know it']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});
