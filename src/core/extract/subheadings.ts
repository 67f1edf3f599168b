/**
 * Section headings survive extraction. Two steps around Readability:
 *   before: promote pseudo-headings ("<p>DIPLOMATIC WINDOW</p>", "<p><strong>What happens next</strong></p>")
 *           to <h2>, and number every heading and the paragraphs beside it in reading order;
 *   after:  a heading Readability dropped is put back when a paragraph beside it in the page made it
 *           into the article (Readability scores paragraphs, and a short heading between two of them
 *           can fall out of the sibling check).
 */
import { collapseSpace } from '../clean/normalize';

const ORDER_ATTR = 'data-vb-order';
const MAX_HEADING_WORDS = 10;
const MAX_HEADING_CHARS = 80;
// At least three letters and no lower-case letter: "DIPLOMATIC WINDOW", "NATO REDEPLOYMENTS".
const ALL_CAPS = /^(?=(?:.*\p{Lu}){3})[^\p{Ll}]+$/u;
// Sentences end in a period, a colon, a comma or a quotation mark; headings do not.
const SENTENCE_END = /[.,:;"”’…]$/u;
const EMPHASIS = new Set(['STRONG', 'B']);

export interface HeadingMemo {
  clone: Element;
  order: number;
  /** Reading-order numbers of the paragraphs just before and after the heading. */
  prev: number | null;
  next: number | null;
}

function looksLikeHeading(p: Element): boolean {
  const text = collapseSpace(p.textContent ?? '');
  if (!text || text.length > MAX_HEADING_CHARS || text.split(' ').length > MAX_HEADING_WORDS) return false;
  if (SENTENCE_END.test(text) || p.querySelector('a, img, br') !== null) return false;
  if (ALL_CAPS.test(text)) return true;
  // Fully emphasised short paragraph: <p><strong>What happens next</strong></p>.
  const only = p.children.length === 1 ? p.children[0] : null;
  return only !== null && only !== undefined && EMPHASIS.has(only.tagName) && collapseSpace(only.textContent ?? '') === text;
}

/** At least two other paragraphs beside it: a heading among prose, not a lone label. */
function hasParagraphSiblings(p: Element): boolean {
  let n = 0;
  for (let s = p.parentElement?.firstElementChild; s; s = s.nextElementSibling) if (s !== p && s.tagName === 'P' && ++n >= 2) return true;
  return false;
}

function rename(el: Element, tag: string): Element {
  const h = el.ownerDocument.createElement(tag);
  for (const attr of [...el.attributes]) h.setAttribute(attr.name, attr.value);
  while (el.firstChild) h.append(el.firstChild);
  el.replaceWith(h);
  return h;
}

/** Promotes pseudo-headings and numbers headings and paragraphs; returns the headings to watch. */
export function markSubheadings(body: Element): HeadingMemo[] {
  for (const p of [...body.getElementsByTagName('p')]) {
    if (hasParagraphSiblings(p) && looksLikeHeading(p)) rename(p, 'h2');
  }
  // Only headings and the paragraphs right beside them are numbered (few attributes to write).
  const memos: HeadingMemo[] = [];
  let order = 0;
  let last: { el: Element; order: number } | null = null;
  const pending: HeadingMemo[] = [];
  const mark = (el: Element, n: number): void => el.setAttribute(ORDER_ATTR, String(n));
  for (const el of body.querySelectorAll('p, h2, h3, h4')) {
    if (el.tagName === 'P') {
      if (pending.length > 0) mark(el, order);
      for (const memo of pending.splice(0)) memo.next = order;
      last = { el, order };
    } else if (collapseSpace(el.textContent ?? '') !== '') {
      mark(el, order);
      if (last) mark(last.el, last.order);
      const memo: HeadingMemo = { clone: el.cloneNode(true) as Element, order, prev: last?.order ?? null, next: null };
      memos.push(memo);
      pending.push(memo);
    }
    order++;
  }
  return memos;
}

/** Puts back headings Readability dropped from between paragraphs it kept; returns how many. */
export function restoreSubheadings(content: Element, memos: readonly HeadingMemo[]): number {
  const present = new Map<number, Element>();
  for (const el of content.querySelectorAll(`[${ORDER_ATTR}]`)) present.set(Number(el.getAttribute(ORDER_ATTR)), el);
  let restored = 0;
  for (const memo of memos) {
    if (present.has(memo.order)) continue;
    const before = memo.next !== null ? present.get(memo.next) : undefined;
    const after = memo.prev !== null ? present.get(memo.prev) : undefined;
    // Only between kept paragraphs: a heading at the very start or end of the page is not the article's.
    if (!before || !after) continue;
    const heading = content.ownerDocument.importNode(memo.clone, true) as Element;
    before.before(heading);
    present.set(memo.order, heading);
    restored++;
  }
  for (const el of content.querySelectorAll(`[${ORDER_ATTR}]`)) el.removeAttribute(ORDER_ATTR);
  return restored;
}
