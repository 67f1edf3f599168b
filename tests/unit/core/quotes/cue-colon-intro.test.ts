/**
 * A paragraph that introduces a quotation and ends in a colon names who speaks in the next paragraph.
 */
import { describe, expect, test } from 'vitest';
import { quoteSpeakers as speakers } from '../../../helpers/quotes';

const quote = '“She says what she thinks, and I believe that could be what the town wants.”';

describe('a colon-ending intro paragraph', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['a name and a verb', ['Rhys Brandt said he liked the plan.', '19-year-old Tomas Reyhan echoed:', quote], ['Rhys Brandt', 'Tomas Reyhan']],
    ['a role, a name and "says"', ['Reporter Jane Doe says:', quote], ['Jane Doe']],
    ['the following statement', ['Rhys Brandt said he liked the plan.', 'Republican nominee Jane Doe issued the following statement:', quote], ['Rhys Brandt', 'Jane Doe']],
    ['an intro after an opening adverbial', ['When the vote was over, Jane Doe wrote:', quote], ['Jane Doe']],
    ['a body issues a statement', ['The campaign released the following statement:', quote], ['the campaign']],
    // hard negatives: no speech verb in the intro, a long object naming someone else, an intro with its own quotation
    ['hard negative: a thing introduces a list', ['Rhys Brandt said he liked the plan.', 'The results were as follows:', quote], ['Rhys Brandt', 'Rhys Brandt']],
    ['hard negative: a copula is no speech', ['Rhys Brandt said he liked the plan.', 'The voters were:', quote], ['Rhys Brandt', 'Rhys Brandt']],
    ['hard negative: an object naming another person', ['Jane Doe quotes former Carter adviser John Roe:', quote], [null]],
    ['hard negative: the intro paragraph has a quotation', ['Rhys Brandt said he liked the plan.', 'Jane Doe called it “a total mess” and added:', quote], ['Rhys Brandt', 'Jane Doe', 'Jane Doe']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});
