/**
 * Sentences that open or run on in ways the speaker reader must see through: a past participle and its
 * preposition opening the sentence ("Stung by the reviews, Park revised …, promising"), a speech noun
 * after a compound adjective ("his early-morning tweets" is no verb), and a name in title case before
 * the noun it names ("a three-day “Jo Gets It Done” road trip" is no partial quote). Rows are paragraphs
 * in, [speaker, text] out (all sentences and names invented for these tests).
 */
import { describe, expect, test } from 'vitest';
import { speakerAndText as quotes } from '../../../helpers/quotes';

describe('what opens or runs on a sentence', () => {
  test.each<[string, string[], (string | null)[][]]>([
    ['a past participle and "by" open the sentence', ['Stung by the reviews, Park revised his plan, promising to cut taxes for the middle class.'], [['Park', 'to cut taxes for the middle class']]],
    ['an irregular participle and "by"', ['Shaken by the vote, the mayor left the hall, saying the budget must pass.'], [['the mayor', 'the budget must pass']]],
    ['a speech noun after a compound adjective', ['Jo Park is defending his late-night tweets attempting to mock a rival, saying they show he is paying attention.'], [['Jo Park', 'his late-night tweets attempting to mock a rival'], ['Jo Park', 'they show he is paying attention']]],
    ['a name in title case before its noun', ['Lee toured the county last month on a three-day “Jo Gets It Done” road trip, with plans to come back.'], []],
    ['the same after a participle opener', ['Inspired by the last campaign, Lee toured the county last month on a three-day “Jo Gets It Done” road trip, with plans to come back.'], []],
    // hard negatives: a capitalised compound speaks, a quotation in title case that ends the phrase stays partial
    ['hard negative: a capitalised compound name before "says"', ['Fortune lists her with $3 billion each. Wealth-Q says she is worth about $6 billion.'], [['Wealth-Q', 'she is worth about $6 billion']]],
    ['hard negative: a lower-case word that goes on the sentence', ['Jo Park rails against its “Iron Curtain of Red Tape” and the delays it brings.'], [['Jo Park', 'against its “Iron Curtain of Red Tape”']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });
});
