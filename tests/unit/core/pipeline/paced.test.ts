/**
 * runPagePaced, the paced run the content script uses (there without the quotes stage; here with
 * the quotes engine bound, as processPage has it): the same outcome as processPage, a pause after
 * every stage so the tab can paint and take input in between, and a clear refusal once the time
 * budget is spent.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { processPage } from '../../../../src/core/index';
import { runPagePaced } from '../../../../src/core/pipeline';
import { quoteFinder } from '../../../../src/core/quote-finder';
import type { Pacing } from '../../../../src/core/types';
import { domOf, type View } from '../../../helpers/load-page';

const SEED = readFileSync(resolve(__dirname, '../../../pages/amp-seed/source.html'), 'utf8');
const URL = 'https://news.example.test/amp/story';

function seed(): { doc: Document; view: View } {
  const dom = domOf(SEED, URL);
  return { doc: dom.window.document, view: dom.window as unknown as View };
}

/** A pacing that counts its pauses; `budgetMs` as given. */
function counting(budgetMs: number): Pacing & { pauses: number } {
  const pacing = { pauses: 0, budgetMs, pause: async () => void pacing.pauses++ };
  return pacing;
}

describe('runPagePaced', () => {
  test('gives the outcome processPage gives, pausing after each of the four stages before quotes', async () => {
    const a = seed();
    const b = seed();
    const pacing = counting(60_000);
    const paced = await runPagePaced(a.doc, { view: a.view }, pacing, quoteFinder);
    const whole = processPage(b.doc, { view: b.view });
    expect(pacing.pauses).toBe(4);
    expect(paced.kind).toBe('article');
    if (paced.kind !== 'article' || whole.kind !== 'article') return;
    expect(paced.article.text).toBe(whole.article.text);
    expect(paced.quotes).toEqual(whole.quotes);
    expect(paced.speakers).toEqual(whole.speakers);
  });

  test('past its time budget it gives up with a limit refusal that says why, keeping the metadata', async () => {
    const { doc, view } = seed();
    const pacing = counting(-1);
    const outcome = await runPagePaced(doc, { view, trace: true }, pacing, quoteFinder);
    expect(outcome).toMatchObject({ kind: 'not-article', limit: true, reason: expect.stringMatching(/too long to turn into a reader view/) });
    if (outcome.kind !== 'not-article') return;
    expect(outcome.meta.title).toMatch(/Russia sees room for dialogue/);
    expect(outcome.trace.map((t) => t.rule)).toContain('over-time-budget');
    expect(pacing.pauses, 'it stops at the first stage boundary').toBe(0);
  });

  test('a page detect refuses never pauses', async () => {
    const dom = domOf('<html><body></body></html>');
    const pacing = counting(60_000);
    const outcome = await runPagePaced(dom.window.document, { view: dom.window as unknown as View }, pacing, quoteFinder);
    expect(outcome).toMatchObject({ kind: 'not-article', limit: false });
    expect(pacing.pauses).toBe(0);
  });
});
