/**
 * A past form after a comma in a series of verbs of the sentence's speaker shares that speaker and ends the
 * object of the verb before it ("has mocked a neighbour, referred to the tenants as “pests” and …"); a writer's
 * clause after "and" and an adverb ends a quotation's content ("… “pests” and recently pointed to …"); a report
 * opening with an adverbial keeps its main clause after a quotation ("that by refusing to use “…,” Greens are …").
 */
import { describe, expect, test } from 'vitest';
import { speakerAndText as quotes } from '../../../helpers/quotes';

describe('a series of verbs of one speaker', () => {
  test.each([
    ['a comma series with a quotation', 'Jane Smith has mocked a rival baker, referred to the inspectors as “clowns” and recently pointed to a woman in the queue.', [['Jane Smith', 'a rival baker'], ['Jane Smith', 'to the inspectors as “clowns”']]],
    ['hard negative: a participle after a comma describes a noun', 'Jane Smith praised the plan, endorsed by the council, as “a fine start.”', [['Jane Smith', 'a fine start.']]],
    ['hard negative: no earlier cue in the sentence', 'The plan, criticized as “a waste,” passed anyway.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a report opening with an adverbial keeps its main clause after a quotation', () => {
  test.each([
    ['"that by …, X are “…”"', 'Tom Baker said that by refusing to use the words “budget cuts,” Greens are “hiding the bill.”', [['Tom Baker', 'by refusing to use the words “budget cuts,” Greens are “hiding the bill.”']]],
    ['hard negative: no opening adverbial, a new clause of the writer', 'Jane Smith called the plan “a mess,” Tom Baker took over the next day.', [['Jane Smith', 'the plan “a mess,”']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
