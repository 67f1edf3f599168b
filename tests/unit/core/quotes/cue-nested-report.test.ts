/**
 * A cue right after another cue's content is nested in that report ("say that the governor revealed
 * nothing"), unless a comma opens its own clause ("…, Bolton said, “…”").
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const found = (paragraphs: string[]) => findQuotes(paragraphs).quotes.map((q) => [q.speaker, q.kind]);

describe('a cue after a relative clause that reports speech', () => {
  test.each<[string, string[], (string | null)[][]]>([
    ['a named cue after a comma keeps its quotation', ['As for the analysts who claim to find her palatable, Jane Smith said, “I just think they don’t understand her.”'], [['Jane Smith', 'direct']]],
    ['"said X, who said …": the relative stands for X', ['“I don’t want to be on his wrong side,” said one former staffer, who said he left on good terms. “I could not afford it.”'], [['one former staffer', 'direct'], ['one former staffer', 'reported'], ['one former staffer', 'direct']]],
    // hard negative: a cue inside what another reports is part of that report
    ['hard negative: a nested report', ['Officials say that the governor revealed nothing new about the plan.'], [['Officials', 'reported']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(found(paragraphs)).toEqual(expected);
  });
});
