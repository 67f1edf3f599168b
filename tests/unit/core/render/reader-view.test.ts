/** The reader view's markup: header, lead figure, marked blocks, credits footer. */
import { describe, expect, test } from 'vitest';
import { articleOf, articlePage, domOf, PROSE, runHtml } from '../../../helpers/load-page';

describe('reader view', () => {
  const html = articlePage(PROSE, { head: '<meta name="author" content="Ann Lee"><meta property="og:site_name" content="The Daily"><meta property="article:published_time" content="2024-01-02T10:00:00Z">' })
    .replace('</article>', '<p>(Reporting by Ann Lee; Editing by Bo Chan)</p></article>');
  const { article } = articleOf(runHtml(html));
  const doc = domOf(article.html).window.document;

  test.each([
    ['article > header > h1', 'Test story'],
    ['header .vb-byline', 'By Ann Lee'],
    ['header .vb-site', 'The Daily'],
    ['header time[datetime="2024-01-02T10:00:00Z"]', 'January 2, 2024'],
    ['article > footer.vb-credits small', '(Reporting by Ann Lee; Editing by Bo Chan)'],
  ])('%s', (selector, text) => {
    expect(doc.querySelector(selector)?.textContent).toBe(text);
  });

  test('every body block is marked in order', () => {
    expect([...doc.querySelectorAll('[data-vb-block]')].map((el) => el.getAttribute('data-vb-block'))).toEqual(PROSE.map((_, i) => String(i)));
  });
});
