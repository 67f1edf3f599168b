/** Menu, comment, AMP-notice, share, newsletter and related-stories labels. */
import { describe, expect, test } from 'vitest';
import { BOILERPLATE_PHRASES } from '../../../../src/core/clean/boilerplate-phrases';
import { cleanBody, LONG } from '../../../helpers/clean-page';

const REMOVED: [string, string, string][] = [
  ['Menu', 'menu', 'menu-words'],
  ['Topics', 'menu', 'menu-words'],
  ['Skip to content', 'menu', 'skip-link'],
  ['1 / 5', 'menu', 'gallery-counter'],
  ['3 of 12', 'menu', 'gallery-counter'],
  ['Comments', 'comments', 'comments-label'],
  ['12 Comments', 'comments', 'comments-label'],
  ['Comments (5 posted)', 'comments', 'comments-label'],
  ['Want to discuss? Please read our Commenting Policy first.', 'comments', 'commenting-policy'],
  ['You are viewing an Accelerated Mobile Webpage.', 'amp-notice', 'amp-notice'],
  ['View Original Article', 'amp-notice', 'amp-notice'],
  ['Share this article', 'share', 'share-label'],
  ['Sign up for our Morning Briefing newsletter', 'newsletter', 'newsletter-prompt'],
  ['Sign up for Harbor Notes, a weekly newsletter from our science desk', 'newsletter', 'newsletter-prompt'],
  ['Sign up for Tidewater Daily, a paid daily newsletter from the city desk', 'newsletter', 'newsletter-prompt'],
  ['Related stories', 'related', 'related-heading'],
  ['More from World', 'related', 'related-heading'],
  ['Tags', 'related', 'tags-heading'],
  ['More about:', 'related', 'tags-heading'],
  ['Filed under', 'related', 'tags-heading'],
  ['Opens a new window', 'hidden', 'link-notice'],
  ['(opens in new tab)', 'hidden', 'link-notice'],
  ['(link is external)', 'hidden', 'link-notice'],
  ['4 min read', 'other', 'reading-time'],
  ['Listen to this article', 'other', 'reading-time'],
  ['Reading time: 6 minutes', 'other', 'reading-time'],
  ['Follow us on Twitter and Facebook for more updates.', 'share', 'follow-prompt'],
  ['Follow Ines Marlow on X', 'share', 'follow-prompt'],
  ['Have a news tip? Email us at tips@ledger.example.', 'other', 'tip-prompt'],
  ['© 2025 The Coast Ledger. All rights reserved.', 'other', 'copyright-line'],
  ['Copyright 2024 Harbor Media Group', 'other', 'copyright-line'],
];

const KEPT = [
  'The menu at the new restaurant changes every week.',
  'Comments made by the minister on Tuesday drew criticism.',
  'Readers can share their views at a public meeting on Friday.',
  'He said he would sign up for the newsletter of the opposition party.',
  'Related research has found similar effects in other cities.',
  'More about the harbour plan will be published next week.',
  '3 of 12 ferries were late on Monday.',
  '58/42',
  'The mayor said the new terminal opens in a new window of opportunity for the port.',
  'The ferry takes 4 min to cross, and the wait to read the timetable is longer.',
  'Follow the money, the detective told the council on Monday.',
  'Have a tip for new walkers: start early and bring water.',
  'Copyright law changed in 2024, the court said.',
  '1999 was the year the harbour froze.',
];

describe('boilerplate labels', () => {
  test.each(REMOVED)('"%s" → removed as %s by %s', (label, kind, rule) => {
    const run = cleanBody(`<article><p>${LONG}</p><div><span>${label}</span></div><p>${LONG}</p></article>`);
    expect(run.removed).toEqual([{ kind, text: label, rule }]);
  });

  test.each(KEPT)('"%s" → kept', (sentence) => {
    const run = cleanBody(`<article><p>${LONG}</p><p>${sentence}</p></article>`);
    expect(run.removed).toEqual([]);
  });

  test('"Menu / Topics / Connect" header buttons go as one menu', () => {
    const run = cleanBody(`<header class="bar"><button>Menu</button><button>Topics</button><button>Connect</button></header><p>${LONG}</p>`);
    expect(run.removed).toEqual([{ kind: 'menu', text: 'MenuTopicsConnect', rule: 'menu-words' }]);
    expect(run.doc.querySelector('header')).toBeNull();
  });

  test('a related-stories heading takes its list of links with it', () => {
    const run = cleanBody(`<article><p>${LONG}</p><section class="box"><h3>Related stories</h3><ul><li><a href="/a">First related headline here</a></li><li><a href="/b">Second related headline here</a></li></ul></section></article>`);
    expect(run.doc.querySelector('.box')).toBeNull();
    expect(run.removed.map((r) => r.kind)).toEqual(['related']);
  });

  test('a tag list heading takes its short links with it, even when the heading is as long as they are', () => {
    const run = cleanBody(`<article><p>${LONG}</p><p>${LONG}</p><ul class="tags"><li>More about:</li><li><a href="/t/ports">Ports</a></li><li><a href="/t/rail">Rail</a></li></ul></article>`);
    expect(run.doc.querySelector('.tags')).toBeNull();
    expect(run.text).not.toContain('Ports');
  });

  test('a link notice inside a link goes, the link and its sentence stay', () => {
    const run = cleanBody(`<article><p>${LONG}</p><p>The port authority <a href="/r">said<span class="icon">Opens a new window</span></a> that the pier would reopen.</p></article>`);
    expect(run.text).toContain('The port authority said that the pier would reopen.');
    expect(run.doc.querySelector('a')?.textContent).toBe('said');
  });

  test('a related heading above prose does not take the prose', () => {
    const run = cleanBody(`<article><section><h3>Related</h3><p>${LONG}</p></section></article>`);
    expect(run.text).toContain(LONG);
  });

  test('a newsletter prompt takes its sign-up form with it', () => {
    const run = cleanBody(`<p>${LONG}</p><div class="box"><h3>Sign up for our newsletter</h3><form><input type="email"><button>Go</button></form></div>`);
    expect(run.doc.querySelector('.box')).toBeNull();
  });

  test('every boilerplate phrase rule has an example above', () => {
    expect(BOILERPLATE_PHRASES.map((r) => r.id).sort()).toEqual([...new Set(REMOVED.map(([, , id]) => id))].sort());
  });
});
