/** A video player's overlay ("1:26 Title" over the thumbnail) repeats the caption: it goes, the thumbnail and caption stay. */
import { describe, expect, test } from 'vitest';
import { cleanBody, LONG } from '../../../helpers/clean-page';

const player = (overlay: string, caption: string): string =>
  `<article><p>${LONG}</p><div class="player"><div class="inner"><span class="thumb"><img src="https://img.example/clip.jpg" alt="">` +
  `<span class="overlay">${overlay}</span></span></div><figcaption>${caption}</figcaption></div><p>${LONG}</p></article>`;

describe('player overlays beside a caption', () => {
  test.each([
    ['a clip length and the caption', '<time>1:26</time> <span>Leaders sign the papers</span>', 'Leaders sign the papers'],
    ['the caption alone', '<span>Leaders sign the papers</span>', 'Leaders sign the papers'],
    ['an hour-long clip', '<time>1:02:33</time><span>Leaders sign the papers</span>', 'Leaders sign the papers'],
  ])('%s', (_name, overlay, caption) => {
    const run = cleanBody(player(overlay, caption));
    expect(run.doc.querySelector('.overlay')).toBeNull();
    expect(run.doc.querySelector('figcaption')?.textContent).toBe(caption);
    expect(run.doc.querySelector('img')).not.toBeNull();
    expect(run.removed.map((r) => r.rule)).toContain('player-overlay');
  });

  test('a clip length beside a longer title: only the length goes', () => {
    const run = cleanBody(player('<time>6:14</time><span class="title">Groups meet</span>', 'Groups meet to plan the next steps of the campaign'));
    expect(run.doc.querySelector('time')).toBeNull();
    expect(run.doc.querySelector('.title')?.textContent).toBe('Groups meet');
  });

  test('hard negative: a caption standing loose in the article, its words repeated by a paragraph of it', () => {
    const html = `<article><p>${LONG}</p><p>The bridge will reopen in May</p><figcaption>The bridge will reopen in May</figcaption><p>${LONG}</p><p>${LONG}</p></article>`;
    const run = cleanBody(html);
    expect(run.removed.map((r) => r.rule)).not.toContain('player-overlay');
    expect(run.doc.querySelectorAll('p')).toHaveLength(4);
  });

  test.each([
    ['hard negative: a paragraph that differs from the caption', `<figure><img src="https://img.example/a.jpg" alt=""><p>Fans wait outside the stadium.</p><figcaption>The stadium on Monday</figcaption></figure>`, 'Fans wait outside the stadium.'],
    ['hard negative: a time of day in a sentence', `<figure><img src="https://img.example/a.jpg" alt=""><p>The polls closed at 8:00 p.m. across the state.</p><figcaption>Polls</figcaption></figure>`, 'The polls closed at 8:00 p.m. across the state.'],
  ])('%s', (_name, html, kept) => {
    const run = cleanBody(`<article><p>${LONG}</p>${html}<p>${LONG}</p></article>`);
    expect(run.text).toContain(kept);
    expect(run.removed.map((r) => r.rule)).not.toContain('player-overlay');
  });
});
