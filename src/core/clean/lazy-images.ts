/**
 * Lazy-loaded images → real images: data-src / data-srcset and friends, and <noscript><img></noscript>
 * fallbacks beside a placeholder, a placeholder's own srcset (or its <picture>'s sources). A
 * placeholder nothing replaces shows only a grey box or a broken image, so it goes. Runs before
 * extraction so the lead image and body images have a real source.
 */

/** Attributes lazy loaders keep the real source in, most common first. */
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];
// A src that is only a placeholder: missing, a data: URI, or a blank/spacer/placeholder file.
const PLACEHOLDER = /^(?:$|data:|about:blank)|(?:blank|spacer|placeholder|pixel|lazy|transparent|grey|gray)[\w-]*\.(?:gif|png|svg|jpe?g|webp)/i;
const IMG_SRC_IN_TEXT = /<img\b[^>]*?\ssrc\s*=\s*["']([^"']+)["']/i;

function isPlaceholder(img: Element): boolean {
  return PLACEHOLDER.test((img.getAttribute('src') ?? '').trim());
}

function fromNoscript(noscript: Element): { src: string; alt: string | null } | null {
  const img = noscript.querySelector('img');
  if (img?.getAttribute('src')) return { src: img.getAttribute('src') as string, alt: img.getAttribute('alt') };
  // Where the page was parsed with scripting on, noscript holds text: read the src, parse nothing.
  const m = IMG_SRC_IN_TEXT.exec(noscript.textContent ?? '');
  return m?.[1] ? { src: m[1], alt: null } : null;
}

/** The widest candidate of a srcset ("a.jpg 320w, b.jpg 640w" → b.jpg; "x.jpg 2x" counts as 2). */
export function widestOf(srcset: string): string | null {
  let best: string | null = null;
  let bestSize = -1;
  for (const candidate of srcset.split(/,\s+/)) {
    const [url, descriptor = '1x'] = candidate.trim().split(/\s+/);
    const size = Number.parseFloat(descriptor) || 1;
    if (url && !PLACEHOLDER.test(url) && size > bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}

/** A source for a placeholder img from its own srcset or, inside <picture>, its <source> siblings'. */
function fromSrcset(img: Element): string | null {
  const own = img.getAttribute('srcset');
  if (own) return widestOf(own);
  if (img.parentElement?.tagName !== 'PICTURE') return null;
  for (const source of img.parentElement.getElementsByTagName('source')) {
    const found = widestOf(source.getAttribute('srcset') ?? '');
    if (found) return found;
  }
  return null;
}

/** An image beside the noscript (in its parent, outside the noscript itself). */
function hasImageBeside(noscript: Element): boolean {
  for (const img of noscript.parentElement?.getElementsByTagName('img') ?? []) if (!noscript.contains(img)) return true;
  return false;
}

export function fixLazyImages(doc: Document): number {
  let count = 0;
  // (placeholders no lazy attribute fixes: a noscript fallback, a srcset or removal comes later)
  const pending: Element[] = [];
  for (const img of doc.querySelectorAll('img, source')) {
    if (img.tagName === 'IMG' && isPlaceholder(img)) {
      const real = LAZY_SRC.map((a) => img.getAttribute(a)).find((v) => v && !v.startsWith('data:'));
      if (real) {
        img.setAttribute('src', real);
        count++;
      } else pending.push(img);
    }
    const srcset = LAZY_SRCSET.map((a) => img.getAttribute(a)).find(Boolean);
    if (srcset && !img.getAttribute('srcset')) img.setAttribute('srcset', srcset);
  }
  for (const noscript of [...doc.getElementsByTagName('noscript')]) {
    const fallback = fromNoscript(noscript);
    const prev = noscript.previousElementSibling;
    const placeholder = prev?.tagName === 'IMG' ? prev : prev?.querySelector('img:only-of-type');
    if (fallback && placeholder && (isPlaceholder(placeholder) || !placeholder.getAttribute('src'))) {
      placeholder.setAttribute('src', fallback.src);
      if (fallback.alt && !placeholder.getAttribute('alt')) placeholder.setAttribute('alt', fallback.alt);
      noscript.remove();
      count++;
    } else if (fallback && !placeholder && !hasImageBeside(noscript)) {
      // A lone fallback (no placeholder at all): the image only exists inside the noscript.
      const img = doc.createElement('img');
      img.setAttribute('src', fallback.src);
      if (fallback.alt) img.setAttribute('alt', fallback.alt);
      noscript.replaceWith(img);
      count++;
    }
  }
  for (const img of pending) {
    if (!img.isConnected || !isPlaceholder(img)) continue;
    const real = fromSrcset(img);
    if (real) img.setAttribute('src', real);
    else (img.parentElement?.tagName === 'PICTURE' ? img.parentElement : img).remove();
    count++;
  }
  return count;
}
