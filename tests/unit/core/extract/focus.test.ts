/** Focus: the page is narrowed to the landmark that holds nearly all of the article text. */
import { describe, expect, test } from 'vitest';
import { focusOnTextBlock } from '../../../../src/core/extract/focus';
import { articleOf, domOf, PROSE, runHtml } from '../../../helpers/load-page';

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

describe('focus on the block holding the text (no landmark)', () => {
  const rail = '<div class="rail"><p>Short promotional note beside the story.</p></div>';
  test('only the grandparent of the deepest block holding ≥ 90 % of the paragraph text is kept', () => {
    const body = `<div class="menu"><p>Sections and topics</p></div><div class="wrap"><div class="col">${rail}<div class="story">${prose}</div></div></div>`;
    const doc = domOf(`<html><body>${body}</body></html>`).window.document;
    expect(focusOnTextBlock(doc.body)).toBe(1);
    expect(doc.body.children[0]?.className).toBe('wrap');
    expect(doc.body.textContent).not.toContain('Sections and topics');
    expect(doc.body.textContent).toContain('promotional note');
  });

  test.each([
    ['text split between two blocks', `<div class="a">${PROSE.slice(0, 3).map((p) => `<p>${p}</p>`).join('')}</div><div class="b">${PROSE.slice(3).map((p) => `<p>${p}</p>`).join('')}</div>`],
    ['text inside a layout table', `<table><tr><td><div><div><div>${prose}</div></div></div></td></tr></table>`],
    ['a shallow page (the block sits right under the body)', `<div class="story">${prose}</div>`],
  ])('left whole: %s', (_name, body) => {
    const doc = domOf(`<html><body>${body}</body></html>`).window.document;
    expect(focusOnTextBlock(doc.body)).toBe(0);
  });

  test('inside an article landmark the engine sees the whole landmark (hard negative)', () => {
    const outcome = runHtml(`<html><body><article><div><div><p class="byline">By A. Writer</p><div class="body">${prose}</div></div></div></article></body></html>`);
    expect(outcome.trace.some((t) => t.rule === 'focus-text-block')).toBe(false);
  });
});
