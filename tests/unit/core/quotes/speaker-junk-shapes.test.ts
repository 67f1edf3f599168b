/**
 * Phrase shapes that read a thing, a place or the writer's aside as a speaker on pages that are not political
 * news: a possessive and a thing ("its name suggests"), the object of a preposition ("over his shoulder said",
 * "in Denver and Los Angeles say"), a clause after a past tense and its object, a generic "one" before a modal
 * ("one might say"), a capitalised sentence adverb ("Technically speaking"), the clause after an inverted
 * speaker ("said a voice as we passed"), and a title-case headline read as a name ("Harbor Unveils New Ferries"). Rows are paragraphs in, the speaker of each quote out (all sentences
 * written for these tests).
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const speakers = (paragraph: string): (string | null)[] => findQuotes([paragraph]).quotes.map((q) => q.speaker);

describe('a possessive and a thing is no speaker', () => {
  test.each<[string, string, (string | null)[]]>([
    ['"its name suggests"', 'Its name suggests the bakery sells only rye bread.', [null]],
    ['"his heritage suggests"', 'His heritage suggests he will favour the south.', [null]],
    // hard negatives: a person the possessive points to, by list, by agent ending, by kin word or past a prefix
    ['hard negative: "his lawyer"', 'His lawyer said the claim was false.', ['his lawyer']],
    ['hard negative: "her cousin"', 'Her cousin said the claim was false.', ['her cousin']],
    ['hard negative: "his ex-wife"', 'His ex-wife said the claim was false.', ['his ex-wife']],
    ['hard negative: a noun of a trade, by its ending', 'His trainer said the horse was fit to race.', ['his trainer']],
    ['hard negative: a plural may be a body', 'Its bakeries say the flour ran out on Tuesday.', ['its bakeries']],
    ['hard negative: "the survey" keeps its reading', 'The survey reports how much the rents have grown.', ['the survey']],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakers(paragraph)).toEqual(expected);
  });
});

describe('the object of a preposition is no subject', () => {
  test.each<[string, string, (string | null)[]]>([
    ['a group before two places', 'Prosecutors in Denver and Los Angeles say the firm has been lying to its riders.', ['Prosecutors in Denver and Los Angeles']],
    // hard negatives: a share of people, a name after its occasion, a speaker with its own modifier
    ['hard negative: a share of people', 'Six in 10 said the bridge was built too soon.', ['Six in 10']],
    ['hard negative: a name with the words before it', 'At the party convention Sen. Jo Parkes said the plan had failed.', ['Jo Parkes']],
    ['hard negative: a title-case "In" before a name', 'Voters Turn Out In Force Jo Parkes said the rain kept many at home.', ['Force Jo Parkes']],
    ['hard negative: a spokesman for a firm', 'A spokesman for the firm said the plan had failed.', ['a spokesman for the firm']],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakers(paragraph)).toEqual(expected);
  });
});

describe('a clause before the verb is no subject: a past tense and its object, a participle, a preposition', () => {
  test.each<[string, string, (string | null)[]]>([
    ['"jerked a thumb"', 'A porter jerked a thumb over her left shoulder said “Is that your bag?”', [null]],
    ['a participle opening the words', 'Pointing with her pen over her shoulder said “That is the back door.”', []],
    ['a preposition opening the words', 'The old clerk looked up from his desk and over his shoulder said “That is the back door.”', []],
    // hard negative: a subject with its modifier and no verb in it
    ['hard negative: a long subject', 'Some advocates for river cleanup funding said the plan was sound.', ['Some advocates for river cleanup funding']],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakers(paragraph)).toEqual(expected);
  });
});

describe('a generic "one" before a modal is the writer musing', () => {
  test.each<[string, string, (string | null)[]]>([
    ['"one might say" inside a sentence', 'In the evening, one might say, the square was the liveliest place in town.', []],
    ['"One could argue that"', 'One could argue that the bridge was built too soon.', []],
    // hard negative: "one" of a group, without a modal
    ['hard negative: "One said"', 'One said the bridge was built too soon.', ['One']],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakers(paragraph)).toEqual(expected);
  });
});

describe('a capitalised sentence adverb is no name', () => {
  test.each<[string, string, (string | null)[]]>([
    ['"Technically speaking"', 'Technically speaking, the output is optional.', []],
    ['"Frankly speaking"', 'Frankly speaking, the ferry is never on time.', []],
    // hard negatives: first names in -ly
    ['hard negative: "Kelly said"', 'Kelly said the plan was sound.', ['Kelly']],
    ['hard negative: "Emily said"', 'Emily said the plan was sound.', ['Emily']],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakers(paragraph)).toEqual(expected);
  });
});

describe('a clause after an inverted speaker is no part of it', () => {
  test.each<[string, string, (string | null)[]]>([
    ['"as we passed"', '“Take the left road,” said a voice as we passed.', ['a voice']],
    ['a participle clause', '“Is he asleep?” said another guard passing me.', ['another guard']],
    // hard negative: a speaker phrase without a clause after it
    ['hard negative: a short phrase', '“Not now,” said the old nurse.', ['the old nurse']],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakers(paragraph)).toEqual(expected);
  });
});

describe('a thing with "a"/"an" before a naming participle is what is named', () => {
  test.each<[string, string, (string | null)[]]>([
    ['"a shape called"', 'Lorenz found a shape called a strange attractor.', []],
    ['"an app named"', 'The company sold a small app named Ledger.', []],
    // hard negatives: a listed speaker noun before "called" speaks
    ['hard negative: "a spokesman called"', 'A spokesman called the plan “reckless.”', ['a spokesman']],
    ['hard negative: "a group called"', 'They formed a group called Citizens for Parks.', ['a group']],
    ['hard negative: a listed noun with its modifier', 'A spokesman for the rival candidate Jo Parkes called a report on donors “outrageous.”', ['a spokesman for the rival candidate Jo Parkes']],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakers(paragraph)).toEqual(expected);
  });
});

describe('"said" after "to" and a bare verb is the adjective', () => {
  test.each<[string, string, (string | null)[]]>([
    ['"to illustrate said point"', 'They use a simile or an image to illustrate said point. For example: “I cried a river.”', [null]],
    // hard negatives: a listener or a pronoun after "to" before the verb
    ['hard negative: "close to him said"', 'A source close to him said the plan would fail.', ['a source close to him']],
    ['hard negative: "an adviser to both said"', 'An adviser to both said the plan would fail.', ['An adviser']],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakers(paragraph)).toEqual(expected);
  });
});

describe('a verb and its object are no speaker', () => {
  test.each<[string, string]>([
    ['after an auxiliary', 'Local groups have started petitions calling on the council to reverse the decision.'],
    ['after a modal and an adverb', 'Voters can reasonably argue saying that they won this round of the fight.'],
    ['after an infinitive "to"', 'The ruling made it easier for the board to close cases alleging neglect by the landlord.'],
  ])('%s', (_name, paragraph) => {
    expect(speakers(paragraph).every((s) => s === null || !/\b(?:started|argue|close)\b/.test(s))).toBe(true);
  });
  test.each<[string, string, (string | null)[]]>([
    // hard negatives: a group of people after the verb speaks; a modifier after a noun keeps its phrase
    ['hard negative: the group after the verb speaks', 'The long delays have left most commuters saying the service is broken.', ['most commuters']],
    ['hard negative: a modifier with no verb before it', 'Retired teachers said the plan had failed.', ['Retired teachers']],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakers(paragraph)).toEqual(expected);
  });
});

describe('a set phrase after a group noun is no modifier of it', () => {
  test.each<[string, string, (string | null)[]]>([
    ['"of course"', 'Residents of course say the fence was never theirs to mend.', ['Residents']],
    ['"in fact"', 'Voters in fact say the plan is too costly for the town.', ['Voters']],
    // hard negative: a noun after "of" that is no set phrase describes the group
    ['hard negative: "of the county"', 'Officials of the county say the plan is too costly for the town.', ['Officials of the county']],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakers(paragraph)).toEqual(expected);
  });
});

describe('a time noun heading a compound is the object, not a time set between subject and verb', () => {
  test.each<[string, string, (string | null)[]]>([
    ['"the campaign week asking"', 'They spent most of the campaign week asking “who will pay for the bus?” and little else.', [null]],
    ['"the whole school day asking"', 'She spent the whole school day asking “who will pay for the bus?” again.', [null]],
    // hard negatives: a day or a time set between a subject and its verb is skipped
    ['hard negative: a weekday after a body', 'The harbor board Friday said the ferry would sail again.', ['the harbor board']],
    ['hard negative: "today" after a party', 'The party today says the vote was rigged.', ['the party']],
    ['hard negative: "last year"', 'Mayor Lena Ortiz last year said the ferry would sail again.', ['Lena Ortiz']],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakers(paragraph)).toEqual(expected);
  });
});

describe('the object of a relative clause is no subject: the clause and its head speak', () => {
  test.each<[string, string, (string | null)[]]>([
    ['"everyone who knows the harbor says"', 'Everyone who knows the harbor says the pier is too short.', ['Everyone who knows the harbor']],
    ['"anyone who has ever sold a house in the valley will tell you"', 'Anyone who has ever sold a house in the valley will tell you that the market is cruel.', ['Anyone who has ever sold a house in the valley']],
    ['a longer clause', 'Anyone who has at some point taken part in running a market stall will tell you that rents are high.', ['Anyone who has at some point taken part in running a market stall']],
    // hard negatives: a group the clause describes, a name with a relative clause set off by commas
    ['hard negative: "those who knew him"', 'Those who knew him said he loved the sea.', ['Those who knew him']],
    ['hard negative: a relative clause between commas', 'The mayor, who visited the pier, said it was safe.', ['the mayor']],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakers(paragraph)).toEqual(expected);
  });
});

describe('a lower-case head naming a thing of software or of thought says nothing', () => {
  test.each<[string, string, (string | null)[]]>([
    ['"the change log says"', 'The new build can open two files at once, the change log says.', [null]],
    ['"the main feature added"', 'The main feature added in that release would seem to be faster search.', [null]],
    ['"a timeout error indicates"', 'A slow page may load fine; however, as a timeout error indicates a dropped link, count it apart.', [null]],
    ['"the tool reports"', 'After each pass, the tool reports how many rows it merged.', [null]],
    ['"the technique called"', 'The team timed each answer, using the technique called "paired recall" to compare them.', [null]],
    // hard negative: a capitalised name ending in such a word is a body
    ['hard negative: "… Operations Command"', 'Coastal Operations Command said the raid was a success.', ['Coastal Operations Command']],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakers(paragraph)).toEqual(expected);
  });
});

describe('a title-case headline is no name', () => {
  const listed = (paragraphs: string[]): string[] => findQuotes(paragraphs).speakers.map((s) => s.name);
  const BODY = 'Harbor announced new ferries and routes on Monday, and the first boat was found to be late.';

  test.each<[string, string]>([
    ['two words the article writes in lower case', 'Harbor Unveils New Ferries and Routes for Commuters'],
    ['a last word the article writes in lower case', 'Debris From Harbor Boat Found'],
  ])('%s', (_name, headline) => {
    expect(listed([headline, BODY])).toEqual(['Harbor']);
  });

  test('hard negative: a three-word name whose words the article never writes in lower case', () => {
    expect(listed(['Mary Ann Lind Speaks at Harbor Meeting', '“We will keep the routes,” Mary Ann Lind said. Lind announced new ferries on Monday.']).slice(0, 1)).toEqual(['Mary Ann Lind']);
  });
});
