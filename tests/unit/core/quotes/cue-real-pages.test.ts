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
    ['a determiner opens a heading', 'THE RUMOUR: The mayor cannot hold office because his birth was never registered.', []],
    ['a heading in title case', 'THE VERDICT: The plan was late and far over budget.', []],
    ['a participle heads a caption', 'Pictured: The coach and his captain at the launch of the new stadium.', []],
    ['a page label: a gallery', 'Gallery: The new console from every side | 14 Photos', []],
    ['a page label: a review', 'Review: The new football game has a career year on every console', []],
    ['a page label: a proof', 'Proof: By the rule above, both totals must match.', []],
    ['a page label: a disclaimer', 'Disclaimer: if the totals look different after you refresh the page, that is normal.', []],
    // hard negatives: transcript speakers, a role and a name, a surname in a headline, a short surname
    ['hard negative: a transcript speaker', 'THORNE: We will fix it and the county will pay for it.', [['THORNE', 'direct', 'We will fix it and the county will pay for it']]],
    ['hard negative: a role and a name', 'Reporter Jane Doe: The plan is late and over budget.', [['Jane Doe', 'reported', 'The plan is late and over budget']]],
    ['hard negative: a surname leading a headline', 'Okafor: Water board ignored every warning', [['Okafor', 'reported', 'Water board ignored every warning']]],
    ['hard negative: a short surname ending in -ed', 'Reed: The plan is late and far over budget.', [['Reed', 'reported', 'The plan is late and far over budget']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a subject or listener that is no one', () => {
  test.each<[string, string, Row[]]>([
    ['"whoever" said', 'Whoever said green was the new grey was wrong.', []],
    ['"anyone who" says', 'Anyone who says the race is over is mistaken.', []],
    ['a rhetorical "who says …?"', 'Who says you have to have wings to be a fairy?', []],
    ['the page tells its reader', 'Believe us when we tell you that a wool scarf will keep you warm.', []],
    ['"shall we say"', 'The dinner was, shall we say, a little too long for most of the guests.', []],
    ['"dare I say"', 'The new menu is, dare I say, better than the old one.', []],
    ['hard negative: a named speaker tells the reader', 'Jane Smith told you the plan would fail.', [['Jane Smith', 'reported', 'the plan would fail']]],
    ['hard negative: speakers that "will tell you"', 'Her team will tell you that the count shows she won the night.', [['her team', 'reported', 'the count shows she won the night']]],
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
    ['a verb before a quantifier', 'Bend some rules this summer with this “Dance All Night, darling” outfit.', []],
    ['a verb before a possessive', 'Practice your puzzled face when you say, “Me, a pirate? No way!”', []],
    // hard negative: a name and its verb before a possessive
    ['hard negative: a name, a verb and a possessive', 'Ferreira took her time with “the very finest of the finest crews”.', [['Ferreira', 'partial', 'her time with “the very finest of the finest crews”']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a past participle before its agent is passive', () => {
  test('the word before "agreed by" is no speaker', () => {
    const found = quotes('Ferreira demanded that the crews withdraw from a zone around Pine Hill agreed by Ashford, Dover and Penrose in 2019.');
    expect(found.map((q) => q[0])).toEqual(['Ferreira']);
    expect(found[0]?.[2]).toContain('agreed by Ashford');
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
    ['"was previously criticised for"', 'The Agency was previously criticised for failing to publish the minutes.', [[null, 'reported', 'for failing to publish the minutes']]],
    ['"was also dubbed"', 'Jane Doe was also dubbed the clear favourite by local fans.', [[null, 'reported', 'the clear favourite by local fans']]],
    // hard negatives: an auxiliary that is no "be", and a passive inside what an earlier cue reports
    ['hard negative: "has also said"', 'Jane Smith has also said the plan would fail.', [['Jane Smith', 'reported', 'the plan would fail']]],
    ['hard negative: a passive inside a report', 'Jane Smith said that she was plainly informed not to raise doubts about the budget.', [['Jane Smith', 'reported', 'she was plainly informed not to raise doubts about the budget']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a plural verb form after an adjective is a noun', () => {
  test.each<[string, string, Row[]]>([
    ['a determiner and an adjective', 'The fake claims first began spreading online in 2021.', []],
    ['an adjective opening the sentence past a dateline', 'DENVER (AP) — Fake claims that the mayor was born abroad have been spreading since 2021.', []],
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
    ['"points" as a noun', 'Bonus points if you match the shoes, too.', []],
    ['"calling your name"', 'If you want to stand out, the lighthouse keeper look is calling your name.', []],
    ['"called off"', 'The mayor called off the search on Sunday.', []],
    ['"by adding" a thing', 'Give the outfit a twist by adding bright star stickers.', []],
    ['"mentioned above"', 'If the site combined that data with the tracker in the email mentioned above, no guesswork would be needed.', []],
    ['"cited below"', 'The study cited below found that most users never read the terms.', []],
    ['a participle after a determiner and "previously"', 'The previously announced illness of the chair means the two deputies will not attend.', []],
    // hard negatives: the speech senses
    ['hard negative: "pointed to"', 'Jane Smith pointed to the rising costs of the program.', [['Jane Smith', 'reported', 'to the rising costs of the program']]],
    ['hard negative: "points out that"', 'Jane Smith points out that costs are rising.', [['Jane Smith', 'reported', 'costs are rising']]],
    ['hard negative: "pointing Canada to"', 'The plan is pointing Canada to a very new pension system.', [['the plan', 'reported', 'Canada to a very new pension system']]],
    ['hard negative: "pointed that"', 'Jane Smith pointed that the trouble was not the venue.', [['Jane Smith', 'reported', 'the trouble was not the venue']]],
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
    ['"obtained by"', 'Ferreira was born in Wexford, according to a scan of her school record, obtained by the station.', [['a scan of her school record', 'reported', 'Ferreira was born in Wexford']]],
    // hard negative: the words after the source go on with what it says
    ['hard negative: the sentence goes on', 'The economy, according to the minister, is growing faster than expected.', [['the minister', 'reported', 'The economy'], ['the minister', 'reported', 'is growing faster than expected']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('"according to" a measure or a plan names no source', () => {
  test.each<[string, string, Row[]]>([
    ['"according to how"', 'Bus fares are set according to how far the riders travel.', []],
    ['"according to plan"', 'The launch of the new bridge went according to plan on Sunday morning.', []],
    // hard negative: a source
    ['hard negative: a person', 'The plan would fail, according to Jane Smith.', [['Jane Smith', 'reported', 'The plan would fail']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a gerund reported inside a relative clause ends at the main verb', () => {
  test.each<[string, string, Row[]]>([
    ['"who admitted stealing … has been fined"', 'A man who admitted stealing garden gnomes worth £42.10 has been fined £90.', [[null, 'reported', 'stealing garden gnomes worth £42.10']]],
    ['"who denied taking … was cleared"', 'A man who denied taking the money from the till was cleared by the jury.', [[null, 'reported', 'taking the money from the till']]],
    // hard negative: after "say" a gerund opens a clause of its own
    ['hard negative: a gerund subject after "say"', 'Officials who say using a personal phone was wrong want an inquiry.', [[null, 'reported', 'using a personal phone was wrong want an inquiry']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a clause opened by a subordinator before a determiner reports nothing', () => {
  test.each<[string, string, Row[]]>([
    ['"even if those people do not agree"', 'The app reads the address book to find out about friends, even if those people do not agree to join.', []],
    // hard negatives: a subject with no subordinator before it, and "say" after one
    ['hard negative: those people agree', 'Those people agree that the site should ask before it uses their contacts.', [['people', 'reported', 'the site should ask before it uses their contacts']]],
    ['hard negative: "after those officials said"', 'After those officials said the plan was dead, the vote was held.', [['officials', 'reported', 'the plan was dead, the vote was held']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('an -s word after a subject pronoun is its verb, not a plural subject', () => {
  test.each<[string, string, Row[]]>([
    ['"That emits main.js"', 'That emits main.js and main.wasm for the page to run.', []],
    ['"It also means report cards"', 'It also means report cards will go out later this year.', []],
    // hard negatives: plural subjects of a bare form
    ['hard negative: a plural subject', 'Voters say the economy matters most this year.', [['Voters', 'reported', 'the economy matters most this year']]],
    ['hard negative: a plural subject past an aside', 'Others, however, say the plan is dead.', [['Others', 'reported', 'the plan is dead']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
