/**
 * The lead image and its caption. Looked for, in order:
 *   1. the article body's own opening image (a figure/img before the first text block), which then
 *      moves out of the body into the header so it is not shown twice;
 *   2. the page's image just before the article's first paragraph (AMP and CMS hero images sit outside
 *      the body Readability keeps), found before extraction by `findHeroImage`;
 *   3. og:image / JSON-LD image, without a caption.
 */
import type { LeadImage } from '../types';
import { absoluteUrl } from '../detect/metadata';
import { collapseSpace } from '../clean/normalize';

/** A paragraph this long marks where the article text starts. */
const FIRST_PARAGRAPH_CHARS = 100;
/** Images declared smaller than this (icons, logos, avatars) are never the lead image. */
const MIN_SIDE = 150;
const CAPTION_CLASS = /caption|credit|cutline/i;
/** DATA: words in an image's file name that name site furniture ("icon-search.png", "social_default_logo.png"). */
const FURNITURE_WORDS = new Set(['icon', 'icons', 'favicon', 'default', 'placeholder', 'sprite', 'sprites', 'avatar']);

/** An image whose file name names it as the site's furniture: never a lead image from outside the body. */
export function isFurnitureImage(src: string): boolean {
  let path = src;
  try {
    path = new URL(src).pathname;
  } catch {
    // (a relative or malformed URL: its text is the path)
  }
  const file = path.slice(path.lastIndexOf('/') + 1);
  // (any word opening with "logo" names a logo: "logo", "logos", "logotype")
  return file.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase().split(/[^a-z]+/).some((w) => FURNITURE_WORDS.has(w) || w.startsWith('logo'));
}

function tooSmall(img: Element): boolean {
  const w = Number(img.getAttribute('width'));
  const h = Number(img.getAttribute('height'));
  return (w > 0 && w < MIN_SIDE) || (h > 0 && h < MIN_SIDE);
}

function captionOf(img: Element): string | null {
  const figure = img.closest('figure');
  const figcaption = figure?.querySelector('figcaption');
  if (figcaption) return collapseSpace(figcaption.textContent ?? '') || null;
  // <div class="image"><img></div><div class="caption">…</div>
  const holder = figure ?? img.parentElement;
  const next = holder?.nextElementSibling;
  if (next && CAPTION_CLASS.test(`${next.getAttribute('class') ?? ''} ${next.tagName === 'FIGCAPTION' ? 'caption' : ''}`)) {
    return collapseSpace(next.textContent ?? '') || null;
  }
  return null;
}

export function imageOf(img: Element, base: string): LeadImage | null {
  const src = absoluteUrl(img.getAttribute('src'), base);
  if (!src || tooSmall(img)) return null;
  return { src, alt: collapseSpace(img.getAttribute('alt') ?? ''), caption: captionOf(img) };
}

/** Before extraction: the last sizeable image before the first long paragraph of the page. */
export function findHeroImage(body: Element, base: string): LeadImage | null {
  let candidate: LeadImage | null = null;
  for (const el of body.querySelectorAll('img, p')) {
    if (el.tagName === 'P') {
      if ((el.textContent ?? '').length >= FIRST_PARAGRAPH_CHARS) break;
      continue;
    }
    if (el.closest('header a, a[href] > img')) continue; // logos and teaser thumbnails
    const image = imageOf(el, base);
    if (image && !isFurnitureImage(image.src)) candidate = image;
  }
  return candidate;
}

/** After extraction: takes the body's opening image out of `content` when it comes before any text. */
export function takeOpeningImage(content: Element, base: string): LeadImage | null {
  const doc = content.ownerDocument;
  const walker = doc.createTreeWalker(content, 0x5);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if ((node.nodeValue ?? '').trim() !== '' && !(node.parentElement?.closest('figure, figcaption'))) return null;
      continue;
    }
    const el = node as Element;
    if (el.tagName !== 'IMG') continue;
    const image = imageOf(el, base);
    if (!image) continue;
    (el.closest('figure') ?? el).remove();
    return image;
  }
  return null;
}

/** An image file's URL with its query (a resize or crop request) dropped; other URLs whole. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)$/i;
function imageKey(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return IMAGE_FILE.test(u.pathname) ? `${u.origin}${u.pathname}` : u.href;
  } catch {
    return url;
  }
}

/** Whether two image URLs show the same image (the same file at another size counts). */
export const sameImage = (a: string, b: string): boolean => imageKey(a) === imageKey(b);

/**
 * The caption the page gave the lead image, read before extraction dropped its class ("caption"), as
 * a block of the body's opening: that block leaves the body, the header shows it under the image.
 */
export function takeCaptionBlock(content: Element, caption: string): boolean {
  let seen = 0;
  for (const el of content.querySelectorAll('p, div, span, figcaption')) {
    const text = collapseSpace(el.textContent ?? '');
    if (!text || el.querySelector('p, div')) continue;
    if (text === caption) {
      el.remove();
      return true;
    }
    if (++seen >= 3) return false;
  }
  return false;
}

/**
 * Removes from `content` the images showing the lead image (it is shown in the header): the same
 * source, or the same image file at another size. A lead image without a caption takes the removed
 * copy's caption and alt text.
 */
export function dropDuplicate(content: Element, lead: LeadImage, base: string): LeadImage {
  const key = imageKey(lead.src);
  let out = lead;
  for (const img of content.querySelectorAll('img')) {
    if (imageKey(absoluteUrl(img.getAttribute('src'), base)) !== key) continue;
    const copy = imageOf(img, base);
    if (copy && !out.caption && copy.caption) out = { ...out, alt: out.alt || copy.alt, caption: copy.caption };
    (img.closest('figure') ?? img).remove();
  }
  return out;
}
