/**
 * The subject a participle shares (", saying …", "… and argued …"): past a dateline, past several opening
 * adverbials, and across an apposition between commas.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const speakers = (paragraphs: string[]) => findQuotes(paragraphs).quotes.map((q) => q.speaker);

describe('the subject of a participle cue', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['past a wire dateline', ['WASHINGTON (Reuters) – Democrat Jane Smith has taken a swipe at her rival, saying that the plan would fail.'], ['Jane Smith']],
    ['past a capitalised place and a dash', ['BOSTON — Senator Jane Smith on Monday hit the trail for her friend, saying the race was close.'], ['Jane Smith']],
    ['past two opening adverbials', ['The day before, at a rally in Boston, Jane Smith was just as blunt, claiming that the plan would fail.'], ['Jane Smith']],
    ['past an opening "once" clause', ['Once she was elected, Jane Smith made the budget a priority, announcing that taxes would fall.'], ['Jane Smith']],
    ['across an apposition after an honorific name', ['Mr. Smith, in an interview on Friday, barely dwelled on his rivals, saying that he was looking ahead.'], ['Smith']],
    ['across a relative clause', ['Mr. Smith, whose sole win came in Ohio, did not attack her directly but argued that he would win.'], ['Smith']],
    ['the name in the apposition of a role', ['The French minister of energy, Jane Smith, alluded to the vote on Monday, saying the deal might be signed.'], ['Jane Smith']],
    ['across a role apposition after a surname', ['Patti Davis spoke on Monday.', 'Davis, a longtime liberal, lashed out at the nominee on Facebook, telling him that words have power.'], ['Patti Davis']],
    ['past an adverbial holding commas', ['At a rally in Portsmouth, N.H., on Tuesday, Senator Jane Smith endorsed her rival, saying that he would win.'], ['Jane Smith']],
    ['past an adverbial with a place and its state', ['Speaking at a town hall in Salem, New Hampshire, Jane Smith went after her rival, saying that he would lose.'], ['Jane Smith']],
    // hard negatives: a full name before its apposition after an opener is the subject, not the apposition; a list is no apposition; a pair of names in an apposition is no single speaker; a dash
    // after lower-case words is no dateline
    ['hard negative: the described name, not its description', ['In London, Jane Smith, a columnist who is gay, walked off the set after arguing with the host on how the attack should be defined.'], ['Jane Smith']],
    ['hard negative: a list of adjectives', ['Ukrainian, Russian, and Polish leaders met in Paris, saying the talks had gone well.'], [null]],
    ['hard negative: a pair in the apposition', ['Two objectors, John Doe and Richard Roe, had challenged the bid, contending that his name should not appear.'], ['two objectors']],
    ['hard negative: a relative clause naming a body', ['Republicans, who hold a majority in the Senate, have blocked the measures, saying they infringe on rights.'], ['Republicans']],
    ['hard negative: a dash after a lower-case clause', ['The vote was close — Jane Smith won it — and the party moved on, saying the race was over.'], [null]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});

describe('an apposition opened by an adverb is no role', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['an adverb and a time phrase', ['Marco Rubio won.', 'Rubio, particularly in the closing days of the campaign, has preached unity, claiming he can unite the party.'], [null]],
    // hard negative: a described role stays
    ['hard negative: a role', ['Patti Davis spoke on Monday.', 'Davis, a longtime liberal, lashed out at the nominee on Facebook, telling him that words have power.'], ['longtime liberal']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(findQuotes(paragraphs).quotes.map((q) => q.role)).toEqual(expected);
  });
});

describe('a participle closing a coordinated clause with its own subject', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['"… and X fired …, acknowledging"', ['Prosecutors charged the officer with murder and Jane Smith fired her police chief, acknowledging that the city had lost trust in the force.'], ['Jane Smith']],
    ['", but X brought …, asking"', ['Trump pivoted to talking about trade, but Chris Wallace brought him back to the attacks, asking Trump to share his views.'], ['Chris Wallace']],
    // hard negatives: two names together are one subject's start; a party tag before "and" is no clause end
    ['hard negative: a pair of names', ['Jane Smith and John Roe met on Monday, saying the deal was done.'], ['Jane Smith']],
    ['hard negative: a party tag before "and"', ['Chairman Jane Smith (R-Utah) and Chairman John Roe (R-Va.) sent a letter, asking the agency to probe the claims.'], ['Jane Smith']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(findQuotes(paragraphs).quotes.map((q) => q.speaker)).toEqual(expected);
  });
});

describe('a participle opening its sentence', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['"And in explaining …, X described"', ['Jane Smith spoke.', 'And in explaining why those plans had not passed already, Smith described a rigged system.'], ['Jane Smith', 'Jane Smith']],
    ['"In asking …, X noted"', ['In asking to depose the secretary, Judicial Watch noted that the emails were missing.'], ['Judicial Watch', 'Judicial Watch']],
    // hard negative: a participle after the subject keeps the subject before it
    ['hard negative: a participle after its subject', ['Jane Smith, in explaining why the plans had failed, blamed the council.'], ['Jane Smith', 'Jane Smith']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(findQuotes(paragraphs).quotes.map((q) => q.speaker)).toEqual(expected);
  });
});

describe('a conjunction or adverb opening the sentence before its subject', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['"And then X went …, saying"', ['Jane Smith spoke.', 'And then Smith went fully on the attack, saying the mayor had to resign.'], ['Jane Smith']],
    ['"And even X tried …, noting"', ['Jane Smith spoke.', 'And even Smith tried to help them off the hook, noting that she would demur too.'], ['Jane Smith']],
    ['"Here in a city, X stepped up …, saying"', ['Here in Columbia, Jane Smith stepped up her emphasis on justice, saying the system was broken.'], ['Jane Smith']],
    // hard negative: a conjunction before a verb opens no subject
    ['hard negative: "Then came …"', ['Then came another tweet from the campaign, saying the race was over.'], [null]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(findQuotes(paragraphs).quotes.map((q) => q.speaker)).toEqual(expected);
  });
});

describe('a verb coordinated inside a relative clause', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['"X, who endorsed … and said …"', ['Jane Smith spoke.', 'Smith, who endorsed the mayor in May and said she would campaign with him, did not show up.'], ['Jane Smith']],
    // hard negative: a body described by a relative clause is no person
    ['hard negative: "which" describes a body', ['The ministry, which endorsed the plan in May and said it would fund it, did not comment.'], [null]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(findQuotes(paragraphs).quotes.map((q) => q.speaker)).toEqual(expected);
  });
});
