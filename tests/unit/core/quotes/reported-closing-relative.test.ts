/**
 * A non-restrictive relative clause closing the sentence after a report is the writer's description, not what
 * was said ("she backs the new lease, which includes …"); one inside the report's own subject, closed by a
 * comma, stays ("Mayor X, who must sign the order, has disclosed nothing").
 */
import { describe, expect, test } from 'vitest';
import { quoteTexts as texts } from '../../../helpers/quotes';

describe('a relative clause closing a report', () => {
  test.each([
    ['"which" at the end', 'Jane Smith said she backs the new lease, which includes fresh rules for small shops.', ['she backs the new lease']],
    ['"who" at the end', 'Tom Baker did not say it would be Jane Smith, who has a wide points lead over her teammates.', ['it would be Jane Smith']],
    ['an apposition of the writer closing the sentence', 'About a fifth of the riders say they are not sure, a sharper rise than in any earlier survey.', ['they are not sure']],
    ['an apposition closing the second part of a report around its cue', 'Most of the repairs, Tom Baker said, have gone to the old bridges, the latter a nod to the flood last spring.', ['Most of the repairs', 'have gone to the old bridges']],
    ['hard negative: an apposition inside the report, a comma after it', 'Jane Smith said the treasurer, a former teacher, had signed the loan.', ['the treasurer, a former teacher, had signed the loan']],
    ['hard negative: a relative inside the subject', 'Jane Smith said that the mayor, who must sign the last order, has disclosed nothing.', ['the mayor, who must sign the last order, has disclosed nothing']],
    ['hard negative: too few words before it', 'Tom Baker said he agreed, which surprised his staff.', ['he agreed, which surprised his staff']],
    ['hard negative: "according to" keeps its words', 'The plant will close, which will cost 300 jobs, according to Jane Smith.', ['The plant will close, which will cost 300 jobs']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});
