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
    ['after, inverted, an unlisted speaker noun', ['“They will find a way to corrupt it,” wrote one commenter.'], [['one commenter', 'direct', 'They will find a way']]],
    ['after, a noun phrase and any verb', ['“Will he be the next attorney general?” a staffer in the room wondered.'], [['a staffer in the room', 'direct', 'Will he be the next']]],
    ['hard negative: a quoted title before a noun phrase that goes on', ['“Top Gun,” the film that opened on Friday, sold out.'], []],
    ['after, two roles joined by "and" after an abbreviated title', ['“We have been here before,” said former Utah Gov. and league Chairman Paul Redding.'], [['Paul Redding', 'direct', 'We have been here before']]],
    ['after, a pronoun and an irregular verb', ['“It is a bit concerning to me,” she went on.'], [[null, 'direct', 'It is a bit concerning to me']]],
    ['after, a speech verb and a long clause', ['“How big is that wall?” asked the boy, who was wearing a red hat and a blue coat at the rally.'], [[null, 'direct', 'How big is that wall?']]],
    ['a quotation opening a parenthesis, then its attribution', ['The deal drew blowback from members (“I want my dues back,” wrote Jane Smith, a technician, on the forum).'], [['Jane Smith', 'direct', 'I want my dues back']]],
    ['a quotation opening a parenthesis, then an inverted clause', ['The deal drew blowback from members (“I want my dues back,” went the refrain among the older workers).'], [[null, 'direct', 'I want my dues back']]],
    ['any verb and a determiner after a quotation: an inverted attribution', ['“Her team took notes on her life,” read the statement, which was attributed to her aide and sent late on Monday night.'], [[null, 'direct', 'Her team took notes']]],
    ['after a long clause closed by a comma, a quotation ending the sentence', ['Earlier this week, Jane Smith shared a bit of her anxiety with an audience at a fundraiser in the Hamptons, “I do not know who will show up.”'], [['Jane Smith', 'direct', 'I do not know who will show up']]],
    ['hard negative: after a long clause, a quoted phrase that is no sentence', ['Earlier this week, Jane Smith shared a bit of her anxiety with an audience at a fundraiser in the Hamptons, “a very old Long Island town”'], []],
    ['hard negative: a quoted title with a comma inside a sentence', ['He loves “Lilyhammer,” a drama that follows a mobster.'], []],
    ['hard negative: a quoted title, then a long clause with no speech verb', ['“Lilyhammer,” the drama about a mobster in Norway, won three awards in its first season there.'], []],
    ['a quotation closed by a comma before ", adding"', ['“I think he is the best nominee,” Jane Smith said on “Morning Joe,” adding, “His problem is he is an insider.”'], [['Jane Smith', 'direct', 'I think he is the best'], ['Jane Smith', 'direct', 'His problem is']]],
    ['“ typed as the closing mark', ['“It is unusual,“ said Jane Smith, a lawyer.'], [['Jane Smith', 'direct', 'It is unusual']]],
    ['a quotation right after a period with no space', ['“We were lied to,” said Jane Smith, who runs a shop.“We got deceived into coming here.”'], [['Jane Smith', 'direct', 'We were lied to'], ['Jane Smith', 'direct', 'We got deceived']]],
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
    ['any verb right after a quotation ending in a comma', ['“Go back to Univision,” Jane Smith barked.'], [['Jane Smith', 'direct', 'Go back to Univision']]],
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
    ['any verb with a quotation of four words or more', ['Jane Smith rails against its “Great Wall of Protectionism” every week.'], [['Jane Smith', 'partial', 'against its “Great Wall of Protectionism”']]],
    ['a reported clause with a quoted part', ['Jane Smith said the plan was “dead on arrival” in the Senate.'], [['Jane Smith', 'partial', 'the plan was “dead on arrival” in the Senate']]],
  ])('%s', (_name, paragraphs, expected) => {
    expectQuotes(paragraphs, expected);
  });
});

describe('inverted attribution', () => {
  test('"…, said X" attributes what precedes', () => {
    expectQuotes(['The budget will be cut next year, added Jane Smith.'], [['Jane Smith', 'reported', 'The budget will be cut next year']]);
  });

  test('hard negative: a verb and its object are not an inverted attribution', () => {
    expect(brief(['The senator has struggled in the south, instead winning some victories in the Midwest.'])).toEqual([]);
  });
});

describe('lines led by a speaker and a colon', () => {
  test.each<[string, string[], Expect[]]>([
    ['a headline', ['Lewandowski: FBI director acted as judge and jury on Clinton'], [['Lewandowski', 'reported', 'FBI director acted as judge and jury']]],
    ['a transcript line', ['BOULDUAN: You guys were open to more debates back in January.'], [['BOULDUAN', 'direct', 'You guys were open to more debates']]],
    ['hard negative: a headline led by a longer phrase', ['The latest polls: the two parties are still far apart'], []],
    ['a transcript line holding speech verbs of its own', ['PENCE: Well, Hillary Clinton said she would debate, and I believe her.'], [['PENCE', 'direct', 'Well, Hillary Clinton said she would debate']]],
  ])('%s', (_name, paragraphs, expected) => {
    expectQuotes(paragraphs, expected);
  });

  test.each([['WATCH: Russia says talks are over'], ['UPDATE: the vote was delayed until Friday'], ['The Latest: Trump wins Nevada caucuses']])('hard negative: a label is not a speaker (%s)', (line) => {
    expect(run([line]).speakers.map((s) => s.name)).not.toContain(line.split(':')[0]);
  });
});

describe('reported speech', () => {
  test.each<[string, string[], Expect[]]>([
    ['X said …', ['Jane Smith said the budget would be cut next year.'], [['Jane Smith', 'reported', 'the budget would be cut next year']]],
    ['X said that …', ['Jane Smith said that the budget would be cut.'], [['Jane Smith', 'reported', 'the budget would be cut']]],
    ['"say" after a singular noun ending the subject', ['Democrats trying to regain control say they have a powerful new weapon.'], [['Democrats trying to regain control', 'reported', 'they have a powerful new weapon']]],
    ['"say" past an adverb between commas', ['Others, however, say a new deal is long overdue.'], [['Others', 'reported', 'a new deal is long overdue']]],
    ['hard negative: "say" as a noun after a possessive', ["The mayor's say over the budget ended in March."], []],
    ['hard negative: "say" after "have a"', ['Voters want to have a say about the new budget rules.'], []],
    ['before "according to", the words after the last contrast', ['Jane Smith is not running again, but her speech will be a major topic of the race, according to officials.'], [['officials', 'reported', 'her speech will be a major topic']]],
    ['the words before a cue set inside a sentence that a quotation finishes', ['The reality is, Jane Smith added, “there are no recusals when you are mayor.”'], [['Jane Smith', 'reported', 'The reality is'], ['Jane Smith', 'direct', 'there are no recusals']]],
    ['a subordinate clause with its own subject before a cue set inside a sentence', ['If the mayor is elected, Jane Smith said, “she will cut the budget.”'], [['Jane Smith', 'reported', 'If the mayor is elected'], ['Jane Smith', 'direct', 'she will cut the budget']]],
    ['hard negative: a subordinate phrase without a clause before a cue set inside a sentence', ['After the debate, Jane Smith said, “She will cut the budget.”'], [['Jane Smith', 'direct', 'She will cut the budget']]],
    ['a quotation in the words before a cue set inside a sentence makes them a partial quote', ['“If there had not been that intervention” by NATO and its partners, Jane Smith said on Monday, “we would be worse off.”'], [['Jane Smith', 'partial', '“If there had not been'], ['Jane Smith', 'direct', 'we would be worse off']]],
    ['a quotation\'s sentence going on after its cue', ['“Only you, John,” Jane Smith said, would use a harsh sentence to show your love of country.'], [['Jane Smith', 'direct', 'Only you, John'], ['Jane Smith', 'reported', 'would use a harsh sentence']]],
    ['hard negative: a phrase after a quotation\'s cue that does not go on with a verb', ['“Only you, John,” Jane Smith said, a day after the long and bitter vote.'], [['Jane Smith', 'direct', 'Only you, John']]],
    ['hard negative: an opening adverbial before a cue set inside a sentence', ['In a statement on Friday, Jane Smith said, “There are no recusals when you are mayor.”'], [['Jane Smith', 'direct', 'There are no recusals']]],
    ['a subordinate clause whose verb takes a "that" clause', ['The plane was grounded last week after the newspaper reported that its registration had expired in January.'], [['the newspaper', 'reported', 'its registration had expired']]],
    ['hard negative: a subordinate clause without "that"', ['The plane was grounded last week after the newspaper reported its registration had expired in January.'], []],
    ['what a listener is urged to do starts at its infinitive', ['Jane Smith urged the Republican electorate to abandon all outsider candidates.'], [['Jane Smith', 'reported', 'to abandon all outsider candidates']]],
    ['"accused X of …": the accusation is no adverbial', ['Jane Smith accused the mayor of hiding the true cost of the stadium, and of lying about it.'], [['Jane Smith', 'reported', 'of hiding the true cost']]],
    ['a name right after an inverted verb beats a phrase before the comma', ['Its influence has provoked mixed feelings in many states, and it has used “velvet gloves” in Asia, said Nargis Kassenova, an expert at a university.'], [['Nargis Kassenova', 'partial', 'Its influence has provoked']]],
    ['", adding" after a comma-closed quotation does not cut what was told before it', ['John Doe told Newsmax that the mayor “had a crazy policy on parking,” adding, “He lost every vote.”'], [['John Doe', 'partial', 'the mayor “had a crazy policy'], ['John Doe', 'direct', 'He lost every vote']]],
    ['"according to" inside what a speaker said is part of it', ['Jane Smith, a member of the committee, said Tuesday that according to its analysis, the party has won 82 percent of the vote.'], [['Jane Smith', 'reported', 'according to its analysis, the party has won']]],
    ['a quotation inside a reported question is part of it', ['Asked by a reporter if Jane Smith “gets” race, John Doe avoided an answer.'], [[null, 'reported', 'if Jane Smith “gets” race']]],
    ['"referring to X": the object of a quote verb\'s preposition', ['“I am a unifier,” John Doe said, referring to Jane Smith.'], [['John Doe', 'direct', 'I am a unifier'], ['John Doe', 'reported', 'to Jane Smith']]],
    ['a cue closing a sentence never takes again what an earlier cue reported', ['Jane Smith said that no candidate can win the 2,383 delegates needed, and others agree.'], [['Jane Smith', 'reported', 'no candidate can win']]],
    ['hard negative: a cue in a clause that depends on the words before it', ['The company did not reveal exactly what the new chief executive would say.'], []],
    ['hard negative: an opening adverbial before a cue is not what was said', ['At one point in the long evening, Jane Smith said nothing.'], []],
    ['hard negative: an embedded post with a link', ['No one should be above the law. pic.twitter.com/Oqc — Jane Smith (@jsmith) July 5, 2016 John Doe said.'], []],
    ['a quote verb\'s object ends before a second verb of its subject', ['Jane Smith blamed the incident on hackers but later admitted sending the pictures.'], [['Jane Smith', 'reported', 'the incident on hackers']]],
    ['a quote verb\'s object ends at a comma', ['Jane Smith defended the new budget plan, which the council rejected in May.'], [['Jane Smith', 'reported', 'the new budget plan']]],
    ['hard negative: a quote verb followed by an adverbial', ['Jane Smith spoke to reporters on Thursday after a long meeting.'], []],
    ['"commented that …"', ['Jane Smith commented that the budget was a disaster for the city.'], [['Jane Smith', 'reported', 'the budget was a disaster']]],
    ['hard negative: "comments" is a plural noun', ['The comments on the budget were a disaster for the city.'], []],
    ['"who say …": a relative clause reports speech of an unnamed group', ['It has angered many people who say the plan is unfair to the poor.'], [[null, 'reported', 'the plan is unfair to the poor']]],
    ['"X, who said A, said B": the described speaker\'s verb ends A', ['John Doe, who said he typically votes Democratic, said the candidate he likes is Jane Smith.'], [['John Doe', 'reported', 'he typically votes Democratic'], ['John Doe', 'reported', 'the candidate he likes is Jane Smith']]],
    ['hard negative: a bare verb form after an adjective in -ous is a noun', ['Jane Smith says she received a nervous call from her niece on Monday.'], [['Jane Smith', 'reported', 'she received a nervous call from her niece']]],
    ['"say" past an apposition between dashes', ['Democrats — and some Republicans — say that the new rules outweigh any gains.'], [['Democrats', 'reported', 'the new rules outweigh any gains']]],
    ['after "X, a role, said" a name that opens what was said is no inverted speaker', ['Jane Smith, a former vice president of sales, said John Doe “was very heavily involved” in the merger.'], [['Jane Smith', 'partial', 'John Doe “was very heavily involved']]],
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
    ['hard negative: a "REUTERS/Name" photo credit line says nothing', ['Jane Smith speaks in Ottawa on Monday, saying the race would tighten. REUTERS/Kevin Lamarque'], []],
    ['…: According to X, …', ['It has not gone unnoticed: According to recent polls, Trump holds only 14 percent.'], [['recent polls', 'reported', 'Trump holds only 14 percent']]],
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
    ['a share of people: "six in 10 said"', ['Six in 10 said they want the next mayor to continue those policies.'], [['Six in 10', 'reported', 'they want the next mayor']]],
    ['a share of people: "47% say"', ['On taxes, 47% say the city should cut them.'], [['47%', 'reported', 'the city should cut them']]],
    ['a share with its figure in commas', ['Among voters, about two-thirds, 67 percent, say they will vote for Smith.'], [['about two-thirds, 67 percent', 'reported', 'they will vote for Smith']]],
    ['a share of a group', ['Majorities of Democrats in five states say they would be satisfied with both.'], [['Majorities of Democrats in five states', 'reported', 'they would be satisfied with both']]],
    ['"another says" after a conjunction', ['The report is out, while another says the city has twice as many.'], [['another', 'reported', 'the city has twice as many']]],
    ['hard negative: "a 10 percent say in" is a noun', ['The plan gave residents a 10 percent say in the city budget.'], []],
    ['hard negative: "a majority say in" is a noun', ['The plan gave residents a majority say in the city budget.'], []],
    ['a bare verb form heading the subject is a noun ("the … report said")', ['The National Academies report said immigrants still believe in the dream.'], [['the National Academies report', 'reported', 'immigrants still believe in the dream']]],
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
        [null, 'reported', 'the new bridge plans'],
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
    ['"X was asked about …": the topic put in the passive', ['After the rally, John Doe was asked about speeches he made behind closed doors.'], [[null, 'reported', 'speeches he made behind closed doors']]],
    ['"when asked about …" after the answer', ['John Doe said the decision was months away when asked about the new bridge plans.'], [['John Doe', 'reported', 'the decision was months away'], [null, 'reported', 'the new bridge plans']]],
    ['hard negative: "asked for" in the passive is no question', ['The new bridge was asked for by the mayor and the whole council.'], []],
    ['TASS quoted X as saying …', ['TASS news agency quoted a senior official, Ivan Petrov, as saying talks were over.'], [['Ivan Petrov', 'reported', 'talks were over']]],
  ])('%s', (_name, paragraphs, expected) => {
    expectQuotes(paragraphs, expected);
  });
});

describe('where attributed words end (exact text)', () => {
  test.each([
    ['"X, who said A, said B": the described speaker\'s verb ends A', 'John Doe, who said he typically votes Democratic, said the candidate he likes is Jane Smith.', ['he typically votes Democratic', 'the candidate he likes is Jane Smith']],
    ['a quote verb\'s object ends before a second verb of its subject', 'Jane Smith blamed the incident on hackers but later admitted sending the pictures.', ['the incident on hackers']],
    ['a quote verb\'s object ends at a comma', 'Jane Smith defended the new budget plan, which the council rejected in May.', ['the new budget plan']],
  ])('%s', (_name, paragraph, expected) => {
    expect(run([paragraph]).quotes.map((q) => q.text)).toEqual(expected);
  });
});
