/**
 * Leads before a colon without a person's shape: a topic or a title the article writes elsewhere is still
 * no speaker, nor is an imperative opening the line. Hard negatives: a senator's line, a name in common
 * words, two people sharing a surname in a transcript, a speaker repeating the same opening.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

type Row = [string | null, string, string];
const quotes = (paragraphs: string[]): Row[] => findQuotes(paragraphs).quotes.map((q) => [q.speaker, q.kind, q.text]);

describe('a topic, a title or a list label before a colon names no one', () => {
  test.each<[string, string[], Row[]]>([
    // acronym-plural
    ['an acronym’s plural', ['How the toolkit talks to the outside world', 'The toolkit calls Server code through a thin layer.', 'Server APIs: These are the calls the toolkit makes to the host machine.'], [[ 'the toolkit', 'reported', 'Server code through a thin layer']]],
    // acronym-last
    ['a topic closed by an acronym', ['Lessons from the night shift', 'The Ledger team keeps a pager.', 'Ledger SRE: A Story of Too Many Alerts'], []],
    // hyphen-lower
    ['a compound common noun', ['Notes on the plan', 'The staff named the second stage Follow-up in their notes.', 'Follow-up: the team met again in June to review the plan.'], []],
    // common-words
    ['a topic in words the article writes in lower case', ['Our review of the new phone', 'The phone has a Life mode that saves battery life when you need it.', 'Battery Life: The phone lasts two full days on one charge.'], []],
    // shared-head
    ['a list’s labels sharing their last word', ['Living on the coast', 'The town posts its Harbor and Market notices on the pier.', 'Harbor Rules: Boats must dock before dark and leave by noon.', 'Market Rules: Stalls open at six and close at two.'], []],
    // title-subtitle
    ['a title with its subtitle, written again elsewhere', ['The year in film', '4) Harbor Lights: The Final Voyage', 'I did not expect a Harbor Lights sequel to move me this much.', 'Harbor Lights: The Final Voyage is out in cinemas this week.'], []],
    // section-title
    ['a section’s title inside the article', ['How we run the service', 'In the early days of Ledgerly, the Ledgerly team paged often.', 'Ledgerly: Predictable Replies from Users', 'A new tool quieted the pager.'], []],
    // (a list's "Pro:" and "Con:" labels, recurring as a transcript's speakers do)
    ['a list of pros and cons', ['Weighing the move', 'Pro: the rent is lower and the park is close to Pro Street.', 'Con: the bus takes an hour to reach the city.', 'Pro: the school is good.'], []],
    // hard negatives
    ['hard negative: a surname heading a title-case line', ['Senators met on Monday.', 'Vance: Win In A Walk Tonight', 'Nadia Vance, a former mayor, spoke on Monday.'], [['Nadia Vance', 'reported', 'Win In A Walk Tonight']]],
    ['hard negative: a surname and a quotation', ['The bridge vote', 'Rhys Okafor, the mayor, spoke on Monday.', 'Okafor: “We will build the bridge this year.”'], [['Rhys Okafor', 'direct', 'We will build the bridge this year']]],
    ['hard negative: a senator’s line', ['The budget vote', 'Sen. Jo Parkes met voters on Monday.', 'Sen. Jo Parkes: we will fund the bridge this year, whatever it costs.'], [['Jo Parkes', 'reported', 'we will fund the bridge this year, whatever it costs']]],
    ['hard negative: a name in common words', ['The budget vote', 'Grace Park spoke at the park on Monday, to the grace of all.', 'Grace Park: The plan is late and far over budget.'], [['Grace Park', 'reported', 'The plan is late and far over budget']]],
    [
      'hard negative: a transcript’s two speakers share a surname',
      ['The interview went as follows.', 'MARIA RUIZ: Do you think the plan will work at all?', 'DAVID RUIZ: I think it will work, and the town agrees.'],
      [['MARIA RUIZ', 'direct', 'Do you think the plan will work at all?'], ['DAVID RUIZ', 'direct', 'I think it will work, and the town agrees']],
    ],
    [
      'hard negative: a speaker opening two lines alike',
      ['The budget vote', 'Parkes spoke on Monday.', 'Parkes: The Council Will vote on the bridge next week.', 'Parkes: The Council Will decide.'],
      [['Parkes', 'reported', 'The Council Will vote on the bridge next week'], ['Parkes', 'reported', 'The Council Will decide']],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });
});

describe('an imperative opening a colon line names no one', () => {
  test.each<[string, string[], Row[]]>([
    ['"Meet" and a name: a description follows', ['The ferry town', 'Lena Ortiz has run the ferry for ten years.', 'Meet Lena Ortiz: she runs the ferry and never misses a day.'], []],
    ['"Consider this from …:" and a quotation', ['The council met on Tuesday to discuss the budget for the new bridge.', 'Consider this from the mayor: “We cannot afford another delay on the bridge.”'], [[null, 'direct', 'We cannot afford another delay on the bridge.']]],
    ['"Take" and a title-case object', ['The bridge on Harbor Street, This One and That One', 'Take This One: “We cannot afford another delay on the bridge, and we will not wait.”'], [[null, 'direct', 'We cannot afford another delay on the bridge, and we will not wait.']]],
    // hard negative: a subject, then a verb before the colon
    ['hard negative: a named subject before the colon', ['The council met on Tuesday.', 'Lena Ortiz put it simply: “We cannot afford another delay.”'], [['Lena Ortiz', 'direct', 'We cannot afford another delay.']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });
});
