/**
 * Captions, before the lead image and the body are read. A caption is often built of parts that the
 * page's CSS sets apart (a block, a line of its own, a margin) and that the text runs together once
 * the styles are gone:
 *   <span>… seeped underground.</span><span>Credit</span>       → "… seeped underground. Credit"
 *   <span class="credit">Photo by</span>, a <p> inside a span  → the same, one space between parts
 * and a label written twice, once for screen readers and once for the eye, reads twice:
 *   <span>Credit</span><span><span>Credit</span><span>…</span></span> → one "Credit".
 */

/** Where two parts glue into one word: a sentence end or a lower-case letter, then a capital. */
const ENDS_PART = /[.!?”’)\p{Ll}]$/u;
const STARTS_PART = /^\p{Lu}/u;
/** A label repeated for screen readers is a word or two (“Credit”, “Photo credit”). */
const MAX_LABEL_WORDS = 2;

const textOf = (node: Node): string => node.textContent ?? '';
const glued = (before: Node, after: Node): boolean => ENDS_PART.test(textOf(before)) && STARTS_PART.test(textOf(after));

/** The first element at the start of `node`: itself, or its first child's, when no text comes before. */
function leadingElements(node: Node): Element[] {
  const out: Element[] = [];
  for (let el: Element | null = node.nodeType === 1 ? (node as Element) : null; el; ) {
    out.push(el);
    const first = el.firstChild;
    el = first && first.nodeType === 1 ? (first as Element) : null;
  }
  return out;
}

/** A label element: no child element, a word or two of text. */
function isLabel(el: Element): boolean {
  if (el.firstElementChild) return false;
  const words = textOf(el).trim().split(/\s+/u);
  return words[0] !== '' && words.length <= MAX_LABEL_WORDS;
}

/** Drops a caption label that the part right after it opens with again; returns how many. */
function dropRepeatedLabel(caption: Element): number {
  let count = 0;
  for (const el of [...caption.querySelectorAll('*')]) {
    const next = el.nextSibling;
    if (!next || !isLabel(el)) continue;
    const again = leadingElements(next).find((e) => e !== el && isLabel(e));
    if (again && textOf(again).trim() === textOf(el).trim()) {
      el.remove();
      count++;
    }
  }
  return count;
}

/** Puts a space between caption parts that would glue into one word; returns how many. */
function spaceParts(caption: Element): number {
  let count = 0;
  for (const el of caption.querySelectorAll('*')) {
    const prev = el.previousSibling;
    if (prev && glued(prev, el)) {
      el.before(' ');
      count++;
    }
    const next = el.nextSibling;
    if (next && next.nodeType === 3 && glued(el, next)) {
      el.after(' ');
      count++;
    }
  }
  return count;
}

/** Both repairs on every caption under `root`; returns how many were made. */
export function tidyCaptions(root: Element): number {
  let count = 0;
  for (const caption of root.getElementsByTagName('figcaption')) count += dropRepeatedLabel(caption) + spaceParts(caption);
  return count;
}
