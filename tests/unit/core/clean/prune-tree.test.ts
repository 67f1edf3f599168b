/** Pruning: empty boxes go and bare single-block wrappers fold, without changing text or names. */
import { describe, expect, test } from 'vitest';
import { pruneTree } from '../../../../src/core/clean/prune-tree';
import { cleanBody } from '../../../helpers/clean-page';
import { domOf } from '../../../helpers/load-page';

const pruned = (html: string): string => {
  const body = domOf(`<!doctype html><html><body>${html}</body></html>`).window.document.body;
  pruneTree(body);
  return body.innerHTML;
};

describe('pruneTree', () => {
  test.each([
    ['empty div', '<p>a</p><div></div>', '<p>a</p>'],
    ['whitespace-only boxes, nested', '<p>a</p><div> <span> </span> </div>', '<p>a</p>'],
    ['bare wrapper chain around a block', '<div><div><section class="body"><p>a</p><p>b</p></section></div></div>', '<section class="body"><p>a</p><p>b</p></section>'],
    ['bare wrapper around a paragraph', '<div><p>a</p></div>', '<p>a</p>'],
    ['deep bare chain', `${'<div>'.repeat(300)}<p>a</p><p>b</p>${'</div>'.repeat(300)}`, '<div><p>a</p><p>b</p></div>'],
  ])('%s → folded', (_name, html, expected) => {
    expect(pruned(html)).toBe(expected);
  });

  // Hard negatives: names the engine scores, text, media, line breaks and inline children stay.
  test.each([
    ['named wrapper', '<div class="story"><p>a</p></div>'],
    ['wrapper with an id', '<div id="main"><p>a</p></div>'],
    ['empty box with a class', '<div class="media-wrapper"></div>'],
    ['empty box with a style', '<div style="height: 1px"></div>'],
    ['wrapper with its own text', '<div>Lead: <p>a</p></div>'],
    ['wrapper around an inline child', '<div><a href="https://x.example/">a</a></div>'],
    ['box holding only an image', '<div><img src="https://x.example/a.png"></div>'],
    ['line break', '<p>a<br></p>'],
    // Empty paragraphs are the engine's own business (it scores the gaps between paragraphs).
    ['empty paragraph', '<p>a</p><p> </p>'],
    ['empty table cell', '<table><tbody><tr><td></td><td>a</td></tr></tbody></table>'],
    ['two children', '<div><p>a</p><p>b</p></div>'],
  ])('%s → kept', (_name, html) => {
    expect(pruned(html)).toBe(html);
  });

  test('runs as the last cleaning step and is traced', () => {
    const run = cleanBody('<div><div><p>The committee met on Monday.</p></div></div><div></div>');
    expect(run.doc.body.innerHTML).toBe('<p>The committee met on Monday.</p>');
    expect(run.trace).toContainEqual({ stage: 'clean', rule: 'prune', detail: '3 elements' });
  });
});
