/**
 * Phrase shapes of everyday pages (lifestyle lists, fact checks, court reports, wire copy) that look like
 * speech cues but report no one's words: imperatives and the reader addressed as "you", pronouns that are no
 * one, headings before a colon, passive participles and verb forms read as nouns. Each table holds the shape
 * and hard negatives where the same words still attribute.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

type Row = [string | null, string, string];
const quotes = (text: string): Row[] => findQuotes(text.split(' || ')).quotes.map((q) => [q.speaker, q.kind, q.text]);

describe('a heading or a tag before a colon is no speaker', () => {
  test.each<[string, string, Row[]]>([
    ['a determiner opens a heading', 'THE CLAIM: The senator is not eligible to serve because her parents were immigrants.', []],
    ['a heading in title case', 'THE VERDICT: The plan was late and far over budget.', []],
    ['a participle heads a caption', 'Pictured: The mayor and her deputy at the opening of the bridge.', []],
    ['a page label: a gallery', 'Gallery: The new console from every side | 14 Photos', []],
    ['a page label: a review', 'Review: The new football game has a career year on every console', []],
    ['a page label: a proof', 'Proof: By definition of the matrix, the two sides are equal.', []],
    ['a page label: a disclaimer', 'Disclaimer: if you see different sizes when you press update, that is expected.', []],
    // hard negatives: transcript speakers, a role and a name, a surname in a headline, a short surname
    ['hard negative: a transcript speaker', 'TRUMP: We will build it and they will pay for it.', [['TRUMP', 'direct', 'We will build it and they will pay for it']]],
    ['hard negative: a role and a name', 'Reporter Jane Doe: The plan is late and over budget.', [['Jane Doe', 'reported', 'The plan is late and over budget']]],
    ['hard negative: a surname leading a headline', 'Lewandowski: FBI director acted as judge and jury', [['Lewandowski', 'reported', 'FBI director acted as judge and jury']]],
    ['hard negative: a short surname ending in -ed', 'Reed: The plan is late and far over budget.', [['Reed', 'reported', 'The plan is late and far over budget']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a subject or listener that is no one', () => {
  test.each<[string, string, Row[]]>([
    ['"whoever" said', 'Whoever said orange was the new pink was wrong.', []],
    ['"anyone who" says', 'Anyone who says the race is over is mistaken.', []],
    ['a rhetorical "who says …?"', 'Who says you have to have a tail to be a mermaid?', []],
    ['the page tells its reader', 'Trust us when we tell you that this hat will make you look great.', []],
    ['"shall we say"', 'The experience was, shall we say, less than pleasant for everyone involved.', []],
    ['"dare I say"', 'The new menu is, dare I say, better than the old one.', []],
    ['hard negative: a named speaker tells the reader', 'Jane Smith told you the plan would fail.', [['Jane Smith', 'reported', 'the plan would fail']]],
    ['hard negative: speakers that "will tell you"', 'His campaign will tell you that the vote means he was the real winner.', [['his campaign', 'reported', 'the vote means he was the real winner']]],
    // hard negatives: a relative clause of real speakers, a listener named, a "who" clause that asks nothing
    ['hard negative: "officials who said"', 'Officials who said the race was over were wrong.', [[null, 'reported', 'the race was over were wrong']]],
    ['hard negative: a named listener', 'Jane Smith told reporters that the plan would fail.', [['Jane Smith', 'reported', 'the plan would fail']]],
    ['hard negative: "who said" in a statement', 'Who said the plan would fail, the committee asked.', [[null, 'reported', 'the plan would fail']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('an imperative opening a sentence is no speaker', () => {
  test.each<[string, string, Row[]]>([
    ['a verb before a quantifier', 'Break some rules this Halloween with this “Baby One More Time, baby” costume.', []],
    ['a verb before a possessive', 'Practice your bewildered look when you say, “Me, a princess? Shut up!”', []],
    // hard negative: a name and its verb before a possessive
    ['hard negative: a name, a verb and a possessive', 'Trump took his time with “the very best of the best people”.', [['Trump', 'partial', 'his time with “the very best of the best people”']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a past participle before its agent is passive', () => {
  test('the word before "agreed by" is no speaker', () => {
    const found = quotes('Erdogan demanded that the forces withdraw from a zone around Idlib agreed by Turkey, Russia and Iran in 2017.');
    expect(found.map((q) => q[0])).toEqual(['Erdogan']);
    expect(found[0]?.[2]).toContain('agreed by Turkey');
  });

  test.each<[string, string, Row[]]>([
    // hard negatives: "by" opens the means of saying
    ['hard negative: "said by phone"', 'Jane Smith said by phone that the plan was dead.', [['Jane Smith', 'reported', 'the plan was dead']]],
    ['hard negative: "responded by saying"', 'Jane Smith responded by saying that the plan was dead.', [['Jane Smith', 'reported', 'the plan was dead']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a passive past its adverbs names no speaker', () => {
  test.each<[string, string, Row[]]>([
    ['"was previously criticised for"', 'The Government was previously criticised for failing to hand over the messages.', [[null, 'reported', 'for failing to hand over the messages']]],
    ['"was also dubbed"', 'Jane Doe was also dubbed the debate winner on social media.', [[null, 'reported', 'the debate winner on social media']]],
    // hard negatives: an auxiliary that is no "be", and a passive inside what an earlier cue reports
    ['hard negative: "has also said"', 'Jane Smith has also said the plan would fail.', [['Jane Smith', 'reported', 'the plan would fail']]],
    ['hard negative: a passive inside a report', 'Jane Smith said that she was clearly informed not to ask questions about the campaign.', [['Jane Smith', 'reported', 'she was clearly informed not to ask questions about the campaign']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a plural verb form after an adjective is a noun', () => {
  test.each<[string, string, Row[]]>([
    ['a determiner and an adjective', 'The false claims first started circulating online in 2019.', []],
    ['an adjective opening the sentence past a dateline', 'CHICAGO (AP) — False claims that the senator is not eligible have been circulating since 2019.', []],
    ['the next verb keeps its subject', 'The latest reports suggest the storm is weakening.', [['The latest reports', 'reported', 'the storm is weakening']]],
    // hard negatives: nouns that speak, whatever their ending
    ['hard negative: a company', 'The company claims the product is safe.', [['the company', 'reported', 'the product is safe']]],
    ['hard negative: a person noun in -ant', 'The defendant claims the money was a gift.', [['the defendant', 'reported', 'the money was a gift']]],
    ['hard negative: a document noun in -ive', 'The missive suggests the party has no plans to back down.', [['the missive', 'reported', 'the party has no plans to back down']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('speech verbs in another sense', () => {
  test.each<[string, string, Row[]]>([
    ['"points" as a noun', 'Bonus points if you do the hair, too.', []],
    ['"calling your name"', 'If you want to be iconic, Rosie the Riveter is calling your name.', []],
    ['"called off"', 'The mayor called off the search on Sunday.', []],
    ['"by adding" a thing', 'Put a spin on the look by adding classy skull makeup.', []],
    ['"mentioned above"', 'If the site combined that data with the tracker in the email mentioned above, no guesswork would be needed.', []],
    ['"cited below"', 'The study cited below found that most users never read the terms.', []],
    ['a participle after a determiner and "previously"', 'The previously announced absence of the senator means the two nominees will not attend.', []],
    // hard negatives: the speech senses
    ['hard negative: "pointed to"', 'Jane Smith pointed to the rising costs of the program.', [['Jane Smith', 'reported', 'to the rising costs of the program']]],
    ['hard negative: "points out that"', 'Jane Smith points out that costs are rising.', [['Jane Smith', 'reported', 'costs are rising']]],
    ['hard negative: "pointing America to"', 'The plan is pointing America to a very different tax system.', [['the plan', 'reported', 'America to a very different tax system']]],
    ['hard negative: "pointed that"', 'Jane Smith pointed that the problem was not the ceremony.', [['Jane Smith', 'reported', 'the problem was not the ceremony']]],
    ['hard negative: "called the plan"', 'Jane Smith called the plan a disaster.', [['Jane Smith', 'reported', 'the plan a disaster']]],
    ['hard negative: "called for"', 'Jane Smith called for a new vote on the bill.', [['Jane Smith', 'reported', 'for a new vote on the bill']]],
    ['hard negative: "by adding that"', 'Jane Smith ended her speech by adding that costs would rise.', [['Jane Smith', 'reported', 'costs would rise']]],
    ['hard negative: "first reported" after a name', 'Jane Smith first reported the death of the soldier on Monday.', [['Jane Smith', 'reported', 'the death of the soldier on Monday']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  test('"the first reported death" is no speaker', () => {
    expect(quotes('A child died on Monday, officials said, the first reported death since the border opened.').map((q) => q[0])).toEqual(['officials', 'officials']);
  });
});

describe('a participle describing an "according to" source', () => {
  test.each<[string, string, Row[]]>([
    ['"obtained by"', 'Harris was born in Oakland, according to a copy of her birth certificate, obtained by the newspaper.', [['a copy of her birth certificate', 'reported', 'Harris was born in Oakland']]],
    // hard negative: the words after the source go on with what it says
    ['hard negative: the sentence goes on', 'The economy, according to the minister, is growing faster than expected.', [['the minister', 'reported', 'The economy'], ['the minister', 'reported', 'is growing faster than expected']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('"according to" a measure or a plan names no source', () => {
  test.each<[string, string, Row[]]>([
    ['"according to how"', 'Hotel rooms are priced according to how expensive they were to build.', []],
    ['"according to plan"', 'The launch of the new bridge went according to plan on Sunday morning.', []],
    // hard negative: a source
    ['hard negative: a person', 'The plan would fail, according to Jane Smith.', [['Jane Smith', 'reported', 'The plan would fail']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a gerund reported inside a relative clause ends at the main verb', () => {
  test.each<[string, string, Row[]]>([
    ['"who admitted stealing … has been fined"', 'A woman who admitted stealing cat treats worth £11.55 has been fined £70.', [[null, 'reported', 'stealing cat treats worth £11.55']]],
    ['"who denied taking … was cleared"', 'A man who denied taking the money from the till was cleared by the jury.', [[null, 'reported', 'taking the money from the till']]],
    // hard negative: after "say" a gerund opens a clause of its own
    ['hard negative: a gerund subject after "say"', 'Officials who say using a private server was improper want a review.', [[null, 'reported', 'using a private server was improper want a review']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a clause opened by a subordinator before a determiner reports nothing', () => {
  test.each<[string, string, Row[]]>([
    ['"even if those people do not agree"', 'The site uses the contact list to learn about people, even if those people do not agree to take part.', []],
    // hard negatives: a subject with no subordinator before it, and "say" after one
    ['hard negative: those people agree', 'Those people agree that the site should ask before it uses their contacts.', [['people', 'reported', 'the site should ask before it uses their contacts']]],
    ['hard negative: "after those officials said"', 'After those officials said the plan was dead, the vote was held.', [['officials', 'reported', 'the plan was dead, the vote was held']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('an -s word after a subject pronoun is its verb, not a plural subject', () => {
  test.each<[string, string, Row[]]>([
    ['"That emits add.js"', 'That emits add.js and add.wasm for the browser to load.', []],
    ['"It also means report cards"', 'It also means report cards will go out later this year.', []],
    // hard negatives: plural subjects of a bare form
    ['hard negative: a plural subject', 'Voters say the economy matters most this year.', [['Voters', 'reported', 'the economy matters most this year']]],
    ['hard negative: a plural subject past an aside', 'Others, however, say the plan is dead.', [['Others', 'reported', 'the plan is dead']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
