/** The one sanitizer: an allowlist; nothing executable or off-policy survives. */
import { describe, expect, test } from 'vitest';
import { sanitizedFragment, sanitizeElementHtml, sanitizeHtml } from '../../../../src/core/render/sanitize';
import { domOf, type View } from '../../../helpers/load-page';

const view = domOf('<!doctype html><html><body></body></html>').window as unknown as View;
const clean = (html: string): string => sanitizeHtml(html, view);
/** The in-place path: the markup as the children of a detached <article> of a page's clone. */
const cleanInPlace = (html: string): string => {
  const article = view.document.createElement('article');
  article.innerHTML = html;
  return sanitizeElementHtml(article, view);
};

const DROPPED: [string, string, RegExp][] = [
  ['script tag', '<p>a</p><script>alert(1)</script>', /<script/i],
  ['onerror handler', '<img src="https://i.example/a.png" onerror="alert(1)">', /onerror/i],
  ['onload on body-like markup', '<div onload="alert(1)">x</div>', /onload/i],
  ['ontoggle on details', '<details open ontoggle="alert(1)"><summary>s</summary></details>', /ontoggle|<details/i],
  ['javascript: href', '<a href="javascript:alert(1)">x</a>', /javascript:/i],
  ['data: href', '<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:/i],
  ['data: image src', '<img src="data:image/png;base64,AAAA">', /data:/i],
  ['relative href (no base to trust)', '<a href="/local">x</a>', /href/i],
  ['srcset', '<img src="https://i.example/a.png" srcset="javascript:alert(1) 1x">', /srcset/i],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', /iframe|srcdoc/i],
  ['style attribute url()', '<p style="background:url(javascript:alert(1))">x</p>', /style|url\(/i],
  ['style element', '<style>@import "javascript:alert(1)"</style><p>x</p>', /<style|@import/i],
  ['svg script', '<svg><script>alert(1)</script></svg>', /<svg|<script|alert/i],
  ['math/style mXSS', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>', /onerror|<img|<math/i],
  ['form action', '<form action="javascript:alert(1)"><button formaction="javascript:alert(2)">x</button></form>', /form|javascript/i],
  ['object data', '<object data="javascript:alert(1)"></object>', /object|javascript/i],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', /meta|refresh/i],
  ['base href', '<base href="javascript:alert(1)//">', /base|javascript/i],
  ['foreign class names', '<p class="ad-slot vb-lead">x</p>', /ad-slot/],
  ['id attribute', '<p id="x">x</p>', /id=/],
  ['other data attributes', '<p data-track="1">x</p>', /data-track/],
];

describe('dropped', () => {
  test.each(DROPPED)('%s', (_name, html, forbidden) => {
    expect(clean(html)).not.toMatch(forbidden);
  });
});

describe('dropped in place (the rendered article element)', () => {
  test.each(DROPPED)('%s', (_name, html, forbidden) => {
    const out = cleanInPlace(html);
    expect(out).toMatch(/^<article>/);
    expect(out).not.toMatch(forbidden);
  });
});

describe('kept', () => {
  test.each([
    ['paragraph and emphasis', '<p>A <em>b</em> <strong>c</strong></p>'],
    ['http link', '<a href="https://news.example/a">x</a>'],
    ['image', '<img src="https://i.example/a.png" alt="A">'],
    ['time', '<time datetime="2022-01-27T09:48:12-05:00">Jan 27</time>'],
    ['block mark', '<p data-vb-block="3">x</p>'],
    ['own class', '<figure class="vb-lead"><figcaption>c</figcaption></figure>'],
    ['table bits', '<table><tbody><tr><td colspan="2">x</td></tr></tbody></table>'],
  ])('%s', (_name, html) => {
    expect(clean(html)).toBe(html);
  });

  test('a non-numeric block mark is dropped', () => {
    expect(clean('<p data-vb-block="x">a</p>')).toBe('<p>a</p>');
  });
});

test('sanitizedFragment returns nodes of the given window’s document', () => {
  const fragment = sanitizedFragment('<p>a<img src=x onerror=alert(1)></p>', view);
  expect(fragment.ownerDocument).toBe(view.document);
  expect(fragment.querySelector('p')?.ownerDocument).toBe(view.document);
  expect(fragment.textContent).toBe('a');
});

describe('an image left without a safe source is dropped, not shown broken', () => {
  test.each([
    ['relative', '<p>a<img src="/pics/b.jpg" alt="B"></p>'],
    ['data:', '<figure><img src="data:image/png;base64,AAAA" alt="B"><figcaption>c</figcaption></figure>'],
    ['none', '<p>a<img alt="B"></p>'],
  ])('%s src', (_name, html) => {
    expect(clean(html)).not.toMatch(/<img/);
    expect(cleanInPlace(html)).not.toMatch(/<img/);
  });
});
