/**
 * The writer's own words closing a sentence after a report are no part of it: a time clause with its own subject,
 * a result participle, a closing dash aside, a second clause with its own subject, a relative clause set off by
 * commas, a place clause ("she urged the board to close the site, after she toured it last week").
 */
import { describe, expect, test } from 'vitest';
import { WRITER_TAILS } from '../../../../src/core/quotes/report-writer-tail';
import { quoteTexts as texts } from '../../../helpers/quotes';

describe('a tail of the writer closing a report', () => {
  test.each([
    ['a time clause with its own subject', 'Jane Smith said the council should close the old landfill, after she toured it with neighbours last week.', ['the council should close the old landfill']],
    ['hard negative: "after" with no clause', 'Jane Smith said the council should close the old landfill, after years of complaints from neighbours.', ['the council should close the old landfill, after years of complaints from neighbours']],
    ['a time clause with a named subject', 'Jane Smith told the crowd to go home and rest after Lopez was pressed about the plan on Sunday.', ['to go home and rest']],
    ['hard negative: a span of time before "after"', 'Jane Smith said the letter came hours after Lopez announced the plan.', ['the letter came hours after Lopez announced the plan']],
    ['a dated occasion of the saying', 'Tom Baker urged both sides to work together despite their quarrels after a meeting Thursday aimed at ending the strike.', ['to work together despite their quarrels']],
    ['hard negative: an occasion with no date', 'Tom Baker urged both sides to work together despite their quarrels after a meeting with the union leaders.', ['to work together despite their quarrels after a meeting with the union leaders']],
    ['a result participle', 'Tom Baker said he cannot back the new budget, throwing the vote into doubt.', ['he cannot back the new budget']],
    ['hard negative: another participle', 'Tom Baker said the town will keep the pool open, hoping for a warm summer.', ['the town will keep the pool open, hoping for a warm summer']],
    ['a closing dash aside', 'Jane Smith said the club won the title by a wide margin — a result few had expected.', ['the club won the title by a wide margin']],
    ['hard negative: a dash aside inside the report', 'Jane Smith said the club — a small team from the coast — won the title by a wide margin.', ['the club — a small team from the coast — won the title by a wide margin']],
    ['a closing dash clause', 'Tom Baker said the mood in the town is turning — and the river is still rising over the old bridge.', ['the mood in the town is turning']],
    ['hard negative: a dash and no clause', 'Tom Baker said the mood in the town is turning — and quickly.', ['the mood in the town is turning — and quickly']],
    ['a second clause with its own subject', 'Jane Smith said she will name a woman as her deputy, and Ms. Reyes is among the few who could take the job.', ['she will name a woman as her deputy']],
    ['hard negative: "and that" goes on with the report', 'Jane Smith said she will name a woman as her deputy, and that the choice will come soon.', ['she will name a woman as her deputy, and that the choice will come soon']],
    ['a relative clause with an aside', 'Tom Baker said the fee would rise to about $40, which, in today’s money, is where it stood in 1980.', ['the fee would rise to about $40']],
    ['hard negative: a relative clause inside the report', 'Tom Baker said the council will pick a new site, which the mayor favours, by the close of next spring.', ['the council will pick a new site, which the mayor favours, by the close of next spring']],
    ['a place clause', 'Jane Smith said she has only sent a short note to the valley, where hundreds of homes remain without power.', ['she has only sent a short note to the valley']],
    ['hard negative: "where" opening an object', 'Jane Smith said she does not know where the money went after the sale.', ['she does not know where the money went after the sale']],
    ['hard negative: too few words before the tail', 'Tom Baker said snow fell, and he stayed home all week.', ['snow fell, and he stayed home all week']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test('every tail has an id and a reason', () => {
    for (const t of WRITER_TAILS) expect(t.id.length > 0 && t.reason.length > 0).toBe(true);
  });
});
