/**
 * "As one farmer put it, “…”": the noun phrase between an "as" opening its clause and a speech verb speaks,
 * whatever its noun; "as X puts it" is a cue as "put it" is. Never a clause after "as" ("described her as a
 * builder who said …"). Rows are paragraphs in, [speaker, text] of each quote out (all sentences written
 * for these tests).
 */
import { describe, expect, test } from 'vitest';
import { speakerAndText } from '../../../helpers/quotes';

describe('the phrase between "as" and a speech verb', () => {
  test.each<[string, string, [string | null, string][]]>([
    ['"put it" and a comma', 'Ivo Marsh said the bridge was late. As one farmer put it, “The rain does not vote.”', [['Ivo Marsh', 'the bridge was late'], ['one farmer', 'The rain does not vote.']]],
    ['"put it" and a colon after "Or,"', 'Ivo Marsh said the bridge was late. Or, as one farmer put it: “The rain does not vote.”', [['Ivo Marsh', 'the bridge was late'], ['one farmer', 'The rain does not vote.']]],
    ['"said"', 'Ivo Marsh said the bridge was late. As a ferryman said, “The river keeps its own clock.”', [['Ivo Marsh', 'the bridge was late'], ['a ferryman', 'The river keeps its own clock.']]],
    ['"puts it"', 'As the Ledger’s Mara Quill puts it, “The council has run out of road.”', [['Mara Quill', 'The council has run out of road.']]],
    // hard negative: a relative clause after "as" describes the noun before it
    ['hard negative: a clause with its own pronoun after "as"', 'The clerks were as stubborn as the neighbours you claim to help.', []],
    ['hard negative: a relative clause after "as"', 'Ivo Marsh described the mayor as a builder who said, “Roads first.”', [['Ivo Marsh', 'the mayor as a builder'], [null, 'Roads first.']]],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakerAndText(paragraph)).toEqual(expected);
  });
});
