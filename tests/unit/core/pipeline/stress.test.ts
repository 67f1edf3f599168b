/**
 * Huge and deeply nested pages end in a clear outcome (the content script runs synchronously in the
 * tab, so the work must be bounded): over the element budget → a not-article outcome that says why;
 * deep chains of bare wrappers (as browsers leave 20 000-deep markup, capped and flattened) → the article.
 */
import { describe, expect, test } from 'vitest';
import { deepPage, hugePage } from '../../../../scripts/bench/synthetic';
import { DEFAULT_MAX_ELEMENTS } from '../../../../src/core/detect/index';
import { articleOf, domOf, PROSE, runHtml, type View } from '../../../helpers/load-page';
import { processPage } from '../../../../src/core/index';

const ARTICLE = `<article><h1>Deep page</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`;
const page = (body: string): string => `<!doctype html><html lang="en"><head><title>Deep page</title></head><body>${body}</body></html>`;

describe('huge pages', () => {
  test('a page over the default element budget gets a not-article outcome naming the limit', () => {
    const dom = domOf(hugePage(), 'https://stress.example/huge');
    const doc = dom.window.document;
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(DEFAULT_MAX_ELEMENTS);
    const outcome = processPage(doc, { view: dom.window as unknown as View, trace: true });
    expect(outcome.kind).toBe('not-article');
    if (outcome.kind === 'not-article') expect(outcome.reason).toMatch(/too large.*the limit is 60,000/);
    expect(outcome.timings.cleanMs).toBe(0);
  }, 60_000);

  test.each([
    ['just under the budget: the article', 2_000, 'article'],
    ['just over the budget: refused', 500, 'not-article'],
  ])('%s', (_name, maxElements, kind) => {
    const html = page(`${'<div class="row"><span>1</span></div>'.repeat(300)}${ARTICLE}`);
    expect(runHtml(html, undefined, { maxElements }).kind).toBe(kind);
  });
});

describe('deeply nested pages', () => {
  test.each([
    ['a chain of 450 bare wrappers', deepPage(450).replace(/<p>[^<]*<\/p><p>[^<]*<\/p>/, PROSE.map((p) => `<p>${p}</p>`).join(''))],
    // Chromium caps nesting at 512 and attaches what lies deeper as siblings at the cap.
    ['a capped chain holding 5 000 empty siblings', page(`${'<div>'.repeat(450)}${'<div></div>'.repeat(5_000)}${ARTICLE}${'</div>'.repeat(450)}`)],
    ['a chain of 450 named wrappers', page(`${'<div class="wrap">'.repeat(450)}${ARTICLE}${'</div>'.repeat(450)}`)],
  ])('%s → the article', (_name, html) => {
    const outcome = articleOf(runHtml(html));
    expect(outcome.article.blocks.map((b) => b.text)).toEqual(PROSE);
  }, 30_000);

  test('nesting deeper than browsers build is refused with a reason', () => {
    const outcome = runHtml(page(`${'<div>'.repeat(600)}${ARTICLE}${'</div>'.repeat(600)}`));
    expect(outcome.kind).toBe('not-article');
    if (outcome.kind === 'not-article') expect(outcome.reason).toMatch(/nested too deeply/);
  }, 30_000);
});
