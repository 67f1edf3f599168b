/** Structural rules and class/id name segments, each with a hard negative. */
import { describe, expect, test } from 'vitest';
import { NAME_SEGMENT_RULES, SELECTOR_RULES } from '../../../../src/core/clean/boilerplate-selectors';
import { segmentsOf } from '../../../../src/core/clean/remove-by-selector';
import { cleanBody, LONG } from '../../../helpers/clean-page';

const STRUCTURAL: [string, string, string][] = [
  ['<amp-ad width="300" height="250" type="doubleclick"></amp-ad>', 'ad', 'amp-ad'],
  ['<amp-sticky-ad layout="nodisplay"><amp-ad type="doubleclick"></amp-ad></amp-sticky-ad>', 'ad', 'amp-ad'],
  ['<amp-analytics type="gtag"></amp-analytics>', 'hidden', 'amp-analytics'],
  ['<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">Home</a></li></ul></amp-sidebar>', 'menu', 'amp-sidebar'],
  ['<nav><a href="/world">World</a> <a href="/politics">Politics</a></nav>', 'menu', 'nav'],
  ['<div role="navigation"><a href="/world">World</a></div>', 'menu', 'nav'],
  ['<div id="div-gpt-ad-12345-0"><img src="https://ads.example/c.png" alt=""></div>', 'ad', 'ad-slot'],
  ['<div data-ad-unit="/123/news"><img src="https://ads.example/a.png" alt=""></div>', 'ad', 'ad-slot'],
  ['<amp-social-share type="twitter"></amp-social-share>', 'share', 'share-buttons'],
  ['<div id="comments"><p>Great piece, thanks for writing it.</p></div>', 'comments', 'comment-thread'],
  ['<footer><a href="/privacy">Privacy</a> © 2024 The Daily</footer>', 'menu', 'page-footer'],
  ['<div role="dialog"><p>We use cookies to improve your experience.</p></div>', 'other', 'dialog'],
];

const NAMED: [string, string, string][] = [
  ['<div class="c-ad c-ad--bigbox"><img src="https://ads.example/b.png" alt=""></div>', 'ad', 'ad-name'],
  ['<div class="helper__AdContainer-sc-12"><span>Sponsor</span></div>', 'ad', 'ad-name'],
  ['<ul class="social-share"><li><a href="https://facebook.com/sharer">Post it</a></li></ul>', 'share', 'share-name'],
  ['<div class="newsletter-box"><p>Get the morning briefing free.</p></div>', 'newsletter', 'newsletter-name'],
  // (a short line indented deep in the page's source is no prose: "$5/month" with 150 spaces around it)
  [`<div class="newsletter-box"><p>${' '.repeat(150)}$5/month${' '.repeat(20)}</p><p>Cancel any time.</p></div>`, 'newsletter', 'newsletter-name'],
  // (a long sign-up pitch in a newsletter box is the box's own text, not article prose)
  ['<div class="p-4 newsletter-wrapper"><p>Sign up for Harbor Notes, a paid weekly newsletter from Ana Vale about what the town council argues over behind closed doors. Your first month costs nothing!</p><p>We take cards and bank transfers.</p></div>', 'newsletter', 'newsletter-name'],
  ['<div class="related-links"><a href="/x">Another story about the council</a></div>', 'related', 'related-name'],
  ['<section class="comments-area"><p>First!</p></section>', 'comments', 'comments-name'],
  ['<div class="breadcrumb"><a href="/">Front page</a> › <a href="/news">News</a></div>', 'menu', 'menu-name'],
  ['<div class="author-bio"><p>Ana Vale covers the harbour and city hall. She joined the paper in 2019.</p></div>', 'other', 'author-bio-name'],
  ['<aside class="donate-box"><h3>Keep local news free</h3><p>Give what you can.</p><a href="/give">Give now</a></aside>', 'other', 'support-ask-name'],
];

/** Hard negatives: names and structures that look like furniture but are not. */
const KEPT = [
  '<div class="shadow-box"><p>Boxed note that is part of the story.</p></div>', // "shadow" holds "ad" only inside a word
  '<div class="thread-header"><p>Thread heading text.</p></div>', // "thread" is not "ad"
  '<div class="header-add-button"><p>Add to calendar</p></div>', // "add" is not "ad"
  '<article><footer><p>Filed from the town hall.</p></footer></article>', // an article's own footer
  `<div class="article-body share-enabled"><p>${LONG}</p></div>`, // a named box that holds prose is the article
  `<div class="story-body share-enabled"><p>Join ${LONG}</p></div>`, // prose opening like a pitch outside a newsletter box is the article
  '<div class="biography-card"><p>Founder of the harbour choir.</p></div>', // "biography" is not "bio"
  `<div class="author-bio"><p>${LONG}</p></div>`, // a bio as long as article prose is kept
];

describe('structural rules', () => {
  test.each(STRUCTURAL)('%s → %s (%s)', (html, kind, rule) => {
    const run = cleanBody(`<p>${LONG}</p>${html}<p>${LONG}</p>`);
    expect(run.removed.map((r) => [r.kind, r.rule])).toEqual([[kind, rule]]);
    expect(run.doc.querySelectorAll('p:not(#comments p, [role] p)')).toHaveLength(2);
  });

  test('every structural rule has an example', () => {
    expect(SELECTOR_RULES.map((r) => r.id).sort()).toEqual([...new Set(STRUCTURAL.map(([, , id]) => id))].sort());
  });
});

describe('class/id names', () => {
  test.each(NAMED)('%s → %s (%s)', (html, kind, rule) => {
    const run = cleanBody(`<p>${LONG}</p>${html}<p>${LONG}</p>`);
    expect(run.removed.map((r) => [r.kind, r.rule])).toEqual([[kind, rule]]);
  });

  test.each(KEPT)('kept: %s', (html) => {
    const run = cleanBody(`<p>${LONG}</p>${html}<p>${LONG}</p>`);
    expect(run.removed).toEqual([]);
  });

  test.each([
    ['c-ad--bigbox', ['c', 'ad', 'bigbox']],
    ['helper__AdContainer-sc-12ggaoi-0', ['helper', 'ad', 'container', 'sc', '12ggaoi', '0']],
    ['MarkupAds__Container', ['markup', 'ads', 'container']],
    ['shadow', ['shadow']],
  ])('segments of %s', (name, segments) => {
    expect(segmentsOf(name)).toEqual(segments);
  });

  test('every name rule has an example', () => {
    expect(NAME_SEGMENT_RULES.map((r) => r.id).sort()).toEqual([...new Set(NAMED.map(([, , id]) => id))].sort());
  });
});
