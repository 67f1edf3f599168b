/**
 * Where reported speech starts and ends: after a verb of promising, "to" opens the promise itself (an
 * infinitive), never an adverbial to skip ("vowed to close the depot, but …"); and a cue inside a concessive
 * clause that opens the sentence ("While X vowed A, Y …") reports only up to the comma closing that clause; a
 * region after a cue opening with "and", "but", a time clause or adverbial ("as", "during", "after", "in"), or
 * after a quote verb with "which", is the writer's, no report.
 */
import { describe, expect, test } from 'vitest';
import { speakerAndText as quotes } from '../../../helpers/quotes';

describe('an infinitive after a verb of promising', () => {
  test.each([
    ['vowed, then a contrast', 'Jane Smith vowed to repeal the tax, but the council kept it.', [['Jane Smith', 'to repeal the tax']]],
    ['pledged, then a contrast', 'Nadia Ferreira pledged to back the winner, but she stays in the contest.', [['Nadia Ferreira', 'to back the winner']]],
    ['has promised, then a clause', 'Tom Baker has promised to cut the budget, and the mayor agrees.', [['Tom Baker', 'to cut the budget']]],
    ['hard negative: a listener after "to" stays skipped', 'Jane Smith said to the crowd, in a speech, that the tax would go.', [['Jane Smith', 'the tax would go']]],
    ['hard negative: "said to reporters" is an adverbial', 'Jane Smith said to reporters, that the tax would go.', [['Jane Smith', 'the tax would go']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a cue in a concessive opening clause', () => {
  test.each([
    ['while', 'While Tom Baker has vowed to leave the pension fund alone, Jane Smith wants to expand it.', [['Tom Baker', 'to leave the pension fund alone']]],
    ['although', 'Although Tom Baker said he would win the county, he lost it badly.', [['Tom Baker', 'he would win the county']]],
    ['even though', 'Even though Tom Baker insisted the plan was cheap, the bill doubled.', [['Tom Baker', 'the plan was cheap']]],
    ['a participle opening its sentence after "after"', 'After saying she was too shy to sing a song, the woman ended up next to the bandleader.', [['the woman', 'she was too shy to sing a song']]],
    ['hard negative: no concessive opener keeps the whole clause', 'Tom Baker said that if taxes rise, the economy will slow.', [['Tom Baker', 'if taxes rise, the economy will slow']]],
    ['hard negative: a comma with one word after it does not cut', 'Although Tom Baker said the plan was cheap, too.', [['Tom Baker', 'the plan was cheap, too']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a region after a cue that opens with a conjunction or an adverbial is no report', () => {
  test.each([
    ['and', 'Jane Smith said, and the crowd cheered for a long time.', []],
    ['as, a time clause', 'Tom Baker said as Ferreira spoke from the main stage.', []],
    ['during', 'Tom Baker said during a rally in the town square on Monday.', []],
    ['after', 'Tom Baker said after the vote in the state senate on Monday.', []],
    ['in', 'Tom Baker said in an interview with a local paper aired on Friday.', []],
    ['and, after a quote verb', 'Jane Smith praised and the crowd cheered for her.', []],
    ['which, after a quote verb', 'Jane Smith spoke, which surprised the council members.', []],
    ['a participle of what followed, after the cue and a comma', 'The pier will shut for a month while divers check its piles, the port said on Monday, forcing the ferries to dock at the old quay.', [['the port', 'The pier will shut for a month while divers check its piles']]],
    ['a participle of what followed, after a cue set between commas', 'The pier will shut for a month, the port said, sending the ferries to the old quay.', [['the port', 'The pier will shut for a month']]],
    ['hard negative: a participle right after the verb is the report’s subject', 'Tom Baker said sending the ferries away was the hardest part of the job.', [['Tom Baker', 'sending the ferries away was the hardest part of the job']]],
    ['hard negative: "as many as" opens a clause', 'Tom Baker said as many as ten people were hurt.', [['Tom Baker', 'as many as ten people were hurt']]],
    ['hard negative: "in" inside a compound word', 'Tom Baker said in-state tuition would rise next year.', [['Tom Baker', 'in-state tuition would rise next year']]],
    ['hard negative: "in" before "that" is skipped, not the report', 'Tom Baker said in a speech that taxes would rise.', [['Tom Baker', 'taxes would rise']]],
    ['hard negative: a quotation after "and" is still a partial quote', 'Tom Baker said and \u201cthe crowd cheered for him.\u201d', [['Tom Baker', 'and \u201cthe crowd cheered for him.\u201d']]],
    ['hard negative: a quote verb keeps its object', 'Jane Smith praised the mayor and the council.', [['Jane Smith', 'the mayor and the council']]],
    ['hard negative: an object before "which" stays', 'Jane Smith praised the mural, which had been under way since May.', [['Jane Smith', 'the mural']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a quotation right after its cue, then the writer’s place or time', () => {
  test.each([
    ['a place', 'The crowd chanted \u201cSave our pier!\u201d outside the town hall.', [['the crowd', 'Save our pier!']]],
    ['an occasion', 'Tom Baker said \u201cwe will rebuild\u201d in a statement on Monday.', [['Tom Baker', 'we will rebuild']]],
    ['hard negative: an object before the quotation keeps the quote partial', 'Tom Baker called the plan \u201ca disaster\u201d in an interview.', [['Tom Baker', 'the plan \u201ca disaster\u201d']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
