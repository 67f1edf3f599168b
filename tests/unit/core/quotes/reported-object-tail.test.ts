/**
 * A quote verb's object, or what a participle reports, ends where the writer's words about the saying begin: a
 * contrast ("even as …"), a circumstance ("now that …"), the terms ("on condition of anonymity"), a participle
 * clause ("before heading …"), and after a participle the next participle of a series ("… and waving to the crowd").
 */
import { describe, expect, test } from 'vitest';
import { OBJECT_TAILS } from '../../../../src/core/quotes/report-writer-tail';
import { quoteTexts as texts } from '../../../helpers/quotes';

describe('the writer’s words after a quote verb’s object', () => {
  test.each([
    ['a contrast', 'Jane Smith praised the new plan even as she doubted parts of it.', ['the new plan']],
    ['hard negative: "as" inside the object', 'Jane Smith praised the new plan as a fair deal.', ['the new plan as a fair deal']],
    ['a circumstance', 'Tom Baker mocked his rivals now that the vote is over.', ['his rivals']],
    ['hard negative: "that now" inside the object', 'Tom Baker mocked the rule that now applies to every shop.', ['the rule that now applies to every shop']],
    ['the terms of the saying', 'Jane Smith spoke about the raid only on condition of anonymity.', ['about the raid']],
    ['hard negative: "condition" inside the object', 'Jane Smith spoke about the condition of the old bridge.', ['about the condition of the old bridge']],
    ['a participle clause', 'Tom Baker thanked the crowd before heading to the airport.', ['the crowd']],
    ['hard negative: a gerund inside the object', 'Tom Baker thanked the crowd for waiting in the rain.', ['the crowd for waiting in the rain']],
    ['a contrast after a participle', 'Jane Smith left the stage, insisting that nothing had changed, even as her aides packed the boxes.', ['nothing had changed']],
    ['a series of participles', 'Jane Smith left the stage, insisting that the vote was fair and waving to the crowd.', ['the vote was fair']],
    ['hard negative: "and" without a participle', 'Jane Smith left the stage, insisting that the vote was fair and balanced.', ['the vote was fair and balanced']],
    ['hard negative: gerunds joined inside a quote verb’s object', 'Jane Smith criticized the mandate for raising rents and cutting repairs.', ['the mandate for raising rents and cutting repairs']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test('every tail has an id and a reason', () => {
    for (const t of OBJECT_TAILS) expect(t.id.length > 0 && t.reason.length > 0).toBe(true);
  });
});
