/** The guard: cleaning never eats the article, and says so in the trace. */
import { describe, expect, test } from 'vitest';
import { cleanBody, LONG } from '../../../helpers/clean-page';

const ARTICLE = [LONG, LONG, LONG, LONG].map((p) => `<p>${p}</p>`).join('');

describe('text-loss guard', () => {
  test('a rule matching the element that holds the article keeps it (guard-element)', () => {
    // A comment-thread id on the story container: comment rules may hold prose, so only the guard stops it.
    const run = cleanBody(`<div id="comments">${ARTICLE}</div><p>Short note.</p>`);
    expect(run.doc.querySelectorAll('p')).toHaveLength(5);
    expect(run.trace.some((t) => t.rule === 'guard-element')).toBe(true);
  });

  test('an article landmark and its ancestors are never removed (guard-protected)', () => {
    const run = cleanBody(`<div class="comment-wrapper"><article>${ARTICLE}</article></div>`);
    expect(run.doc.querySelectorAll('article p')).toHaveLength(4);
    expect(run.trace.some((t) => t.rule === 'guard-protected')).toBe(true);
  });

  test('a rule whose many small removals add up to most of the text is undone (guard-rule)', () => {
    // Every paragraph wrapped in its own "comment" box: each one is small, together they are the story.
    const wrapped = [LONG, LONG, LONG, LONG, LONG].map((p) => `<div class="comment"><p>${p}</p></div>`).join('');
    const run = cleanBody(`<div>${wrapped}</div>`);
    expect(run.doc.querySelectorAll('p')).toHaveLength(5);
    expect(run.removed).toEqual([]);
    expect(run.trace.some((t) => t.rule === 'guard-rule' && t.detail.startsWith('comments-name'))).toBe(true);
  });

  test('without the guard conditions, the same rule still removes real comment boxes', () => {
    const run = cleanBody(`<div>${ARTICLE}<div class="comment"><p>Nice article.</p></div></div>`);
    expect(run.removed.map((r) => r.rule)).toEqual(['comments-name']);
  });
});

describe('idempotence', () => {
  test.each([
    ['seed-like AMP markup', `<amp-sidebar><nav><a href="/">World</a></nav></amp-sidebar><header><button>Menu</button><button>Topics</button></header><article>${ARTICLE}<div class="l-ad"><amp-ad type="x"></amp-ad></div><div>Story continues below advertisement</div></article><div><p>You are viewing an Accelerated Mobile Webpage.</p></div>`],
    ['regular markup', `<nav><a href="/">Home</a></nav><article>${ARTICLE}<div class="ad-container"><div>Advertisement</div></div><aside class="related"><h4>Related</h4><a href="/a">Other</a></aside></article><footer>© 2024</footer>`],
  ])('cleaning twice removes nothing more: %s', (_name, html) => {
    const once = cleanBody(html);
    const twice = cleanBody(once.doc.body.innerHTML);
    expect(twice.removed).toEqual([]);
    expect(twice.doc.body.innerHTML).toBe(once.doc.body.innerHTML);
  });
});
