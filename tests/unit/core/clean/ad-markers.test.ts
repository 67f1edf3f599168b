/** Ad-break labels: removed only when they are a block's entire text. */
import { describe, expect, test } from 'vitest';
import { AD_MARKERS } from '../../../../src/core/clean/ad-markers';
import { cleanBody, LONG } from '../../../helpers/clean-page';

const REMOVED: [string, string][] = [
  ['Story continues below advertisement', 'story-continues-below-advertisement'],
  ['STORY CONTINUES BELOW ADVERTISEMENT', 'story-continues-below-advertisement'],
  ['Story continues after the advertisement', 'article-continues-below'],
  ['Advertisement', 'advertisement'],
  ['ADVERTISEMENT', 'advertisement'],
  ['— Advertisement —', 'advertisement'],
  ['Ad', 'ad-label'],
  ['Sponsored', 'ad-label'],
  ['Sponsored links', 'ad-label'],
  ['AdChoices', 'ad-label'],
  ['Partner content', 'ad-label'],
  ['Article continues below', 'article-continues-below'],
  ['Article continues below this ad', 'article-continues-below'],
  ['Article continues after the ad', 'article-continues-below'],
  ['Article continues after this advert', 'article-continues-below'],
  ['Content continues below video', 'article-continues-below'],
  ['Our story continues underneath', 'article-continues-below'],
  ['Continue reading below', 'continue-reading'],
  ['Continue reading the main story', 'continue-reading'],
  ['Ad Feedback', 'ad-feedback'],
  ['Hide Ad', 'hide-ad'],
  ['Scroll to continue with content', 'scroll-to-continue'],
  ['Report this ad', 'ads-by'],
];

const KEPT = [
  'The advertisement campaign said the product was safe.',
  'Advertisement spending rose by 4% last year, the industry body said.',
  'The story continues below the surface, investigators believe.',
  'She was sponsored by a local firm for the charity run.',
  'Continue reading the report, the minister urged MPs.',
  'Hide and seek',
  'The story continues after a short break in the hearing, the clerk said.',
  'Content continues to be removed from the site, the company said.',
  'Partner content deals made up a third of revenue.',
];

describe('ad-break labels', () => {
  test.each(REMOVED)('"%s" → removed by %s', (label, rule) => {
    const run = cleanBody(`<article><p>${LONG}</p><div class="label-box"><span>${label}</span></div><p>${LONG}</p></article>`);
    expect(run.removed).toEqual([{ kind: 'ad-break', text: label, rule }]);
    expect(run.doc.querySelectorAll('p')).toHaveLength(2);
    expect(run.doc.querySelector('.label-box')).toBeNull();
  });

  test.each(KEPT)('"%s" → kept (a sentence, not a label)', (sentence) => {
    const run = cleanBody(`<article><p>${LONG}</p><p>${sentence}</p></article>`);
    expect(run.removed).toEqual([]);
    expect(run.text).toContain(sentence);
  });

  test('a label split over inline elements is still one label', () => {
    const run = cleanBody(`<p>${LONG}</p><p>Story continues below <b>advertisement</b></p>`);
    expect(run.removed.map((r) => r.text)).toEqual(['Story continues below advertisement']);
  });

  test('labels run together ("AdvertisementHide Ad") go as one block with their wrapper', () => {
    const run = cleanBody(`<p>${LONG}</p><div class="box"><div><p>Advertisement</p><a href="/subscribe">Hide Ad</a></div><div></div></div><p>${LONG}</p>`);
    expect(run.removed).toHaveLength(1);
    expect(run.doc.querySelector('.box')).toBeNull();
  });

  test('a loose label in an unclosed wrapper beside paragraphs is removed, the paragraphs kept', () => {
    const run = cleanBody(`<div>Story continues below advertisement<p>${LONG}</p><p>${LONG}</p>`);
    expect(run.removed).toEqual([{ kind: 'ad-break', text: 'Story continues below advertisement', rule: 'story-continues-below-advertisement' }]);
    expect(run.doc.querySelectorAll('p')).toHaveLength(2);
  });

  test('every ad-marker rule has an example above', () => {
    expect(AD_MARKERS.map((r) => r.id).sort()).toEqual([...new Set(REMOVED.map(([, id]) => id))].sort());
  });
});
