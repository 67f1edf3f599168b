/**
 * precheck runs on the live page before any clone: it must never change the document, and it must
 * refuse exactly the pages processPage would refuse at its detect stage.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { precheck, processPage } from '../../../src/core/index';
import { runPagePaced } from '../../../src/core/pipeline';
import { quoteFinder } from '../../../src/core/quote-finder';

const PAGES = resolve(__dirname, '../../pages');
const cases = readdirSync(PAGES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

const domOf = (html: string): JSDOM => new JSDOM(html, { url: 'https://news.example.test/story', virtualConsole: new VirtualConsole() });
const view = (dom: JSDOM) => dom.window as unknown as Window & typeof globalThis;

describe('precheck', () => {
  test.each(cases)('leaves the %s page untouched and agrees with processPage', (name) => {
    const dom = domOf(readFileSync(resolve(PAGES, name, 'source.html'), 'utf8'));
    const before = dom.window.document.documentElement.outerHTML;
    const checked = precheck(dom.window.document, { view: view(dom) });
    expect(dom.window.document.documentElement.outerHTML).toBe(before);

    const full = processPage(dom.window.document.cloneNode(true) as Document, { view: view(dom) });
    if (checked.kind === 'not-article') {
      expect(full).toMatchObject({ kind: 'not-article', reason: checked.reason });
      expect(checked.timings.cleanMs).toBe(0);
    } else {
      expect(full.kind === 'article' || full.timings.cleanMs > 0, 'not refused at detect').toBe(true);
    }
  });

  test.each<[string, string, number, RegExp, boolean]>([
    ['more elements than the budget', `<html><body><article>${'<p>Word word word.</p>'.repeat(60)}</article></body></html>`, 50, /too large.*64 elements; the limit is 50/, true],
    ['nesting deeper than browsers build', `<html><body>${'<div>'.repeat(600)}<p>Deep.</p>${'</div>'.repeat(600)}</body></html>`, 100_000, /nested too deeply/, true],
    ['an empty body', '<html><body></body></html>', 100_000, /empty/, false],
  ])('refuses %s', (_name, html, maxElements, reason, limit) => {
    const dom = domOf(html);
    const refused = precheck(dom.window.document, { view: view(dom), maxElements });
    expect(refused.kind === 'not-article' ? refused.reason : '').toMatch(reason);
    expect(refused.kind === 'not-article' && refused.limit, 'refused for its size, not for what it is').toBe(limit);
  });

  test('an accepted page is run on its clone without detecting it again', async () => {
    const dom = domOf(readFileSync(resolve(PAGES, 'amp-seed', 'source.html'), 'utf8'));
    const checked = precheck(dom.window.document, { view: view(dom), trace: true });
    expect(checked.kind).toBe('accepted');
    if (checked.kind !== 'accepted') return;
    const pacing = { budgetMs: 60_000, pause: async () => {} };
    const paced = await runPagePaced(dom.window.document.cloneNode(true) as Document, { view: view(dom), trace: true }, pacing, quoteFinder, checked);
    const whole = processPage(dom.window.document.cloneNode(true) as Document, { view: view(dom), trace: true });
    expect(paced.timings.detectMs, 'the detect time is precheck’s').toBe(checked.detectMs);
    expect(paced.trace.filter((e) => e.stage === 'detect')).toEqual(whole.trace.filter((e) => e.stage === 'detect'));
    if (paced.kind !== 'article' || whole.kind !== 'article') throw new Error('the seed is an article');
    expect(paced.article.text).toBe(whole.article.text);
    expect(paced.quotes).toEqual(whole.quotes);
  });
});
