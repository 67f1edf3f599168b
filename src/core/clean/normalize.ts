/**
 * Text normalisation shared by the cleaning rules and extraction: one notion of "the text of a block".
 */

const SPACE_RUN = /[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/gu;
// Decoration around a label: "— Advertisement —", "Advertisement:", "▼ Article continues below ▼".
const EDGE_DECORATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/** Collapses every run of whitespace (nbsp, zero-width space included) to one space and trims. */
export function collapseSpace(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/** The form ad-break and boilerplate phrases are compared in: lower case, no edge punctuation or symbols. */
export function matchForm(text: string): string {
  return collapseSpace(text).toLowerCase().replace(EDGE_DECORATION, '');
}

/**
 * The visible text of an element with whitespace collapsed; a <br> separates words instead of gluing
 * them ("Paris<br>France" → "Paris France"). Iterative, so 20 000-deep nesting cannot overflow the stack.
 */
export function blockText(el: Element): string {
  if (el.getElementsByTagName('br').length === 0) return collapseSpace(el.textContent ?? '');
  const doc = el.ownerDocument;
  // 0x1 | 0x4: elements and text nodes.
  const walker = doc.createTreeWalker(el, 0x5);
  let out = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if ((node as Element).tagName === 'BR') out += ' ';
  }
  return collapseSpace(out);
}
