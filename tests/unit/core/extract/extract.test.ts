/** Extraction through the public pipeline: subheadings, lead image, credits, byline, blocks. */
import { describe, expect, test } from 'vitest';
import { isDateline } from '../../../../src/core/extract/page-byline';
import { articleOf, articlePage, PROSE, runHtml } from '../../../helpers/load-page';

const [A, B, C, D, E] = PROSE as [string, string, string, string, string];

function blocksOf(html: string): { tag: string; text: string }[] {
  return articleOf(runHtml(html)).article.blocks.map(({ tag, text }) => ({ tag, text }));
}

describe('subheadings survive as h2', () => {
  test.each([
    ['an all-caps paragraph', '<p>DIPLOMATIC WINDOW</p>', 'DIPLOMATIC WINDOW'],
    ['a fully bold short paragraph', '<p><strong>What happens next</strong></p>', 'What happens next'],
    ['an all-caps paragraph with digits', '<p>NATO REDEPLOYMENTS IN 2022</p>', 'NATO REDEPLOYMENTS IN 2022'],
  ])('%s', (_name, heading, text) => {
    const blocks = blocksOf(articlePage([A, B, C], { between: '' }).replace(`<p>${B}</p>`, `${heading}<p>${B}</p>`));
    expect(blocks.map((b) => b.tag)).toEqual(['p', 'h2', 'p', 'p']);
    expect(blocks[1]?.text).toBe(text);
  });

  test.each([
    ['a shouted sentence', '<p>THE VOTE WAS DELAYED.</p>'],
    ['a bold lead-in with a link', '<p><strong><a href="https://x.example/">Read the report</a></strong></p>'],
    ['a normal short sentence', '<p>It was late.</p>'],
  ])('not a heading: %s', (_name, para) => {
    const blocks = blocksOf(articlePage([A, B, C]).replace(`<p>${B}</p>`, `${para}<p>${B}</p>`));
    expect(blocks.filter((b) => b.tag === 'h2')).toEqual([]);
  });

  test('a heading Readability drops (a short sibling of the scored container) is put back between its paragraphs', () => {
    const html = `<html><body><div><p>${A}</p><p>${B}</p></div><h2>Buses and ferries</h2><div><p>${C}</p><p>${D}</p></div></body></html>`;
    const outcome = articleOf(runHtml(html));
    expect(outcome.article.blocks.map((b) => b.tag)).toEqual(['p', 'p', 'h2', 'p', 'p']);
    expect(outcome.trace).toContainEqual({ stage: 'extract', rule: 'restore-subheadings', detail: '1 heading(s) put back' });
  });

  test('a heading outside the kept paragraphs is not put back (hard negative)', () => {
    const blocks = blocksOf(articlePage([A, B, C]).replace('</article>', '</article><aside><h2 class="promo-title">Elsewhere on the site</h2></aside>'));
    expect(blocks.map((b) => b.text)).not.toContain('Elsewhere on the site');
  });

  test('a real h3 between paragraphs stays a heading', () => {
    const blocks = blocksOf(articlePage([A, B, C]).replace(`<p>${B}</p>`, `<h3>Buses and ferries</h3><p>${B}</p>`));
    expect(blocks[1]).toEqual({ tag: 'h3', text: 'Buses and ferries' });
  });
});

describe('lead image', () => {
  test('the figure before the first paragraph, with its caption, moves to the header', () => {
    const html = articlePage([A, B, C, D], {}).replace('<h1>Test story</h1>', '<h1>Test story</h1><figure><img src="https://img.example/lead.jpg" alt="Lead" width="1200" height="800"><figcaption>The caption.</figcaption></figure>');
    const { article } = articleOf(runHtml(html));
    expect(article.leadImage).toEqual({ src: 'https://img.example/lead.jpg', alt: 'Lead', caption: 'The caption.' });
    expect(article.blocks.map((b) => b.text)).not.toContain('The caption.');
    expect(article.html.match(/lead\.jpg/g)).toHaveLength(1);
  });

  test('a caption marked only by its class before extraction still captions the body’s opening image', () => {
    const image = '<div class="image"><div class="frame"><img src="https://img.example/pier.jpg" alt="The pier at dusk"></div><p class="caption">The pier at dusk, seen from the old quay. Source: Supplied</p></div>';
    const html = articlePage([A, B, C, D]).replace(`<p>${A}</p>`, `${image}<p>${A}</p>`);
    const { article } = articleOf(runHtml(html));
    expect(article.leadImage).toEqual({ src: 'https://img.example/pier.jpg', alt: 'The pier at dusk', caption: 'The pier at dusk, seen from the old quay. Source: Supplied' });
    expect(article.blocks.map((b) => b.text)).toEqual([A, B, C, D]);
  });

  test('og:image when the page shows none', () => {
    const html = articlePage([A, B, C], { head: '<meta property="og:image" content="https://img.example/og.jpg">' });
    expect(articleOf(runHtml(html)).article.leadImage).toEqual({ src: 'https://img.example/og.jpg', alt: '', caption: null });
  });

  test('the same image file at another size further down is the lead image, shown once with its caption', () => {
    const figure = '<figure><img src="https://img.example/p/harbour.jpg?width=640&crop=3:2" alt="The harbour" width="640" height="427"><figcaption>The harbour at dawn.</figcaption></figure>';
    const html = articlePage([A, B, C, D], { head: '<meta property="og:image" content="https://img.example/p/harbour.jpg?width=1200">' }).replace(`<p>${C}</p>`, `${figure}<p>${C}</p>`);
    const { article } = articleOf(runHtml(html));
    expect(article.leadImage).toEqual({ src: 'https://img.example/p/harbour.jpg?width=1200', alt: 'The harbour', caption: 'The harbour at dawn.' });
    expect(article.html.match(/harbour\.jpg/g)).toHaveLength(1);
  });

  test('images a script serves by query are different images (hard negative)', () => {
    const figure = '<figure><img src="https://img.example/image.php?id=2" alt="Two" width="640" height="427"><figcaption>The second picture.</figcaption></figure>';
    const html = articlePage([A, B, C, D], { head: '<meta property="og:image" content="https://img.example/image.php?id=1">' }).replace(`<p>${C}</p>`, `${figure}<p>${C}</p>`);
    const { article } = articleOf(runHtml(html));
    expect(article.leadImage?.caption).toBeNull();
    expect(article.html).toContain('image.php?id=2');
  });

  test.each([
    ['a site logo', 'https://img.example/assets/social_default_logo-2019.png'],
    ['an icon', 'https://img.example/misc/icon-search-intl.png'],
    ['a default promo picture', 'https://img.example/promos/defaultPromoCrop.png'],
    ['a logo run on with another word', 'https://img.example/static/logotype-print.jpg'],
  ])('og:image naming %s in its file name is no lead image', (_name, src) => {
    const html = articlePage([A, B, C], { head: `<meta property="og:image" content="${src}">` });
    expect(articleOf(runHtml(html)).article.leadImage).toBeNull();
  });

  test('a page image named as an icon is passed over for the photo before the text', () => {
    const html = articlePage([A, B, C], { before: '<figure><img src="https://img.example/photos/quay.jpg" alt="Quay"></figure><div><img src="https://img.example/ui/icon-menu.png" alt=""></div>' });
    expect(articleOf(runHtml(html)).article.leadImage?.src).toBe('https://img.example/photos/quay.jpg');
  });

  test('furniture words in the folders, not the file name, do not count (hard negative)', () => {
    const html = articlePage([A, B, C], { head: '<meta property="og:image" content="https://img.example/sites/default/files/icons/harbour-at-dawn.jpg">' });
    expect(articleOf(runHtml(html)).article.leadImage?.src).toBe('https://img.example/sites/default/files/icons/harbour-at-dawn.jpg');
  });

  test('a small logo is never the lead image (hard negative)', () => {
    const html = articlePage([A, B, C], { before: '<div><img src="https://img.example/logo.png" width="120" height="30" alt="Logo"></div>' });
    expect(articleOf(runHtml(html)).article.leadImage).toBeNull();
  });
});

describe('figures without media', () => {
  test('a gallery slide whose embed is gone reads as body text, not in caption type', () => {
    const slide = `<figure><div class="embed"></div><figcaption><h2>2. The lighthouse keeper</h2><p>${D}</p></figcaption></figure>`;
    const { article } = articleOf(runHtml(articlePage([A, B, C]).replace(`<p>${C}</p>`, `<p>${C}</p>${slide}`)));
    expect(article.blocks.slice(-2).map((b) => b.tag)).toEqual(['h2', 'p']);
    expect(article.html).not.toMatch(/<fig/);
  });

  test('a one-line caption without its media stays a caption (hard negative)', () => {
    const { article } = articleOf(runHtml(articlePage([A, B, C]).replace(`<p>${C}</p>`, `<figure><div class="player"></div><figcaption>WATCH: the ferry leaves port</figcaption></figure><p>${C}</p>`)));
    expect(article.html).toMatch(/<figcaption[^>]*>WATCH: the ferry leaves port<\/figcaption>/);
  });
});

describe('media labels', () => {
  const figure = (label: string) => `<figure><p><span>${label}</span><img src="https://img.example/quay.jpg" alt="" width="800" height="500"></p><figcaption>Boats at the quay.</figcaption></figure>`;

  test('a media-kind label beside the image is dropped, the image and its caption stay', () => {
    const { article } = articleOf(runHtml(articlePage([A, B, C, D]).replace(`<p>${C}</p>`, `${figure('Image')}<p>${C}</p>`)));
    expect(article.html).not.toMatch(/>Image</);
    expect(article.html).toContain('quay.jpg');
    expect(article.blocks.map((b) => b.text)).toContain('Boats at the quay.');
  });

  test('a label with words of its own stays (hard negative)', () => {
    const { article } = articleOf(runHtml(articlePage([A, B, C, D]).replace(`<p>${C}</p>`, `${figure('Image of the week')}<p>${C}</p>`)));
    expect(article.html).toContain('Image of the week');
  });
});

describe('credits and byline', () => {
  test('a credits line at the end becomes Article.credits, not a block', () => {
    const { article } = articleOf(runHtml(articlePage([A, B, C, '(Reporting by Jane Doe; Editing by John Roe)'])));
    expect(article.credits).toBe('(Reporting by Jane Doe; Editing by John Roe)');
    expect(article.text).not.toContain('Editing by');
  });

  test('a credits-like sentence in the middle stays in the body', () => {
    const { article } = articleOf(runHtml(articlePage([A, 'Reporting by the local paper in 2019 first exposed the problem, officials said.', B, C, D, E])));
    expect(article.credits).toBeNull();
    expect(article.blocks).toHaveLength(6);
  });

  test('a "By …" line repeating the byline is not body text', () => {
    const html = articlePage([`By Jane Doe`, A, B, C], { head: '<meta name="author" content="Jane Doe">' });
    const { article } = articleOf(runHtml(html));
    expect(article.byline).toBe('Jane Doe');
    expect(article.blocks.map((b) => b.text)).toEqual([A, B, C]);
  });

  test('the author’s photo and a list holding only the date, near the top, are not body content', () => {
    const meta = '<div><p><a href="https://news.example/by/jane-doe"><img src="https://img.example/jane.jpg" alt="Jane Doe"></a></p><ul><li><time datetime="2024-02-12">Feb. 12, 2024</time></li><li></li></ul></div>';
    const html = articlePage([A, B, C], { head: '<meta name="author" content="Jane Doe">' }).replace(`<p>${A}</p>`, `<p>${A}</p>${meta}`);
    const { article } = articleOf(runHtml(html));
    expect(article.html).not.toContain('jane.jpg');
    expect(article.html).not.toMatch(/<ul|<li/);
    expect(article.blocks.map((b) => b.text)).toEqual([A, B, C]);
  });

  test('a photo of someone else and a list of dated events stay (hard negative)', () => {
    const list = '<ul><li>Feb. 12, 2024: the council meets</li><li>March 3, 2024: the vote</li></ul>';
    const photo = '<p><img src="https://img.example/mayor.jpg" alt="John Roe" width="800" height="500"></p>';
    const html = articlePage([A, B, C], { head: '<meta name="author" content="Jane Doe">' }).replace(`<p>${A}</p>`, `<p>${A}</p>${photo}${list}`);
    const { article } = articleOf(runHtml(html));
    expect(article.html).toContain('mayor.jpg');
    expect(article.blocks.filter((b) => b.tag === 'li')).toHaveLength(2);
  });

  test.each([
    ['a byline in capitals reads in the case of a name', 'MARIA OKAFOR AND JOHN O’BRIEN', 'Maria Okafor and John O’Brien'],
    ['hard negative: a byline in mixed case stays as written', 'Maria Okafor and JOHN DOE', 'Maria Okafor and JOHN DOE'],
  ])('%s', (_name, author, shown) => {
    const { article } = articleOf(runHtml(articlePage([A, B, C], { head: `<meta name="author" content="${author}">` })));
    expect(article.byline).toBe(shown);
  });
});

describe('the byline the page marks', () => {
  const dated = (para: string) => `<span class="dateline">HARBORTOWN —</span> ${para}`;
  test.each<[string, string, string | null]>([
    ['a header byline outside the text block', '<header><span class="story-byline">By Erin Vale</span></header>', 'Erin Vale'],
    ['an author link', '<header><a rel="author" href="/people/erin-vale">Erin Vale</a></header>', 'Erin Vale'],
    ['a separator after the name', '<header><span class="byline">Erin Vale —</span></header>', 'Erin Vale'],
    ['hard negative: a dateline is no byline', '', null],
    ['hard negative: a dateline marked as a byline', '<header><span class="byline-place">HARBORTOWN —</span></header>', null],
    ['hard negative: a long author card is no byline', `<div class="byline-card">${A}</div>`, null],
  ])('%s', (_name, before, byline) => {
    const html = `<!doctype html><html lang="en"><head><title>Test story</title></head><body>${before}<div class="story"><h1>Test story</h1><p>${dated(A)}</p><p>${B}</p><p>${C}</p><p>${D}</p></div></body></html>`;
    expect(articleOf(runHtml(html)).article.byline).toBe(byline);
  });

  test.each([
    ['HARBORTOWN —', true],
    ['LONDON (Reuters) -', true],
    ['NEW YORK –', true],
    ['By Erin Vale', false],
    ['ERIN VALE', false],
  ])('%j reads as a dateline: %s', (text, dateline) => {
    expect(isDateline(text)).toBe(dateline);
  });
});

describe('blocks', () => {
  test('lists, quotes and loose text become blocks in reading order', () => {
    const html = articlePage([A, B]).replace('</article>', `<blockquote><p>${C}</p></blockquote><ul><li>First point of the list</li><li>Second point of the list</li></ul><div>${D}<p>${E}</p></div></article>`);
    expect(blocksOf(html).map((b) => b.tag)).toEqual(['p', 'p', 'blockquote', 'li', 'li', 'p', 'p']);
  });

  test('a <br> separates words', () => {
    const blocks = blocksOf(articlePage([A, `${B}<br>Second line of the same paragraph.`]));
    expect(blocks[1]?.text).toBe(`${B} Second line of the same paragraph.`);
  });
});
