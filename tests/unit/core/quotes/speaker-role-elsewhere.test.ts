/** A speaker's role read where the article introduces them, when the quotes' own mentions give none. */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const QUOTE = '“We will keep the branches open,” Mara Lind said on Tuesday.';
const roleOf = (intro: string): string | null | undefined => findQuotes([intro, QUOTE]).speakers.find((s) => s.name === 'Mara Lind')?.role;

describe('a role from where the person is introduced', () => {
  test.each([
    ['a chain of role words before the name', 'Harbor Bank chief executive Mara Lind met the regulators last week.', 'Harbor Bank chief executive'],
    ['a title before the name', 'The plan was drafted by Sen. Mara Lind and two aides.', 'Sen.'],
    ['an apposition after the name', 'The branches belong to Mara Lind, president of the Coastal Savings Union, and her partners.', 'president of the Coastal Savings Union'],
    ['a verb before the chain is left out', 'Lawmakers grilled Harbor Bank CEO Mara Lind for three hours.', 'Harbor Bank CEO'],
    ['an -ing word before a role noun is part of it', 'The fund hired managing director Mara Lind in May.', 'managing director'],
    ['an honorific before the name is no part of it', 'Harbor Bank economist Dr. Mara Lind joined the call.', 'Harbor Bank economist'],
    ['a preposition in -ing before the title is left out', 'Several members, including Senator Mara Lind, voted no.', 'Senator'],
    ['a verb in -ing before the role noun is left out', 'The guard was seen grabbing reporter Mara Lind by the arm.', 'reporter'],
    ['a word opening the sentence before the title is left out', 'Recall Sen. Mara Lind stalling the harbour bill in 2010.', 'Sen.'],
    ['another name joined by an ampersand is left out', 'The bill was signed by Tom Brock & Sen. Mara Lind on Friday.', 'Sen.'],
    ['a plural modifier before a role noun is part of it', 'The statement came from communications director Mara Lind on Friday.', 'communications director'],
  ])('%s', (_name, intro, role) => expect(roleOf(intro)).toBe(role));

  test.each([
    ['a phrase the chain ran into', 'Donors gave money to a group backing Mara Lind last year.'],
    ['a headline', 'Regulators Grill Harbor Bank CEO Mara Lind Over Fees'],
    ['a kinship word alone', 'The house belongs to his sister Mara Lind now.'],
    ['a plural title', 'Sens. Mara Lind and Tom Brock wrote the letter.'],
    ['a lower-case modifier alone', 'The office of secretary of state Mara Lind was closed.'],
  ])('no role: %s (hard negative)', (_name, intro) => expect(roleOf(intro) ?? null).toBeNull());

  test('a party alone gives way to a later mention that says more', () => {
    const speakers = findQuotes(['Republican Mara Lind won the primary.', 'Later, Harbor County Sen. Mara Lind toured the port.', QUOTE]).speakers;
    expect(speakers.find((s) => s.name === 'Mara Lind')?.role).toBe('Harbor County Sen.');
  });

  test('hard negative: the first role found stays when it names a post', () => {
    const speakers = findQuotes(['Harbor Bank CEO Mara Lind met the regulators.', 'Republican Mara Lind later toured the port.', QUOTE]).speakers;
    expect(speakers.find((s) => s.name === 'Mara Lind')?.role).toBe('Harbor Bank CEO');
  });

  test.each([
    ['found in the introduction', ['The bill came from Sen. Mara Lind in May.', 'Later, Harbor County Sen. Mara Lind toured the port.', QUOTE]],
    ['given by the quote', ['Later, Harbor County Sen. Mara Lind toured the port.', '“We will keep the branches open,” Sen. Mara Lind said on Tuesday.']],
  ])('a lone title gives way to a mention that ends in it and says more: %s', (_name, paragraphs) => {
    expect(findQuotes(paragraphs).speakers.find((s) => s.name === 'Mara Lind')?.role).toBe('Harbor County Sen.');
  });

  test('hard negative: a lone title stays beside a post that does not end in it', () => {
    const speakers = findQuotes(['Harbor Bank CEO Mara Lind met the regulators.', '“We will keep the branches open,” Sen. Mara Lind said on Tuesday.']).speakers;
    expect(speakers.find((s) => s.name === 'Mara Lind')?.role).toBe('Sen.');
  });

  test('a role the quotes give is kept', () => {
    const speakers = findQuotes(['Harbor Bank CEO Mara Lind met the regulators.', '“We will keep the branches open,” said Mara Lind, the bank’s founder.']).speakers;
    expect(speakers.find((s) => s.name === 'Mara Lind')?.role).toBe('bank’s founder');
  });
});
