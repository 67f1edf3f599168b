import { describe, expect, test } from 'vitest';
import { nestingEstimate, parseHtml } from '../../../src/cli/load-input';

describe('nestingEstimate', () => {
  test.each([
    ['<div><div><span>x</span></div></div>', 3],
    ['<p>one<p>two<p>three', 0], // p closes itself: unclosed paragraphs do not nest
    ['<ul><li>a<li>b<li>c</ul>', 1],
    ['<div><img src="a.jpg"><br><hr/></div>', 1],
    ['<svg><path d="M0"/><g><rect/></g></svg>', 2],
    ['no markup', 0],
  ])('%s → %d', (html, depth) => {
    expect(nestingEstimate(html)).toBe(depth);
  });

  test('counts deep nesting linearly', () => {
    expect(nestingEstimate('<div>'.repeat(12_000) + '</div>'.repeat(12_000))).toBe(12_000);
  });
});

describe('parseHtml', () => {
  test('refuses a page nested deeper than jsdom can build', async () => {
    const result = await parseHtml(`<html><body>${'<section>'.repeat(6_000)}</body></html>`, 'https://x.example/');
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/nested too deeply/) });
  });

  test('accepts an ordinary page', async () => {
    const result = await parseHtml('<html><body><article><p>Hello.</p></article></body></html>', 'https://x.example/');
    expect(result.ok).toBe(true);
  });
});
