/**
 * Two roles joined by "and" before one person's name are that person's role: "said former prosecutor and
 * Mayor Bob Lane" is Bob Lane, not "former prosecutor". Rows are one paragraph in, [speaker, role] of each
 * quote out (all sentences written for these tests).
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const read = (paragraph: string) => findQuotes([paragraph]).quotes.map((q) => [q.speaker, q.role]);

describe('a role, "and", a title and a name: the name speaks', () => {
  test.each<[string, string, (string | null)[][]]>([
    ['a role and a capitalised title', '“It is serious,” said former prosecutor and Mayor Bob Lane.', [['Bob Lane', 'former prosecutor and Mayor']]],
    ['a role and an abbreviated title', '“It is serious,” said a lawyer and Sen. Bob Lane.', [['Bob Lane', 'lawyer and Sen.']]],
    ['a role and a lower-case title word', '“It is serious,” said a lawyer and former Sen. Bob Lane.', [['Bob Lane', 'lawyer and former Sen.']]],
    // hard negatives: a name with no title after "and" is a second speaker, and two roles are no name
    ['hard negative: a role and a bare name', '“It is serious,” said the mayor and Bob Lane.', [['the mayor', null]]],
    ['hard negative: two roles', '“We agree,” said the mayor and the governor.', [['the mayor', null]]],
  ])('%s', (_name, paragraph, expected) => {
    expect(read(paragraph)).toEqual(expected);
  });
});
