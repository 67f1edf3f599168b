/** A heading the next paragraph repeats word for word (a slideshow's headline over its description) is read once. */
import { describe, expect, test } from 'vitest';
import { articleOf, articlePage, PROSE, runHtml } from '../../../helpers/load-page';

const SLIDE = 'Workers lift the new bell into the tower of the old town hall on Monday, watched by a small crowd (Photo: Ada Kern)';

/** The article's blocks with `insert` set among the prose paragraphs. */
const blocksOf = (insert: string): { tag: string; text: string }[] => {
  const html = articlePage(PROSE).replace(`<p>${PROSE[2]}</p>`, `${insert}<p>${PROSE[2]}</p>`);
  return articleOf(runHtml(html)).article.blocks.map((b) => ({ tag: b.tag, text: b.text }));
};

describe('a heading repeated by the paragraph after it', () => {
  test('the heading goes, the paragraph stays', () => {
    const blocks = blocksOf(`<div><h2>${SLIDE}</h2><p>${SLIDE}</p></div>`);
    expect(blocks.filter((b) => b.text === SLIDE)).toEqual([{ tag: 'p', text: SLIDE }]);
  });

  test.each([
    ['two equal paragraphs in a row', `<p>${SLIDE}</p><p>${SLIDE}</p>`, 2],
    ['a short heading the paragraph repeats', '<h2>Local news</h2><p>Local news</p>', 2],
    ['a heading followed by a different paragraph', `<h2>${SLIDE}</h2><p>${SLIDE} and more.</p>`, 1],
  ])('left as written: %s (hard negative)', (_name, html, copies) => {
    const blocks = blocksOf(`<div>${html}</div>`);
    const text = html.includes('Local news') ? 'Local news' : SLIDE;
    expect(blocks.filter((b) => b.text === text).length).toBe(copies);
  });
});
