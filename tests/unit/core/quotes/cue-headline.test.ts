/**
 * A title-case headline reports speech with a capitalised verb: "X Says Y". Hard negatives: a
 * sentence that is not title case, a verb that depends on a wh-word, a verb followed by its topic.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const brief = (line: string) => findQuotes([line]).quotes.map((q) => [q.speaker, q.kind, q.text]);

describe('headline cues', () => {
  test.each([
    ['"X Says Y"', 'Jane Smith Says She Will Not Run For Mayor Again.', [['Jane Smith', 'reported', 'She Will Not Run For Mayor Again']]],
    ['"X Warns Y"', 'Jane Smith Warns The City Budget Is Close To Collapse', [['Jane Smith', 'reported', 'The City Budget Is Close To Collapse']]],
    ['"Y, X Says" closing the headline', 'The City Budget Is Close To Collapse, Jane Smith Says.', [['Jane Smith', 'reported', 'The City Budget Is Close To Collapse']]],
    ['hard negative: a closing verb without a comma', 'The City Budget Is Close To Collapse As Jane Smith Says.', []],
  ])('%s', (_name, line, expected) => {
    expect(brief(line)).toEqual(expected);
  });

  test.each([
    ['hard negative: a wh-word before the speaker', 'Why Jane Smith Says The Budget Is Too Small Matters To Voters'],
    ['hard negative: a verb followed by its topic', 'Jane Smith Says Of The Budget Little That Matters To Anyone'],
    ['hard negative: not title case', 'The Says family runs a small bakery in the old town.'],
  ])('%s', (_name, line) => {
    expect(brief(line)).toEqual([]);
  });
});
