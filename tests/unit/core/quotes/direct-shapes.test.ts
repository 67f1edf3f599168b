/**
 * Phrase shapes that decide how much of a sentence a quotation takes: exclamations that are speech
 * however short, where a partial quote ends after its quotation, a quotation finished by the writer's
 * words, the second half of a quotation split by a described speaker. Each row lists the quotes that
 * must come out (speaker, kind, exact text); hard negatives (titles, nicknames, scare quotes) list none.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

type Row = [speaker: string | null, kind: 'direct' | 'partial' | 'reported', text: string];

const quotes = (paragraphs: string[]): Row[] => findQuotes(paragraphs).quotes.map((q) => [q.speaker, q.kind, q.text]);

describe('a quotation ending in ! or ? is speech however short', () => {
  test.each<[string, string[], Row[]]>([
    ['a chant', ['Stepping onto the stage to cries of “Nadia! Nadia!”, the mayor smiled.'], [[null, 'direct', 'Nadia! Nadia!']]],
    ['a shouted word', ['From the back of the hall came a single “Out!” before the doors closed.'], [[null, 'direct', 'Out!']]],
    ['a question on a sign', ['A man in the front row wore a shirt reading “Really?” all night.'], [[null, 'direct', 'Really?']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });

  test.each<[string, string[]]>([
    ['hard negative: a title after a name for a work', ['The musical “Oklahoma!” returns to the stage this week.']],
    ['hard negative: a nickname', ['The senator, known to friends as “Bud”, arrived late.']],
    ['hard negative: a scare quote', ['The new “reform” arrived with the budget on Monday.']],
    ['hard negative: a show title', ['He starred in “Kitchen Rivals” for years.']],
  ])('%s', (_name, paragraphs) => {
    expect(quotes(paragraphs)).toEqual([]);
  });
});

describe('words right after a verb of uttering or a sign that reads are speech', () => {
  test.each<[string, string[], Row[]]>([
    ['a chant after "chanting"', ['About 300 students gathered outside the arena, chanting "Stop the Toll."'], [[null, 'direct', 'Stop the Toll.']]],
    ['a sign that read', ['She held up a card which read “Farmers 4 Reyes” and shook it.'], [[null, 'direct', 'Farmers 4 Reyes']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });

  test.each<[string, string[]]>([
    ['hard negative: a book someone read', ['He read “The Lost Lantern” to his children every night.']],
    ['hard negative: a scare quote after a verb', ['The crowd gave him a “standing ovation” at the end.']],
  ])('%s', (_name, paragraphs) => {
    expect(quotes(paragraphs)).toEqual([]);
  });
});

describe('a partial quote ends where the writer’s own clause begins', () => {
  test.each<[string, string, Row]>([
    ['a participle after a comma', 'Jane Smith called the plan “a total disaster,” leaving the room soon after the vote.', ['Jane Smith', 'partial', 'the plan “a total disaster,”']],
    ['a coordinated clause', 'Jane Smith called him “a decent sort” and he did not answer.', ['Jane Smith', 'partial', 'him “a decent sort”']],
    ['a dash aside', 'Jane Smith said the bill is “dead on arrival” — a view her party shares.', ['Jane Smith', 'partial', 'the bill is “dead on arrival”']],
    ['a subordinate clause of the writer', 'Jane Smith said the plan was “a mistake,” before angrily leaving the room.', ['Jane Smith', 'partial', 'the plan was “a mistake,”']],
    ['a new clause with its own named subject', 'Jane Smith described the hearing as a “farce,” Governor Tom Brown took a swipe at her.', ['Jane Smith', 'partial', 'the hearing as a “farce,”']],
    ['an apposition describing the quotation', 'Jane Smith called him a “centrist,” a pointed jab at his votes.', ['Jane Smith', 'partial', 'him a “centrist,”']],
    ['a non-restrictive relative clause', 'Jane Smith said she would “take a second look” at the rule, which would raise parking fees.', ['Jane Smith', 'partial', 'she would “take a second look” at the rule']],
    ['a clause of the writer with its own named subject', 'The ad ends with footage of Jane Smith saying, “That makes me rich,” when Tom Brown attacked her over taxes.', ['Jane Smith', 'direct', 'That makes me rich']],
    ['a clause of the writer with a pronoun subject', 'Jane Smith called the plan “a bad joke,” after she read the final draft.', ['Jane Smith', 'partial', 'the plan “a bad joke,”']],
    ['a coordinated clause with an irregular past', 'Protesters chanted “Whose streets?” and kept going until dawn.', ['Protesters', 'direct', 'Whose streets?']],
  ])('%s', (_name, paragraph, expected) => {
    expect(quotes([paragraph])).toContainEqual(expected);
  });

  test.each<[string, string, Row]>([
    ['hard negative: a prepositional phrase goes on', 'Jane Smith said the plan was “dead on arrival” in the Senate.', ['Jane Smith', 'partial', 'the plan was “dead on arrival” in the Senate']],
    ['hard negative: a scare quote inside a reported clause', 'Jane Smith said the “reforms” of the law would help families who need it.', ['Jane Smith', 'partial', 'the “reforms” of the law would help families who need it']],
    ['hard negative: a restrictive relative clause goes on', 'Jane Smith called the donors “free riders” who rely on public money.', ['Jane Smith', 'partial', 'the donors “free riders” who rely on public money']],
    ['hard negative: "when" inside the reported clause goes on', 'Jane Smith said the fund would be “empty by May” when the session ends.', ['Jane Smith', 'partial', 'the fund would be “empty by May” when the session ends']],
  ])('%s', (_name, paragraph, expected) => {
    expect(quotes([paragraph])).toContainEqual(expected);
  });
});

describe('a quote verb’s object keeps its coordinated words', () => {
  test.each<[string, string, Row]>([
    ['"and" inside the object', 'Jane Smith called both the mayor and the governor “crazy” on Sunday.', ['Jane Smith', 'partial', 'both the mayor and the governor “crazy” on Sunday']],
    ['hard negative: "and" right before the quotation keeps only the quotation', 'Jane Smith welcomed the meeting and “its constructive nature,” aides said later.', ['Jane Smith', 'partial', 'its constructive nature']],
  ])('%s', (_name, paragraph, expected) => {
    expect(quotes([paragraph])).toContainEqual(expected);
  });
});

describe('a quotation opening its sentence, finished by the writer', () => {
  test('is a partial quote of the speaker in context', () => {
    expect(quotes(['Jane Smith said the talks had failed on Monday.', '“Where do we go from here? That is the question we are bringing” to the rest of the state.'])).toContainEqual([
      'Jane Smith',
      'partial',
      '“Where do we go from here? That is the question we are bringing” to the rest of the state',
    ]);
  });

  test('hard negative: a title followed by a verb clause is not one', () => {
    expect(quotes(['Jane Smith said the talks had failed on Monday.', '“The Craft of the Bargain Revisited” is for sale at half price.'])).toEqual([
      ['Jane Smith', 'reported', 'the talks had failed on Monday'],
    ]);
  });
});

describe('the second half of a quotation split by a described speaker', () => {
  test('goes with the first half', () => {
    expect(quotes(['“The danger,” said Harold Wren, an economist at the Lakeshore Policy Institute, “is that we are going to be losing workers.”'])).toEqual([
      ['Harold Wren', 'direct', 'The danger'],
      ['Harold Wren', 'direct', 'is that we are going to be losing workers.'],
    ]);
  });

  test('also after "but": “…,” he said, but “…”', () => {
    expect(quotes(['“I like Tom,” Jane Smith said, but “when it comes to housing, Tom has a long history of siding with the developers.”'])).toEqual([
      ['Jane Smith', 'direct', 'I like Tom'],
      ['Jane Smith', 'direct', 'when it comes to housing, Tom has a long history of siding with the developers.'],
    ]);
  });

  test('hard negative: a title and its apposition are no first half', () => {
    expect(quotes(['Fans of “Top Gun,” the film that opened on Friday, “loved it.”']).filter(([, , text]) => text.startsWith('loved'))).toEqual([]);
  });
});

describe('a quotation closed by a comma before a described speaker and a speech verb', () => {
  test('is the described speaker’s', () => {
    expect(quotes(['“Reyes needs a plan for the rural voters,” Dana Whitcombe, the data analyst who founded the blog tweeted on Wednesday.'])).toEqual([
      ['Dana Whitcombe', 'direct', 'Reyes needs a plan for the rural voters'],
    ]);
  });

  test.each<[string, string]>([
    ['hard negative: a title and its apposition', '“Top Gun,” the film that opened on Friday, sold out.'],
    ['hard negative: a nickname and a description', '“Bud,” the nickname that the senator earned as a boy, stuck with him.'],
  ])('%s', (_name, paragraph) => {
    expect(quotes([paragraph])).toEqual([]);
  });
});
