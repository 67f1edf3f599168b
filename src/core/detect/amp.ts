/**
 * Is this an AMP page? Checked on markup only, cheaply, before any cleaning.
 * See https://amp.dev/documentation/guides-and-tutorials/learn/spec/amphtml (html ⚡ / amp attribute)
 * and the AMP optimizer's server-side rendering (transformed="…", i-amphtml-* classes).
 */

/** Signals, strongest first; `id` names the one that matched in the trace. */
const AMP_SIGNALS: { id: string; test: (doc: Document) => boolean }[] = [
  // <html ⚡> or <html amp>: the AMP document marker.
  { id: 'amp-html-attribute', test: (doc) => hasAttr(doc.documentElement, '⚡') || hasAttr(doc.documentElement, 'amp') },
  // <html ⚡4email> / <html amp4ads> variants are AMP as well.
  { id: 'amp-variant-attribute', test: (doc) => [...(doc.documentElement?.attributes ?? [])].some((a) => /^(⚡|amp)4/u.test(a.name)) },
  // Server-rendered AMP: transformed="self;v=1" on <html>.
  { id: 'amp-transformed', test: (doc) => doc.documentElement?.hasAttribute('transformed') ?? false },
  // Server-rendered AMP leaves i-amphtml-* classes on <html> and AMP's own styles in <head>.
  { id: 'amp-server-rendered', test: (doc) => /\bi-amphtml-/.test(doc.documentElement?.className ?? '') || doc.head?.querySelector('style[amp-runtime], style[amp-custom], style[amp-boilerplate]') != null },
  // The AMP runtime script.
  { id: 'amp-runtime-script', test: (doc) => doc.head?.querySelector('script[src*="cdn.ampproject.org/v0"]') != null },
  // AMP components in the body, stopping at the first amp-* element.
  { id: 'amp-elements', test: (doc) => hasAmpElement(doc) },
];

const AMP_COMPONENTS = ['amp-img', 'amp-ad', 'amp-sidebar', 'amp-analytics', 'amp-video', 'amp-anim', 'amp-embed', 'amp-carousel'];

/** Native look-ups by tag name (no script walk over the page, no selector engine: jsdom's is slow on these names). */
function hasAmpElement(doc: Document): boolean {
  const body = doc.body;
  return body !== null && AMP_COMPONENTS.some((name) => body.getElementsByTagName(name)[0] !== undefined);
}

function hasAttr(el: Element | null, name: string): boolean {
  return el !== null && [...el.attributes].some((a) => a.name === name);
}

/** The id of the first AMP signal the document shows, or null for a regular page. */
export function ampSignal(doc: Document): string | null {
  for (const signal of AMP_SIGNALS) if (signal.test(doc)) return signal.id;
  return null;
}
