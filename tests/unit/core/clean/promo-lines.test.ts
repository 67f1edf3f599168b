/** A paragraph that is only a label and a link to another story goes; a paragraph of the article that opens with such a word stays. */
import { describe, expect, test } from 'vitest';
import { cleanBody, LONG } from '../../../helpers/clean-page';

const inBody = (line: string): string => `<article><p>${LONG}</p><p>${line}</p><p>${LONG}</p></article>`;

describe('promotion lines in the article body', () => {
  test.each([
    ['a bracketed "Read:" link', '[Read: <a href="/a">Why the port reopened after the storm</a>]'],
    ['a "RELATED:" link', 'RELATED: <a href="/b">Council votes on the budget</a>'],
    ['a "Watch:" link', '<strong>Watch:</strong> <a href="/c">The storm reaches the coast</a>'],
    ['a "Read more |" link', 'Read more | <a href="/d">How the ferry service changed</a>'],
    ['a "Don’t miss:" link', '<em>Don’t miss:</em> <a href="/g">The ten best walks along the harbour wall</a>'],
    ['a "Further reading:" link', 'Further reading: <a href="/h">A short history of the breakwater</a>'],
  ])('%s', (_name, line) => {
    const run = cleanBody(inBody(line));
    expect(run.removed.map((r) => [r.rule, r.kind])).toContainEqual(['promo-line', 'related']);
    expect(run.doc.querySelectorAll('p')).toHaveLength(2);
  });

  test.each([
    ['a sentence opening with "Read:" and no link', 'Read: the letter says the council must act within thirty days of the vote.'],
    ['a label with a link that is a small part of the line', 'Related: the council, which <a href="/e">voted</a> last week, will meet again on Friday to settle the budget.'],
    ['a link with no label', '<a href="/f">Why the port reopened after the storm</a>'],
    ['"Don’t miss" opening a sentence of the article', 'Don’t miss: the ferry leaves at six, and the <a href="/i">timetable</a> changes on Sunday when the summer season ends.'],
  ])('hard negative: %s', (_name, line) => {
    const run = cleanBody(inBody(line));
    expect(run.removed.map((r) => r.rule)).not.toContain('promo-line');
    expect(run.doc.querySelectorAll('p')).toHaveLength(3);
  });
});
