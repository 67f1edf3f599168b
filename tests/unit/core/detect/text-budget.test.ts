/**
 * The text budget: a page with more visible text than the engine can handle without holding the tab
 * is refused up front, for its size; inline script data (often megabytes of JSON) does not count.
 */
import { describe, expect, test } from 'vitest';
import { MAX_TEXT_CHARS, visibleChars } from '../../../../src/core/detect/index';
import { domOf, PROSE, runHtml } from '../../../helpers/load-page';

const prose = (chars: number): string => {
  const out: string[] = [];
  for (let n = 0, i = 0; n < chars; i++) {
    const p = PROSE[i % PROSE.length]!;
    out.push(`<p>${p}</p>`);
    n += p.length;
  }
  return out.join('');
};
const page = (body: string): string => `<!doctype html><html lang="en"><head><title>Long</title></head><body><article><h1>Long</h1>${body}</article></body></html>`;

describe('text budget', () => {
  test('visible characters leave out script, style and noscript, counted once when nested', () => {
    const doc = domOf('<body><p>abcde</p><script>var x = "0123456789";</script><style>p{}</style><noscript><p>12</p></noscript></body>').window.document;
    expect(visibleChars(doc.body)).toBe(5);
  });

  test('a page over the budget is refused for its size, with the figures', () => {
    const outcome = runHtml(page(prose(MAX_TEXT_CHARS + 5_000)));
    expect(outcome).toMatchObject({ kind: 'not-article', limit: true });
    if (outcome.kind === 'not-article') expect(outcome.reason).toMatch(/too long .* characters of text; the limit is 500,000\)/);
  });

  test('megabytes of inline script data do not count against it', () => {
    const data = `<script type="application/json">${JSON.stringify({ x: 'y'.repeat(MAX_TEXT_CHARS) })}</script>`;
    expect(runHtml(page(prose(20_000) + data)).kind).toBe('article');
  });
});
