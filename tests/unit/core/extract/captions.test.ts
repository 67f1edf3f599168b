/** Captions: parts the page's CSS set apart are spaced; a label written twice reads once. */
import { describe, expect, test } from 'vitest';
import { tidyCaptions } from '../../../../src/core/extract/captions';
import { articleOf, articlePage, domOf, PROSE, runHtml } from '../../../helpers/load-page';

const captionText = (html: string): string => {
  const doc = domOf(`<html><body><figure><img src="a.jpg"><figcaption>${html}</figcaption></figure></body></html>`).window.document;
  tidyCaptions(doc.body);
  return doc.querySelector('figcaption')!.textContent ?? '';
};

describe('caption parts', () => {
  test.each([
    ['a sentence, then the credit part', '<span>A ferry leaves the harbour at dawn.</span><span>Photo by Ana Ruiz</span>', 'A ferry leaves the harbour at dawn. Photo by Ana Ruiz'],
    ['a paragraph inside a span, then the credit', '<span><p>Volunteers sort parcels.</p></span><span>Credit: Lee Moss</span>', 'Volunteers sort parcels. Credit: Lee Moss'],
    ['a label element, then the name as text', '<span><span>Credit</span>Tom Hale/Harbour Daily</span>', 'Credit Tom Hale/Harbour Daily'],
    ['text, then an element', 'The bridge after the storm.<span>Ivo Berg / Wire Photos</span>', 'The bridge after the storm. Ivo Berg / Wire Photos'],
  ])('%s', (_name, html, want) => expect(captionText(html)).toBe(want));

  test.each([
    ['a drop cap (one letter)', '<span>T</span><span>he</span> market square', 'The market square'],
    ['a lower-case continuation', '<b>Harbour</b><span>side</span> cafés', 'Harbourside cafés'],
    ['a space already there', '<span>Dawn.</span> <span>Photo by Ana Ruiz</span>', 'Dawn. Photo by Ana Ruiz'],
  ])('left as written: %s (hard negative)', (_name, html, want) => expect(captionText(html)).toBe(want));
});

describe('a label written twice', () => {
  test('the screen-reader copy of a credit label goes; one “Credit” is left', () => {
    expect(captionText('<span>Rain on the pier.</span><span><span>Credit</span><span><span>Credit</span><span>Mara Lind/Coast News</span></span></span>'))
      .toBe('Rain on the pier. Credit Mara Lind/Coast News');
  });

  test('two different labels both stay (hard negative)', () => {
    expect(captionText('<span>Photo</span><span><span>Credit</span><span>Mara Lind</span></span>')).toBe('Photo Credit Mara Lind');
  });

  test('a repeated word that is no label (a long part) stays (hard negative)', () => {
    expect(captionText('<span>Boats wait here</span><span><span>Boats wait here</span> for the tide.</span>')).toBe('Boats wait here Boats wait here for the tide.');
  });
});

describe('in the pipeline', () => {
  test('the body caption and the lead image caption read with their parts spaced', () => {
    const figure = '<figure><img src="https://news.example/pier.jpg" width="800" height="500"><figcaption><span>Rain on the pier.</span><span><span>Credit</span><span><span>Credit</span><span>Mara Lind/Coast News</span></span></span></figcaption></figure>';
    const outcome = articleOf(runHtml(articlePage(PROSE, { before: figure })));
    const caption = outcome.article.leadImage?.caption ?? outcome.article.blocks.find((b) => b.tag === 'figcaption')?.text;
    expect(caption).toBe('Rain on the pier. Credit Mara Lind/Coast News');
    expect(outcome.trace.some((t) => t.rule === 'caption-parts')).toBe(true);
  });
});
