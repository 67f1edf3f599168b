/**
 * A participle after the progressive's "be" is its subject's speech ("Jane Smith has been criticizing X", "Tom
 * Baker had been telling friends that …"), and manner adverbs may stand between a participle and the comma or "and" that
 * joins it to its subject's clause ("…, falsely suggesting that …", "and boldly claiming that …") or between a plural
 * subject and a bare form ("Officials privately concede that …").
 */
import { describe, expect, test } from 'vitest';
import { speakerAndText as quotes } from '../../../helpers/quotes';

describe('progressive participles and manner adverbs', () => {
  test.each([
    ['has been + participle', 'Jane Smith has been criticizing the mayor for raising the tax.', [['Jane Smith', 'the mayor for raising the tax']]],
    ['had been + participle', 'For weeks Tom Baker had been telling friends that he would not hurry to sell the farm.', [['Tom Baker', 'he would not hurry to sell the farm']]],
    ['a comma and a manner adverb', 'Tom Baker has cast doubt on the survey, falsely suggesting that the figures were invented.', [['Tom Baker', 'the figures were invented']]],
    ['"and" and a manner adverb', 'Jane Smith has been pressing this case and boldly claiming that the trophy is hers to keep.', [['Jane Smith', 'the trophy is hers to keep']]],
    ['a bare form after a manner adverb after a plural subject', 'Officials privately concede that the plan is dead.', [['Officials', 'the plan is dead']]],
    // hard negatives
    ['hard negative: a bare form after a manner adverb after a singular subject', 'The report privately concede that the plan is dead.', []],
    ['hard negative: a progressive of a verb that says nothing', 'Jane Smith has been working on the garden for months.', []],
    ['hard negative: "been" before a participle with no speech verb', 'Jane Smith has been making the rounds, and the donors have been listening.', []],
    ['hard negative: a time adverb is no manner adverb', 'The fans tossed bottles, later threatening the referee in a brawl.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
