/**
 * Who can speak as a single lower-case word: nouns of people, bodies and documents ("officials",
 * "regulators", "police", "another"), never an adverb, an adjective or an abstract noun ("history says",
 * "seldom told", "live tweeted"). And no speaker's name holds a citation mark's brackets or code signs.
 */
import { describe, expect, test } from 'vitest';
import { quoteSpeakers as speakers } from '../../../helpers/quotes';

describe('a lone lower-case word as a speaker', () => {
  test.each([
    ['The mayor won the first round, although history says a second round can undo any lead.'],
    ['The plan is bleak and seldom told to new staff.'],
    ['Rina Cole, head of the port union, live tweeted as the mayor spoke.'],
  ])('names no one: %s', (text) => {
    expect(speakers(text)).toEqual([null]);
  });

  test.each([
    ['The deal is large, and regulators said the merger would be reviewed by June.', 'regulators'],
    ['The vote was delayed, and observers said the count was fair.', 'observers'],
    ['One pilot called the runway unsafe, while another said the lights were fine.', 'another'],
    ['The town is split, and residents said the bridge should stay.', 'residents'],
    ['The board met late, and individuals said the fees were too high.', 'individuals'],
    ['Police said the road would stay closed overnight.', 'Police'],
    ['The ward is short of staff, and nurses said the shifts were too long.', 'nurses'],
    ['The market reopened, and locals said prices had doubled.', 'locals'],
    ['The club lost again, and fans said the coach should go.', 'fans'],
  ])('hard negative: a noun of people or bodies speaks: %s', (text, who) => {
    expect(speakers(text)).toContain(who);
  });
});

describe('signs no name holds', () => {
  test('a citation mark is no part of a speaker', () => {
    expect(speakers('Rita Hale, whose view appeared in the census[12] report, said the town had shrunk.')).not.toContain('the census[12');
  });

  test('hard negative: a sum of money may describe a speaker', () => {
    expect(speakers('A $2 million ad campaign accused the mayor of ignoring the flood.')).toEqual(['a $2 million ad campaign']);
  });
});
