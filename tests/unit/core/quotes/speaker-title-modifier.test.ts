/**
 * A lower-case noun before a title and a name is part of the role ("panel Chairman Rep. Jane Doe",
 * "oversight Chairman Bob Ray"), so the quotation before it stays whole and direct. Rows are one
 * paragraph in, [kind, text, speaker, role] of each quote out (all sentences written for these tests).
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const read = (paragraph: string) => findQuotes([paragraph]).quotes.map((q) => [q.kind, q.text, q.speaker, q.role]);

describe('a lower-case noun before a title is part of the role', () => {
  test.each<[string, string, (string | null)[][]]>([
    ['a committee word before a capitalised title and an abbreviated one', '“Hearings are not a game,” panel Chairman Rep. Ann Fowler (R-Ohio) said.', [['direct', 'Hearings are not a game', 'Ann Fowler', 'panel Chairman Rep.']]],
    ['an unlisted noun before a capitalised title', '“The agency failed,” oversight Chairman Bob Ray said.', [['direct', 'The agency failed', 'Bob Ray', 'oversight Chairman']]],
    ['a listed noun before a lower-case role', '“We lost,” campaign manager John Smith said.', [['direct', 'We lost', 'John Smith', 'campaign manager']]],
    // hard negatives: an adverb or a function word before the title is no part of the role
    ['hard negative: an adverb before the title', '“The agency failed,” reportedly Chairman Bob Ray said.', [['partial', '“The agency failed,” reportedly', 'Bob Ray', 'Chairman']]],
    ['hard negative: a noun after a determiner is what the clause is about', 'The council closed the pool, a decision Mayor Ada Holm called “painful.”', [['partial', '“painful.”', 'Ada Holm', 'Mayor']]],
    ['hard negative: a title with no modifier', '“The agency failed,” Chairman Bob Ray said.', [['direct', 'The agency failed', 'Bob Ray', 'Chairman']]],
    ['hard negative: "said" before the title', '“The agency failed,” said Chairman Bob Ray.', [['direct', 'The agency failed', 'Bob Ray', 'Chairman']]],
  ])('%s', (_name, paragraph, expected) => {
    expect(read(paragraph)).toEqual(expected);
  });
});
