/**
 * The quote rules through the public entry point: each row is paragraphs in, the quotes (speaker,
 * kind, start of the text) that must come out. Hard negatives list what must NOT come out.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

type Expect = [speaker: string | null, kind: 'direct' | 'partial' | 'reported', textStart: string];

const run = (paragraphs: string[], notSpeakers?: string[]) => findQuotes(paragraphs, notSpeakers ? { notSpeakers } : {});
const brief = (paragraphs: string[]): Expect[] => run(paragraphs).quotes.map((q) => [q.speaker, q.kind, q.text]);

function expectQuotes(paragraphs: string[], expected: Expect[]): void {
  const got = brief(paragraphs);
  for (const [speaker, kind, start] of expected) {
    expect(got, `${speaker} ${kind} “${start}…” in ${JSON.stringify(got)}`).toContainEqual([speaker, kind, expect.stringMatching(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))]);
  }
  expect(got).toHaveLength(expected.length);
}

describe('quotation marks', () => {
  test.each([
    ['“ ”', ['“We will not back down,” Jane Smith said.']],
    ['" "', ['"We will not back down," Jane Smith said.']],
    ['‘ ’ outside double quotes', ['‘We will not back down,’ Jane Smith said.']],
    ['« »', ['«We will not back down», Jane Smith said.']],
    ['„ “', ['„We will not back down“, Jane Smith said.']],
    ["'' ''", ["''We will not back down,'' Jane Smith said."]],
  ])('%s', (_name, paragraphs) => {
    expectQuotes(paragraphs, [['Jane Smith', 'direct', 'We will not back down']]);
  });

  test('a nested quotation stays inside its quote', () => {
    expectQuotes(['“He told me ‘never again’ and left,” Jane Smith said.'], [['Jane Smith', 'direct', 'He told me ‘never again’ and left']]);
  });

  test('a quote over several paragraphs: the open mark repeated, no close', () => {
    expectQuotes(
      ['Jane Smith, the mayor, said: “The first part of what I say.', '“The second part of it.', '“And the end of it.”'],
      [
        ['Jane Smith', 'direct', 'The first part'],
        ['Jane Smith', 'direct', 'The second part'],
        ['Jane Smith', 'direct', 'And the end'],
      ],
    );
  });
});

describe('what is not speech', () => {
  test.each([
    ['scare quotes', ['The so-called “red lines” were discussed at length in Paris.']],
    ['a title in quotes', ['The film “Top Gun” opened on Friday in cinemas across the country.']],
    ['a two-word term with no speech verb', ['Officials prepared a “military-technical response” plan for the region.']],
    ['a quoted title before a verb, without a comma', ['The film “Top Gun” opened on Friday.']],
    ['a long quoted title after a group noun', ['Tickets for “The Lord of the Rings” sold out quickly.']],
    ['a speech verb in a subordinate clause', ['Talks resumed after Washington responded to the proposals on Wednesday.']],
    ['a speech verb in a causal clause', ['Talks resumed because Washington responded to the proposals on Wednesday.']],
    ['a passive "is said to"', ['The plan is said to include new sanctions against the region.']],
    ['"put" without "it" is no cue', ['Jane Smith put the plan on hold until the council meets again.']],
    ['an infinitive "declined to say"', ['The company declined to say how many jobs would be cut.']],
  ])('%s', (_name, paragraphs) => {
    expect(brief(paragraphs)).toEqual([]);
  });
});

describe('direct quotes and where the attribution is', () => {
  test.each<[string, string[], Expect[]]>([
    ['after the quote', ['“We are ready,” Jane Smith said.'], [['Jane Smith', 'direct', 'We are ready']]],
    ['after, inverted', ['“We are ready,” said Jane Smith.'], [['Jane Smith', 'direct', 'We are ready']]],
    ['before, with a colon', ['Jane Smith said: “We are ready.”'], [['Jane Smith', 'direct', 'We are ready']]],
    ['after, inverted, an unlisted speaker noun', ['“They will find some way to ruin it,” wrote one subscriber.'], [['one subscriber', 'direct', 'They will find some way']]],
    ['after, a noun phrase and any verb', ['“Will she be the next fire chief?” a clerk at the desk wondered.'], [['a clerk at the desk', 'direct', 'Will she be the next']]],
    ['hard negative: a quoted title before a noun phrase that goes on', ['“Top Gun,” the film that opened on Friday, sold out.'], []],
    ['after, two roles joined by "and" after an abbreviated title', ['“We have seen this already,” said former Idaho Gov. and club Chairman Paul Redding.'], [['Paul Redding', 'direct', 'We have seen this already']]],
    ['after, a pronoun and an irregular verb', ['“It is a little worrying to me,” she went on.'], [[null, 'direct', 'It is a little worrying to me']]],
    ['after, a speech verb and a long clause', ['“How tall is that tower?” asked the girl, who was holding a green kite and a yellow bag at the fair.'], [[null, 'direct', 'How tall is that tower?']]],
    ['a quotation opening a parenthesis, then its attribution', ['The merger drew anger from customers (“I want my deposit back,” wrote Jane Smith, a nurse, on the forum).'], [['Jane Smith', 'direct', 'I want my deposit back']]],
    ['a quotation opening a parenthesis, then an inverted clause', ['The merger drew anger from customers (“I want my deposit back,” went the refrain among the older clients).'], [[null, 'direct', 'I want my deposit back']]],
    ['any verb and a determiner after a quotation: an inverted attribution', ['“His staff kept a diary of his days,” read the note, which was credited to his driver and posted early on Sunday morning.'], [[null, 'direct', 'His staff kept a diary']]],
    ['after a long clause closed by a comma, a quotation ending the sentence', ['Earlier this month, Jane Smith shared some of her worries with a crowd at a dinner in Wexford, “I am not sure who will come.”'], [['Jane Smith', 'direct', 'I am not sure who will come']]],
    ['hard negative: after a long clause, a quoted phrase that is no sentence', ['Earlier this month, Jane Smith shared some of her worries with a crowd at a dinner in Wexford, “a very quiet river town”'], []],
    ['hard negative: a quoted title with a comma inside a sentence', ['He loves “Fjordwatch,” a drama that follows a smuggler.'], []],
    ['hard negative: a quoted title, then a long clause with no speech verb', ['“Fjordwatch,” the drama about a smuggler in the far north, won three awards in its first season there.'], []],
    ['a quotation closed by a comma before ", adding"', ['“I think she is the strongest choice,” Jane Smith said on “Early Start,” adding, “Her problem is she is too cautious.”'], [['Jane Smith', 'direct', 'I think she is the strongest'], ['Jane Smith', 'direct', 'Her problem is']]],
    ['“ typed as the closing mark', ['“It is unusual,“ said Jane Smith, a lawyer.'], [['Jane Smith', 'direct', 'It is unusual']]],
    ['a quotation right after a period with no space', ['“We were misled,” said Jane Smith, who runs a bakery.“We got tricked into moving here.”'], [['Jane Smith', 'direct', 'We were misled'], ['Jane Smith', 'direct', 'We got tricked']]],
    ['before, with a comma', ['Jane Smith said, “We are ready.”'], [['Jane Smith', 'direct', 'We are ready']]],
    [
      'one quote split by its attribution',
      ['“We are ready,” Jane Smith said. “But we will wait.”'],
      [
        ['Jane Smith', 'direct', 'We are ready'],
        ['Jane Smith', 'direct', 'But we will wait.'],
      ],
    ],
    [
      'split inside one sentence',
      ['“We are ready,” Jane Smith said, “but we will wait.”'],
      [
        ['Jane Smith', 'direct', 'We are ready'],
        ['Jane Smith', 'direct', 'but we will wait.'],
      ],
    ],
    ['any verb right after a quotation ending in a comma', ['“Go back to your desk,” Jane Smith barked.'], [['Jane Smith', 'direct', 'Go back to your desk']]],
    ['any verb, inverted', ['“Imagine that on one stage,” mused Jane Smith.'], [['Jane Smith', 'direct', 'Imagine that on one stage']]],
    [
      'split after "said of X,"',
      ['“You have to adapt,” Jane Smith said of the plan, “whether you like it or not.”'],
      [
        ['Jane Smith', 'direct', 'You have to adapt'],
        ['Jane Smith', 'direct', 'whether you like it or not.'],
      ],
    ],
    ['as X put it, “…”', ['At the time, as Jane Smith put it, “there was nothing to see.”'], [['Jane Smith', 'direct', 'there was nothing to see.']]],
    ['X, who said, “…”', ['It came from Jane Smith, who tweeted, “They never pay attention.”'], [['Jane Smith', 'direct', 'They never pay attention.']]],
    ['a colon opens the quoted clause', ['At the time she seemed to agree: “It was signed,” Jane Smith told the Times.'], [['Jane Smith', 'direct', 'It was signed']]],
    [
      'across a paragraph: the previous paragraph names the speaker',
      ['Jane Smith, the city’s mayor, spoke to reporters at length and said the budget was final.', '“There will be no more money for this project.”'],
      [
        ['Jane Smith', 'reported', 'the budget was final'],
        ['Jane Smith', 'direct', 'There will be no more money'],
      ],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expectQuotes(paragraphs, expected);
  });
});

describe('partial quotes', () => {
  test.each<[string, string[], Expect[]]>([
    ['welcomed “…”', ['Jane Smith welcomed the meeting and “its constructive nature,” aides said later.'], [['Jane Smith', 'partial', 'its constructive nature']]],
    ['called X “…”: a short object belongs to the quote', ['Jane Smith called the plan “a total disaster” on Monday.'], [['Jane Smith', 'partial', 'the plan “a total disaster”']]],
    ['the whole object and what follows belong to the quote', ['Jane Smith called the plan that the council adopted “a total disaster” on Monday.'], [['Jane Smith', 'partial', 'the plan that the council adopted “a total disaster” on Monday']]],
    ['described as “…”', ['Jane Smith described the talks as “very productive.”'], [['Jane Smith', 'partial', 'the talks as “very productive.”']]],
    ['hard negative: "warned of …" keeps only the quotation', ['Jane Smith warned of an unspecified “military-technical response” if talks fail.'], [['Jane Smith', 'partial', 'military-technical response']]],
    ['any verb with a quotation of four words or more', ['Jane Smith rails against its “Paper Fortress of Red Tape” every week.'], [['Jane Smith', 'partial', 'against its “Paper Fortress of Red Tape”']]],
    ['a reported clause with a quoted part', ['Jane Smith said the plan was “doomed from the start” in the Senate.'], [['Jane Smith', 'partial', 'the plan was “doomed from the start” in the Senate']]],
  ])('%s', (_name, paragraphs, expected) => {
    expectQuotes(paragraphs, expected);
  });
});

describe('inverted attribution', () => {
  test('"…, said X" attributes what precedes', () => {
    expectQuotes(['The budget will be cut next year, added Jane Smith.'], [['Jane Smith', 'reported', 'The budget will be cut next year']]);
  });

  test('hard negative: a verb and its object are not an inverted attribution', () => {
    expect(brief(['The mayor has struggled in the suburbs, instead winning some support in the old town.'])).toEqual([]);
  });
});

describe('lines led by a speaker and a colon', () => {
  test.each<[string, string[], Expect[]]>([
    ['a headline', ['Okafor: Water board ignored every warning on flooding'], [['Okafor', 'reported', 'Water board ignored every warning']]],
    ['a transcript line', ['HOLLIS: You guys were open to more town halls back in March.'], [['HOLLIS', 'direct', 'You guys were open to more town halls']]],
    ['hard negative: a headline led by a longer phrase', ['The latest polls: the two parties are still far apart'], []],
    ['a transcript line holding speech verbs of its own', ['BRACKETT: Well, Nadia Ferreira said she would attend, and I believe her.'], [['BRACKETT', 'direct', 'Well, Nadia Ferreira said she would attend']]],
  ])('%s', (_name, paragraphs, expected) => {
    expectQuotes(paragraphs, expected);
  });

  test.each([['WATCH: Russia says talks are over'], ['UPDATE: the vote was delayed until Friday'], ['The Latest: Ferreira wins county primary']])('hard negative: a label is not a speaker (%s)', (line) => {
    expect(run([line]).speakers.map((s) => s.name)).not.toContain(line.split(':')[0]);
  });
});

describe('reported speech', () => {
  test.each<[string, string[], Expect[]]>([
    ['X said …', ['Jane Smith said the budget would be cut next year.'], [['Jane Smith', 'reported', 'the budget would be cut next year']]],
    ['X said that …', ['Jane Smith said that the budget would be cut.'], [['Jane Smith', 'reported', 'the budget would be cut']]],
    ['"say" after a singular noun ending the subject', ['Liberals hoping to win back power say they have found a sharp new tool.'], [['Liberals hoping to win back power', 'reported', 'they have found a sharp new tool']]],
    ['"say" past an adverb between commas', ['Others, however, say a new deal is long overdue.'], [['Others', 'reported', 'a new deal is long overdue']]],
    ['hard negative: "say" as a noun after a possessive', ["The mayor's say over the budget ended in March."], []],
    ['hard negative: "say" after "have a"', ['Voters want to have a say about the new budget rules.'], []],
    ['before "according to", the words after the last contrast', ['Jane Smith is not standing again, but her record will be a central theme of the contest, according to officials.'], [['officials', 'reported', 'her record will be a central theme']]],
    ['the words before a cue set inside a sentence that a quotation finishes', ['The truth is, Jane Smith added, “there are no days off when you are mayor.”'], [['Jane Smith', 'reported', 'The truth is'], ['Jane Smith', 'direct', 'there are no days off']]],
    ['a subordinate clause with its own subject before a cue set inside a sentence', ['If the mayor is elected, Jane Smith said, “she will cut the budget.”'], [['Jane Smith', 'reported', 'If the mayor is elected'], ['Jane Smith', 'direct', 'she will cut the budget']]],
    ['hard negative: a subordinate phrase without a clause before a cue set inside a sentence', ['After the debate, Jane Smith said, “She will cut the budget.”'], [['Jane Smith', 'direct', 'She will cut the budget']]],
    ['a quotation in the words before a cue set inside a sentence makes them a partial quote', ['“If there had not been that rescue” by the coast guard and its crews, Jane Smith said on Monday, “we would have lost them.”'], [['Jane Smith', 'partial', '“If there had not been'], ['Jane Smith', 'direct', 'we would have lost them']]],
    ['a quotation\'s sentence going on after its cue', ['“Just like you, Tom,” Jane Smith said, would bring a cake to a funeral to show you care.'], [['Jane Smith', 'direct', 'Just like you, Tom'], ['Jane Smith', 'reported', 'would bring a cake to a funeral']]],
    ['hard negative: a phrase after a quotation\'s cue that does not go on with a verb', ['“Just like you, Tom,” Jane Smith said, a week after the close and tense count.'], [['Jane Smith', 'direct', 'Just like you, Tom']]],
    ['hard negative: an opening adverbial before a cue set inside a sentence', ['In a statement on Friday, Jane Smith said, “There are no days off when you are mayor.”'], [['Jane Smith', 'direct', 'There are no days off']]],
    ['a subordinate clause whose verb takes a "that" clause', ['The ferry was docked last month after the station reported that its licence had lapsed in March.'], [['the station', 'reported', 'its licence had lapsed']]],
    ['hard negative: a subordinate clause without "that"', ['The ferry was docked last month after the station reported its licence had lapsed in March.'], []],
    ['what a listener is urged to do starts at its infinitive', ['Jane Smith urged the local membership to reject all late amendments.'], [['Jane Smith', 'reported', 'to reject all late amendments']]],
    ['"accused X of …": the accusation is no adverbial', ['Jane Smith accused the mayor of hiding the true cost of the stadium, and of lying about it.'], [['Jane Smith', 'reported', 'of hiding the true cost']]],
    ['a name right after an inverted verb beats a phrase before the comma', ['Its presence has stirred mixed reactions in many towns, and it has used “soft hands” in the region, said Imogen Halvorsen, an expert at a university.'], [['Imogen Halvorsen', 'partial', 'Its presence has stirred']]],
    ['", adding" after a comma-closed quotation does not cut what was told before it', ['John Doe told Brightwave that the mayor “had a silly rule on parking,” adding, “He lost every vote.”'], [['John Doe', 'partial', 'the mayor “had a silly rule'], ['John Doe', 'direct', 'He lost every vote']]],
    ['"according to" inside what a speaker said is part of it', ['Jane Smith, a member of the committee, said Tuesday that according to its review, the league has kept 71 percent of the members.'], [['Jane Smith', 'reported', 'according to its review, the league has kept']]],
    ['a quotation inside a reported question is part of it', ['Asked by a reporter if Jane Smith “gets” farming, John Doe avoided an answer.'], [['a reporter', 'reported', 'if Jane Smith “gets” farming']]],
    ['"referring to X": the object of a quote verb\'s preposition', ['“I am a unifier,” John Doe said, referring to Jane Smith.'], [['John Doe', 'direct', 'I am a unifier'], ['John Doe', 'reported', 'to Jane Smith']]],
    ['a cue closing a sentence never takes again what an earlier cue reported', ['Jane Smith said that no candidate can win the 2,150 delegates needed, and others agree.'], [['Jane Smith', 'reported', 'no candidate can win']]],
    ['hard negative: a cue in a clause that depends on the words before it', ['The company did not reveal exactly what the new chief executive would say.'], []],
    ['hard negative: an opening adverbial before a cue is not what was said', ['At one point in the long evening, Jane Smith said nothing.'], []],
    ['hard negative: an embedded post with a link', ['Every vote deserves to be counted. pic.twitter.com/Qxz — Jane Smith (@jsmith) May 9, 2019 John Doe said.'], []],
    ['a quote verb\'s object ends before a second verb of its subject', ['Jane Smith blamed the outage on squirrels but later admitted cutting the cable.'], [['Jane Smith', 'reported', 'the outage on squirrels']]],
    ['a quote verb\'s object ends at a comma', ['Jane Smith defended the new budget plan, which the council rejected in May.'], [['Jane Smith', 'reported', 'the new budget plan']]],
    ['hard negative: a quote verb followed by an adverbial', ['Jane Smith spoke to reporters on Thursday after a long meeting.'], []],
    ['"commented that …"', ['Jane Smith commented that the budget was a disaster for the city.'], [['Jane Smith', 'reported', 'the budget was a disaster']]],
    ['hard negative: "comments" is a plural noun', ['The comments on the budget were a disaster for the city.'], []],
    ['"who say …": a relative clause reports speech of an unnamed group', ['It has angered many people who say the plan is unfair to the poor.'], [[null, 'reported', 'the plan is unfair to the poor']]],
    ['"X, who said A, said B": the described speaker\'s verb ends A', ['John Doe, who said he normally votes Liberal, said the candidate he trusts is Jane Smith.'], [['John Doe', 'reported', 'he normally votes Liberal'], ['John Doe', 'reported', 'the candidate he trusts is Jane Smith']]],
    ['hard negative: a bare verb form after an adjective in -ous is a noun', ['Jane Smith says she got a nervous text from her cousin on Friday.'], [['Jane Smith', 'reported', 'she got a nervous text from her cousin']]],
    ['"say" past an apposition between dashes', ['Teachers — and some parents — say that the new rules outweigh any gains.'], [['Teachers', 'reported', 'the new rules outweigh any gains']]],
    ['after "X, a role, said" a name that opens what was said is no inverted speaker', ['Jane Smith, a former vice president of sales, said John Doe “was deeply and personally involved” in the merger.'], [['Jane Smith', 'partial', 'John Doe “was deeply and personally involved']]],
    ['a speech verb inside what another reports is part of it', ['Jane Smith said that the mayor had revealed almost nothing about his plans.'], [['Jane Smith', 'reported', 'the mayor had revealed almost nothing']]],
    ['X says …', ['Jane Smith says the budget will be cut.'], [['Jane Smith', 'reported', 'the budget will be cut']]],
    ['X said on Thursday …', ['Jane Smith said on Thursday the budget would be cut.'], [['Jane Smith', 'reported', 'the budget would be cut']]],
    ['X told reporters …', ['Jane Smith told reporters the budget would be cut.'], [['Jane Smith', 'reported', 'the budget would be cut']]],
    ['X told Reuters that …', ['Jane Smith told Reuters that the budget would be cut.'], [['Jane Smith', 'reported', 'the budget would be cut']]],
    ['…, X said.', ['The budget will be cut next year, Jane Smith said.'], [['Jane Smith', 'reported', 'The budget will be cut next year']]],
    ['…, said X.', ['The budget will be cut next year, said Jane Smith.'], [['Jane Smith', 'reported', 'The budget will be cut next year']]],
    ['according to X, …', ['According to Jane Smith, the budget will be cut next year.'], [['Jane Smith', 'reported', 'the budget will be cut next year']]],
    ['…, according to X.', ['The budget will be cut next year, according to Jane Smith.'], [['Jane Smith', 'reported', 'The budget will be cut next year']]],
    ['But, according to X, …', ['But, according to the poll, most voters remain undecided.'], [['the poll', 'reported', 'most voters remain undecided']]],
    ['according to a poll described after its name', ['Most voters remain undecided, according to a Gallup poll released Monday.'], [['a Gallup poll released Monday', 'reported', 'Most voters remain undecided']]],
    ['a paragraph naming a "Reuters/Ipsos" poll is no photo credit', ['A Reuters/Ipsos poll is due on Friday, and Jane Smith said the race would tighten.'], [['Jane Smith', 'reported', 'the race would tighten']]],
    ['hard negative: a "REUTERS/Name" photo credit line says nothing', ['Jane Smith speaks in Penrose on Monday, saying the race would tighten. REUTERS/Ruth Ostrander'], []],
    ['…: According to X, …', ['It has not escaped notice: According to recent surveys, Brackett holds only 9 percent.'], [['recent surveys', 'reported', 'Brackett holds only 9 percent']]],
    [
      'inside the sentence: the parts before and after the cue are two quotes',
      ['The budget, Jane Smith said, will be cut next year.'],
      [
        ['Jane Smith', 'reported', 'The budget'],
        ['Jane Smith', 'reported', 'will be cut next year'],
      ],
    ],
    [
      'two speakers in one sentence',
      ['Jane Smith said the budget was final and the council said it would vote on Friday.'],
      [
        ['Jane Smith', 'reported', 'the budget was final'],
        ['the council', 'reported', 'it would vote on Friday'],
      ],
    ],
    [
      'a second verb of the same speaker',
      ['Jane Smith said the budget was final, but added that talks would go on.'],
      [
        ['Jane Smith', 'reported', 'the budget was final'],
        ['Jane Smith', 'reported', 'talks would go on'],
      ],
    ],
    ['a share of people: "six in 10 said"', ['Six in 10 said they expect the next mayor to keep those rules.'], [['Six in 10', 'reported', 'they expect the next mayor']]],
    ['a share of people: "47% say"', ['On taxes, 47% say the city should cut them.'], [['47%', 'reported', 'the city should cut them']]],
    ['a share with its figure in commas', ['Among parents, about three-quarters, 74 percent, say they will back the levy.'], [['about three-quarters, 74 percent', 'reported', 'they will back the levy']]],
    ['a share of a group', ['Majorities of teachers in four districts say they would be happy with either.'], [['Majorities of teachers in four districts', 'reported', 'they would be happy with either']]],
    ['"another says" after a conjunction', ['The report is out, while another says the city has twice as many.'], [['another', 'reported', 'the city has twice as many']]],
    ['hard negative: "a 10 percent say in" is a noun', ['The plan gave residents a 10 percent say in the city budget.'], []],
    ['hard negative: "a majority say in" is a noun', ['The plan gave residents a majority say in the city budget.'], []],
    ['a bare verb form heading the subject is a noun ("the … report said")', ['The Lakeside Institute report said farmers still believe in the co-op.'], [['the Lakeside Institute report', 'reported', 'farmers still believe in the co-op']]],
    ['hard negative: a bare form after a plural subject is still a verb', ['Analysts report the economy grew faster than expected.'], [['Analysts', 'reported', 'the economy grew faster']]],
    ['X lamented that …', ['Jane Smith lamented that the budget would be cut.'], [['Jane Smith', 'reported', 'the budget would be cut']]],
    ['X estimates …', ['Jane Smith estimates the budget will be cut by half.'], [['Jane Smith', 'reported', 'the budget will be cut by half']]],
    ['X repeats …', ['Jane Smith repeats that the budget will be cut.'], [['Jane Smith', 'reported', 'the budget will be cut']]],
    ['X points to …', ['Jane Smith points to the cost of the new bridge.'], [['Jane Smith', 'reported', 'to the cost of the new bridge']]],
    ['X ordered …', ['Jane Smith ordered the agency to cut the budget.'], [['Jane Smith', 'reported', 'the agency to cut the budget']]],
    ['hard negative: a bare "order" as a noun', ['The order came on Monday and the budget was cut.'], []],
    ['an adverb between the subject and the verb', ['Jane Smith however said the budget would be cut.'], [['Jane Smith', 'reported', 'the budget would be cut']]],
    ['an opening time phrase is not the subject of a participle', ['Hours later, Jane Smith returned to the plan, telling Reuters, “We have been friends.”'], [['Jane Smith', 'direct', 'We have been friends']]],
    ['hard negative: a name before the first comma is still the subject', ['Mayor Jane Smith, however, returned to the plan, telling Reuters, “We have been friends.”'], [['Jane Smith', 'direct', 'We have been friends']]],
    ['a concessive clause still attributes ("Although X admitted …")', ['Although Jane Smith admitted that the budget was late, the council approved it.'], [['Jane Smith', 'reported', 'the budget was late']]],
    ['an -ly adverb between the subject and the verb', ['Jane Smith angrily said the budget would be cut.'], [['Jane Smith', 'reported', 'the budget would be cut']]],
    ['hard negative: a noun in -ly closes the subject', ['The family said the budget would be cut.'], [['the family', 'reported', 'the budget would be cut']]],
    ['"often" between the subject and the verb', ['Jane Smith often says the budget is too small.'], [['Jane Smith', 'reported', 'the budget is too small']]],
    ['hard negative: a possessive is no plural subject of a bare form', ['Editor’s note: the mayor has often been accused of lying to voters.'], []],
    ['hard negative: an adverb alone is no subject', ['Often said but rarely done, the plan was shelved.'], []],
    ['a second verb without a comma belongs to what was said', ['Jane Smith said she was tired and wanted a new mayor.'], [['Jane Smith', 'reported', 'she was tired and wanted a new mayor']]],
    ['a verb whose object is what was said', ['Jane Smith criticized the deal as a disaster for the city.'], [['Jane Smith', 'reported', 'the deal as a disaster for the city']]],
    [
      '"…, citing …": a participle of an object verb reports what the subject cited',
      ['Jane Smith said the budget was final, citing the cost of the new bridge.'],
      [
        ['Jane Smith', 'reported', 'the budget was final'],
        ['Jane Smith', 'reported', 'the cost of the new bridge'],
      ],
    ],
    ['hard negative: a one-word object of a participle', ['Jane Smith said the budget was final, citing it.'], [['Jane Smith', 'reported', 'the budget was final']]],
    [
      '"Asked whether …," a question put to the speaker',
      ['Asked whether he would run again, John Doe said the decision was months away.'],
      [
        [null, 'reported', 'whether he would run again'],
        ['John Doe', 'reported', 'the decision was months away'],
      ],
    ],
    [
      '"Asked about …," the topic put to the speaker',
      ['Asked about the new bridge plans, John Doe said the decision was months away.'],
      [
        [null, 'reported', 'about the new bridge plans'],
        ['John Doe', 'reported', 'the decision was months away'],
      ],
    ],
    [
      '"when asked if …" after the answer',
      ['John Doe said the decision was months away when asked if the plans were final.'],
      [
        ['John Doe', 'reported', 'the decision was months away'],
        [null, 'reported', 'if the plans were final'],
      ],
    ],
    ['hard negative: "asked" with no question word', ['Asked to leave the hall, the protesters refused and stayed put.'], []],
    ['"X was asked what …": a question put in the passive', ['In an interview last week, John Doe was asked what the city could do about the angry voters.'], [[null, 'reported', 'what the city could do']]],
    ['"X was asked about …": the topic put in the passive', ['After the rally, John Doe was asked about payments he took from private donors.'], [[null, 'reported', 'payments he took from private donors']]],
    ['"when asked about …" after the answer', ['John Doe said the decision was months away when asked about the new bridge plans.'], [['John Doe', 'reported', 'the decision was months away'], [null, 'reported', 'about the new bridge plans']]],
    ['hard negative: "asked for" in the passive is no question', ['The new bridge was asked for by the mayor and the whole council.'], []],
    ['TASS quoted X as saying …', ['TASS news agency quoted a senior official, Teodor Varin, as saying talks were over.'], [['Teodor Varin', 'reported', 'talks were over']]],
  ])('%s', (_name, paragraphs, expected) => {
    expectQuotes(paragraphs, expected);
  });
});

describe('where attributed words end (exact text)', () => {
  test.each([
    ['"X, who said A, said B": the described speaker\'s verb ends A', 'John Doe, who said he normally votes Liberal, said the candidate he trusts is Jane Smith.', ['he normally votes Liberal', 'the candidate he trusts is Jane Smith']],
    ['a quote verb\'s object ends before a second verb of its subject', 'Jane Smith blamed the outage on squirrels but later admitted cutting the cable.', ['the outage on squirrels']],
    ['a quote verb\'s object ends at a comma', 'Jane Smith defended the new budget plan, which the council rejected in May.', ['the new budget plan']],
  ])('%s', (_name, paragraph, expected) => {
    expect(run([paragraph]).quotes.map((q) => q.text)).toEqual(expected);
  });
});
