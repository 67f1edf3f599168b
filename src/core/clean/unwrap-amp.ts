/**
 * AMP media → plain HTML the reader view and Readability understand:
 *   <amp-img src alt> → <img>, <amp-anim> → <img>, <amp-video poster> → <video>.
 * AMP's own <noscript><img></noscript> fallbacks and placeholders inside are dropped with the wrapper.
 */

const COPIED = ['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'poster', 'controls'];

/** AMP element → the plain element it becomes. */
const UNWRAP: readonly { amp: string; tag: string }[] = [
  // Images, including responsive ones with srcset.
  { amp: 'amp-img', tag: 'img' },
  // Animated GIFs.
  { amp: 'amp-anim', tag: 'img' },
  // Videos keep their poster and sources.
  { amp: 'amp-video', tag: 'video' },
];

export function unwrapAmp(doc: Document): number {
  let count = 0;
  for (const { amp, tag } of UNWRAP) {
    for (const el of [...doc.getElementsByTagName(amp)]) {
      const plain = doc.createElement(tag);
      for (const name of COPIED) {
        const value = el.getAttribute(name);
        if (value !== null) plain.setAttribute(name, value);
      }
      if (tag === 'video') for (const source of el.querySelectorAll('source')) plain.append(source.cloneNode(false));
      el.replaceWith(plain);
      count++;
    }
  }
  return count;
}
