/**
 * A region after "X said" that opens with the writer's conjunction or adverbial ("as", "in", "during") is no
 * report — unless "that" stands before it ("said that as captain he would …"); and when the cue closes a
 * comma-led clause ("A, Jane Doe, the treasurer, wrote in a memo to the board auditor"), the words
 * before the comma are what it reports.
 */
import { describe, expect, test } from 'vitest';
import { speakerAndText as quotes } from '../../../helpers/quotes';

describe('"that" before a writer-like opening', () => {
  test.each([
    ['that as', 'Tom Baker has said that as captain he would decide within two weeks whether the trip was worth it.', [['Tom Baker', 'as captain he would decide within two weeks whether the trip was worth it']]],
    ['that in', 'Jane Smith said that in the spring the plant would close for good.', [['Jane Smith', 'in the spring the plant would close for good']]],
    ['that after', 'Jane Smith argued that after the storm the village would have to rebuild.', [['Jane Smith', 'after the storm the village would have to rebuild']]],
    ['hard negative: no "that", a time clause', 'Tom Baker said as Ferreira spoke from the main stage.', []],
    ['hard negative: no "that", an occasion', 'Tom Baker said in an interview with a local paper aired on Friday.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a cue closing a comma-led clause, its occasion after it', () => {
  test.each([
    ['wrote in a memo', 'Three boxes sent to tenants have been held at the depot, Jane Doe, the treasurer for the club, wrote in a memo to the board auditor.', [['Jane Doe', 'Three boxes sent to tenants have been held at the depot']]],
    ['said during', 'The plant will close by the end of the year, Tom Baker said during a long meeting with the union leaders.', [['Tom Baker', 'The plant will close by the end of the year']]],
    ['hard negative: the cue opens its sentence', 'Tom Baker said during a long meeting with the union leaders on Friday.', []],
    ['hard negative: no comma before the cue', 'In the end Tom Baker said during a long meeting with the union leaders on Friday.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('an inverted cue inside its sentence, the sentence going on with its verb', () => {
  test.each([
    ['"said X, the role," then a verb', 'The plan, said Jane Smith, the mayor, would cost far too much.', [['Jane Smith', 'The plan'], ['Jane Smith', 'would cost far too much']]],
    ['hard negative: a relative clause after the speaker', 'The plan is dead, said Jane Smith, who was the mayor.', [['Jane Smith', 'The plan is dead']]],
    ['"according to" after a one-word head, a verb after it', 'Ridership, according to the agency, has doubled over the same months.', [['the agency', 'Ridership'], ['the agency', 'has doubled over the same months']]],
    ['hard negative: "according to" after a one-word head, no verb after it', 'Ridership, according to the agency, over the same months.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
