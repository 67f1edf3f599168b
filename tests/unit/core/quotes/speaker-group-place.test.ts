/**
 * A group of people before a place phrase speaks, not the place: "Marchers on Main Street chanted …",
 * "Protesters outside the courthouse chanted …", "Protesters marching through the square chanted …".
 * The place stays in the mention as written after the group noun, as "officials at the ministry" does;
 * past a participle the group noun alone speaks. Rows are paragraphs in, [speaker, kind] of each quote out
 * (all sentences written for these tests).
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const read = (paragraphs: string[]) => {
  const r = findQuotes(paragraphs);
  return r.quotes.map((q) => [q.speaker, r.speakers.find((s) => s.id === q.speakerId)?.kind ?? null]);
};

describe('a group before a place speaks', () => {
  test.each<[string, string[], (string | null)[][]]>([
    ['a capitalised group before a named street', ['Marchers on Main Street chanted “Whose streets?” and kept going.'], [['Marchers on Main Street', 'organization']]],
    ['a listed group before "outside the"', ['Protesters outside the courthouse chanted “No justice, no peace.”'], [['Protesters outside the courthouse', 'organization']]],
    ['a group, a participle and a place', ['Protesters marching through the square chanted “Not our mayor!” and kept going.'], [['Protesters', 'organization']]],
    ['a lower-case group with words before it', ['This week, senior lawmakers on the Judiciary Committee wrote to the minister, urging a review of the rules.'], [['senior lawmakers on the Judiciary Committee', 'organization']]],
    ['a plural of a people noun before "across"', ['Republicans across the country said the nominee must change course.'], [['Republicans across the country', 'organization']]],
    ['"who" after a group at a place', ['It is a relief for councillors on the harbour board, who have argued that the tolls help the port.'], [['councillors on the harbour board', 'organization']]],
    // hard negatives: "of" keeps its own reading; a time after the group is skipped, not kept as a place
    ['hard negative: a time after "on" is no place', ['Protesters on Monday chanted “Whose streets?” and kept going.'], [['Protesters', 'organization']]],
    ['hard negative: "of" keeps its own reading', ['Residents of the town said “We are tired.”'], [['Residents of the town', 'organization']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(read(paragraphs)).toEqual(expected);
  });
});
