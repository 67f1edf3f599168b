/**
 * Reported speech behind a verb group: a negated or infinitive speech verb ("would not say whether",
 * "seemed to suggest", "went on to explain"; a refusal, "declined to say", reports nothing), a verb
 * sharing its subject past auxiliaries ("… and has called for"), a "when" clause that still
 * attributes, and a reported question holding an abbreviation.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';
import { verbGroup } from '../../../../src/core/quotes/cue-verb-chain';
import { tokenize } from '../../../../src/core/text/tokenize';
import { speakerAndText as quotes } from '../../../helpers/quotes';

describe('the verb group before a speech verb', () => {
  const group = (sentence: string, verb: string): string => {
    const tokens = tokenize(sentence);
    const vi = tokens.findIndex((t) => t.low === verb);
    const g = verbGroup(tokens, vi, 0);
    return `${tokens.slice(g.start, vi).map((t) => t.low).join(' ')}|${g.marked}`;
  };
  test.each([
    ['a negation with its auxiliary', 'Okafor would not say whether she runs.', 'say', 'would not|true'],
    ['a contracted negation', 'The campaign didn’t respond to the request.', 'respond', 'didn’t|true'],
    ['a verb taking an infinitive', 'The aide tried to explain who paid.', 'explain', 'tried to|true'],
    ['"went on to"', 'He went on to explain the plan.', 'explain', 'went on to|true'],
    ['an adjective taking an infinitive', 'She is likely to stress the risks.', 'stress', 'likely to|true'],
    ['hard negative: auxiliaries alone are not marked', 'Biden has also said the talks will go on.', 'said', 'has also|false'],
    ['hard negative: an infinitive after a noun', 'It was his way to say thanks.', 'say', '|false'],
  ])('%s', (_name, sentence, verb, expected) => {
    expect(group(sentence, verb)).toBe(expected);
  });
});

describe('reported speech behind a verb group', () => {
  test.each([
    ['a negated verb', 'Rhys Okafor would not say whether she would want the Reformers to face Brackett or Ferreira.', [['Rhys Okafor', 'whether she would want the Reformers to face Brackett or Ferreira']]],
    ['a verb taking an infinitive', 'Teodora Voss seemed to suggest that it was a breach of the agency’s travel rules.', [['Teodora Voss', 'it was a breach of the agency’s travel rules']]],
    ['"went on to explain"', 'Theo Brackett went on to explain why the plan would fail in the end.', [['Theo Brackett', 'why the plan would fail in the end']]],
    ['a negated quote verb with its object', 'Jane Smith has never mentioned the landlord who actually wrote the rule.', [['Jane Smith', 'the landlord who actually wrote the rule']]],
    ['a second verb past its auxiliary', 'Theo Brackett often questions her links to big donors and has called for the release of her tax returns.', [['Theo Brackett', 'for the release of her tax returns']]],
    ['a negated verb with its listener', 'The Ferreira campaign did not respond to queries about her stance on the harbour tax.', [['the Ferreira campaign', 'to queries about her stance on the harbour tax']]],
    ['a "when" clause still attributes', 'When Nadia Ferreira later referred to the recent flooding at a school in Wexford, the crowd cheered.', [['Nadia Ferreira', 'to the recent flooding at a school in Wexford']]],
    ['a reported question holding an abbreviation', 'Asked on Tuesday whether Mr. Ferreira would take a council seat, Nadia Ferreira shook her head.', [[null, 'whether Mr. Ferreira would take a council seat']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  test.each([
    ['hard negative: an adverbial clause after a negated verb', 'Lisbon did not complain when Galicia’s tourism boosted regional growth.'],
    ['hard negative: an infinitive after a verb that takes no speaker', 'Tom Jones needed to claim the title in the final round at the regional meet.'],
    ['hard negative: an "after" clause attributes nothing', 'After Washington responded with sanctions, Moscow closed the embassy in the capital.'],
  ])('%s', (_name, text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe('speech verbs of rulings and mentions', () => {
  const texts = (text: string): string[] => findQuotes([text]).quotes.map((q) => q.text);
  test.each([
    ['a court ruled that …', 'The Supreme Court ruled that the law was unconstitutional.', ['the law was unconstitutional']],
    ['"did not mention" its object', 'The candidates did not mention the war in Syria.', ['the war in Syria']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test('hard negative: a ruler is no ruling', () => {
    expect(texts('The ruled paper lay on the desk of the editor.')).toEqual([]);
  });
});
