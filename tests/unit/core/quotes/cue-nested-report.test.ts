/**
 * A cue right after another cue's content is nested in that report ("say that the governor revealed
 * nothing"), unless a comma opens its own clause ("…, Voss said, “…”").
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const found = (paragraphs: string[]) => findQuotes(paragraphs).quotes.map((q) => [q.speaker, q.kind]);

describe('a cue after a relative clause that reports speech', () => {
  test.each<[string, string[], (string | null)[][]]>([
    ['a named cue after a comma keeps its quotation', ['As for the critics who claim to find her bland, Jane Smith said, “I simply believe they don’t know her.”'], [['Jane Smith', 'direct']]],
    ['"said X, who said …": the relative stands for X', ['“I don’t want to cross him again,” said one former aide, who said he parted on friendly terms. “I could not risk it.”'], [['one former aide', 'direct'], ['one former aide', 'reported'], ['one former aide', 'direct']]],
    // hard negative: a cue inside what another reports is part of that report
    ['hard negative: a nested report', ['Officials say that the governor revealed nothing new about the plan.'], [['Officials', 'reported']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(found(paragraphs)).toEqual(expected);
  });
});
