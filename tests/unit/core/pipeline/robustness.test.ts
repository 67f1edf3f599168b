/**
 * Property-based robustness (fast-check): random and mutated article pages built from the shapes
 * real pages use. The pipeline never throws, cleaning is idempotent, cleaning never takes the
 * paragraphs that hold most of the article's text, and no boilerplate reaches the body blocks.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cleanBody } from '../../../helpers/clean-page';
import { PROSE, runHtml } from '../../../helpers/load-page';

const CLASSES = ['content', 'story', 'ad', 'c-ad', 'share', 'comments', 'related', 'newsletter', 'nav', 'body', 'wrapper', 'l-article__text', 'sidebar'];
const FURNITURE = [
  '<div>Story continues below advertisement</div>',
  '<div class="ad-label">Advertisement</div>',
  '<amp-ad width="300" height="250" type="x"></amp-ad>',
  '<nav><a href="/a">World</a> <a href="/b">Sport</a></nav>',
  '<div><button>Menu</button><button>Topics</button></div>',
  '<p>Want to discuss? Please read our Commenting Policy first.</p>',
  '<div class="share"><a href="https://facebook.com/s">Facebook</a></div>',
  '<p>You are viewing an Accelerated Mobile Webpage.</p>',
];
const BOILERPLATE = /Story continues below|^Advertisement$|Commenting Policy|Accelerated Mobile|^Menu/m;

const paragraph = fc.constantFrom(...PROSE).map((p) => `<p>${p}</p>`);
const furniture = fc.constantFrom(...FURNITURE);
const piece = fc.oneof({ weight: 3, arbitrary: paragraph }, { weight: 1, arbitrary: furniture });
const wrap = (inner: string, cls: string): string => `<div class="${cls}">${inner}</div>`;
const page = fc
  .record({
    pieces: fc.array(piece, { minLength: 3, maxLength: 14 }),
    wrappers: fc.array(fc.constantFrom(...CLASSES), { maxLength: 4 }),
    broken: fc.boolean(),
  })
  .filter(({ pieces }) => pieces.filter((p) => p.startsWith('<p>The') || PROSE.some((q) => p.includes(q))).length >= 3)
  .map(({ pieces, wrappers, broken }) => {
    const body = wrappers.reduce((inner, cls) => wrap(inner, cls), pieces.join(''));
    // Mutation: drop every closing </div>, as broken CMS templates do.
    return broken ? body.replace(/<\/div>/g, '') : body;
  });

const proseLength = (text: string): number => PROSE.reduce((n, p) => n + (text.split(p).length - 1) * p.length, 0);

describe('robustness', () => {
  test('the pipeline never throws and never puts boilerplate into the body', () => {
    fc.assert(
      fc.property(page, (body) => {
        const outcome = runHtml(`<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`);
        if (outcome.kind === 'article') expect(outcome.article.text).not.toMatch(BOILERPLATE);
      }),
      { numRuns: 40 },
    );
  });

  test('cleaning is idempotent', () => {
    fc.assert(
      fc.property(page, (body) => {
        const once = cleanBody(body);
        const twice = cleanBody(once.doc.body.innerHTML);
        expect(twice.doc.body.innerHTML).toBe(once.doc.body.innerHTML);
      }),
      { numRuns: 40 },
    );
  });

  test('cleaning keeps most of the article text, whatever the wrappers are called', () => {
    fc.assert(
      fc.property(page, (body) => {
        const before = proseLength(body);
        const after = proseLength(cleanBody(body).text);
        expect(after).toBeGreaterThanOrEqual(before * 0.5);
      }),
      { numRuns: 40 },
    );
  });
});
