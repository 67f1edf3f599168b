/**
 * "NAME saying": a name right before a participle of speech is its subject, and the verb before the name
 * ("The video shows Trump saying …") is no part of the name's role. Rows are one paragraph in, [speaker,
 * role] of each quote out (all sentences written for these tests).
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const read = (paragraph: string) => findQuotes([paragraph]).quotes.map((q) => [q.speaker, q.role]);

describe('a name before "saying" speaks; the verb before it is no role', () => {
  test.each<[string, string, (string | null)[][]]>([
    ['a verb in -s before a surname', 'The video shows Trump saying, “We will build it fast.”', [['Trump', null]]],
    ['a verb in -s before a title and a name', 'The clip shows Sen. Ann Lee saying, “We will cut your taxes.”', [['Ann Lee', 'Sen.']]],
    ['"of" before a full name', 'The ad features a clip of Jane Hollis saying, “We are going to win.”', [['Jane Hollis', null]]],
    // hard negatives: a listed plural noun before a name is a role
    ['hard negative: a listed plural before a name', '“We won,” economists Jane Doe said.', [['Jane Doe', 'economists']]],
    ['hard negative: a title before a name', '“We won,” Chairman Jane Doe said.', [['Jane Doe', 'Chairman']]],
  ])('%s', (_name, paragraph, expected) => {
    expect(read(paragraph)).toEqual(expected);
  });
});
