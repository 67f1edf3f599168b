/** Focus: the page is narrowed to the landmark that holds nearly all of the article text. */
import { describe, expect, test } from 'vitest';
import { articleOf, PROSE, runHtml } from '../../../helpers/load-page';

const prose = PROSE.map((p) => `<p>${p}</p>`).join('');
const aside = '<div class="promo-box"><p>Short promotional note outside the article.</p></div>';

describe('focus on the article landmark', () => {
  test.each([
    ['<article>', `<main><article>${prose}</article>${aside}</main>`, 'article'],
    ['an articleBody element', `<div><div itemprop="articleBody">${prose}</div>${aside}</div>`, 'div'],
    ['<main> without an article', `<div>${aside}</div><main>${prose}</main>`, 'main'],
  ])('%s holding ≥ 90 % of the paragraph text is all that is kept', (_name, body, tag) => {
    const outcome = articleOf(runHtml(`<html><body>${body}</body></html>`));
    expect(outcome.trace).toContainEqual({ stage: 'extract', rule: 'focus-landmark', detail: `<${tag}> holds the article text` });
    expect(outcome.article.text).not.toContain('promotional note');
    expect(outcome.article.blocks.map((b) => b.text)).toEqual(PROSE);
  });

  test('two articles sharing the text: the page is left whole (hard negative)', () => {
    const half = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('');
    const outcome = runHtml(`<html><body><article>${half(PROSE.slice(0, 3))}</article><article>${half(PROSE.slice(3))}</article></body></html>`);
    expect(outcome.trace.some((t) => t.rule === 'focus-landmark')).toBe(false);
  });
});
