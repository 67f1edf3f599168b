/**
 * The subject a participle shares (", saying …", "… and argued …"): past a dateline, past several opening
 * adverbials, and across an apposition between commas.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';
import { quoteSpeakers as speakers } from '../../../helpers/quotes';

describe('the subject of a participle cue', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['past a wire dateline', ['WASHINGTON (Reuters) – Democrat Jane Smith has taken aim at her opponent, saying that the plan would fail.'], ['Jane Smith']],
    ['past a capitalised place and a dash', ['DENVER — Senator Jane Smith on Monday hit the road for her ally, saying the race was tight.'], ['Jane Smith']],
    ['past two opening adverbials', ['The week before, at a forum in Denver, Jane Smith was just as frank, claiming that the plan would fail.'], ['Jane Smith']],
    ['past an opening "once" clause', ['Once she was elected, Jane Smith made the budget a priority, announcing that taxes would fall.'], ['Jane Smith']],
    ['across an apposition after an honorific name', ['Mr. Smith, in a podcast on Sunday, hardly touched on his critics, saying that he was moving forward.'], ['Smith']],
    ['across a relative clause', ['Mr. Smith, whose sole win came in Ohio, did not attack her directly but argued that he would win.'], ['Smith']],
    ['the name in the apposition of a role', ['The Dutch minister of transport, Jane Smith, alluded to the vote on Monday, saying the deal might be signed.'], ['Jane Smith']],
    ['across a role apposition after a surname', ['Nora Quarrie spoke on Monday.', 'Quarrie, a lifelong progressive, lashed out at the candidate on Twitter, telling him that words carry weight.'], ['Nora Quarrie']],
    ['past an adverbial holding commas', ['At a diner in Laconia, N.H., on Sunday, Senator Jane Smith backed her former rival, saying that he would win.'], ['Jane Smith']],
    ['past an adverbial with a place and its state', ['Speaking at a church hall in Milford, New Jersey, Jane Smith went after her rival, saying that he would lose.'], ['Jane Smith']],
    // hard negatives: a full name before its apposition after an opener is the subject, not the apposition; a list is no apposition; a pair of names in an apposition is no single speaker; a dash
    // after lower-case words is no dateline
    ['hard negative: the described name, not its description', ['In Dublin, Jane Smith, a critic who is blind, walked out of the studio after arguing with the presenter on how the flood should be described.'], ['Jane Smith']],
    ['hard negative: a list of adjectives', ['Ukrainian, Russian, and Polish leaders met in Paris, saying the talks had gone well.'], [null]],
    ['hard negative: a pair in the apposition', ['Two voters, John Doe and Richard Roe, had contested the filing, contending that her name should not be listed.'], ['two voters']],
    ['hard negative: a relative clause naming a body', ['Republicans, who hold a majority in the Senate, have blocked the measures, saying they infringe on rights.'], ['Republicans']],
    ['hard negative: a dash after a lower-case clause', ['The vote was close — Jane Smith won it — and the party moved on, saying the race was over.'], [null]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});

describe('an apposition opened by an adverb is no role', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['an adverb and a time phrase', ['Tomas Reyes won.', 'Reyes, particularly in the last days of the race, has championed unity, claiming he can hold the party together.'], [null]],
    // hard negative: a described role stays
    ['hard negative: a role', ['Nora Quarrie spoke on Monday.', 'Quarrie, a lifelong progressive, lashed out at the candidate on Twitter, telling him that words carry weight.'], ['lifelong progressive']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(findQuotes(paragraphs).quotes.map((q) => q.role)).toEqual(expected);
  });
});

describe('a participle closing a coordinated clause with its own subject', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['"… and X fired …, acknowledging"', ['Auditors charged the clerk with fraud and Jane Smith fired her finance director, acknowledging that the town had lost faith in the office.'], ['Jane Smith']],
    ['", but X brought …, asking"', ['Brandt pivoted to talking about taxes, but Mira Castellan brought him back to the flooding, asking Brandt to share his plans.'], ['Mira Castellan']],
    // hard negatives: two names together are one subject's start; a party tag before "and" is no clause end
    ['hard negative: a pair of names', ['Jane Smith and John Roe met on Monday, saying the deal was done.'], ['Jane Smith']],
    ['hard negative: a party tag before "and"', ['Chairman Jane Smith (R-Utah) and Chairman John Roe (R-Nev.) sent a letter, asking the agency to review the claims.'], ['Jane Smith']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(findQuotes(paragraphs).quotes.map((q) => q.speaker)).toEqual(expected);
  });
});

describe('a participle opening its sentence', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['"And in explaining …, X described"', ['Jane Smith spoke.', 'And in explaining why those bills had not passed yet, Smith described a broken process.'], ['Jane Smith', 'Jane Smith']],
    ['"In asking …, X noted"', ['In asking to question the director, Civic Watch noted that the files were missing.'], ['Civic Watch', 'Civic Watch']],
    // hard negative: a participle after the subject keeps the subject before it
    ['hard negative: a participle after its subject', ['Jane Smith, in explaining why the plans had failed, blamed the council.'], ['Jane Smith', 'Jane Smith']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(findQuotes(paragraphs).quotes.map((q) => q.speaker)).toEqual(expected);
  });
});

describe('a conjunction or adverb opening the sentence before its subject', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['"And then X went …, saying"', ['Jane Smith spoke.', 'And then Smith went fully on the offensive, saying the mayor had to quit.'], ['Jane Smith']],
    ['"And even X tried …, noting"', ['Jane Smith spoke.', 'And even Smith tried to ease the pressure on them, noting that she would hesitate too.'], ['Jane Smith']],
    ['"Here in a city, X stepped up …, saying"', ['Here in Fresno, Jane Smith stepped up her focus on housing, saying the system was failing.'], ['Jane Smith']],
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
