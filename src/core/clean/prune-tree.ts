/**
 * Shrinks the tree the extraction engine must score, in one bottom-up pass, without changing a word
 * of text or any class/id the engine reads:
 *   - bare empty boxes go: <div><span> </span></div>                     → gone (no text, no media)
 *   - bare wrappers fold:  <div><div><section class="body">…</section></div></div> → <section class="body">…
 * Only elements without any attribute are touched (a class, id or style is something the engine reads),
 * and a wrapper folds only when it has no text of its own and exactly one element child that is itself
 * a block, so nothing the engine scores by name or reads as a paragraph changes. Chains of
 * thousands of such wrappers (deep nesting) fold to nothing, which keeps the engine's work bounded.
 */

/** Containers that are dropped when they hold no text and no element (media, <br> … stay). */
const DROPPABLE_WHEN_EMPTY = new Set(['DIV', 'SECTION', 'SPAN', 'FONT', 'CENTER', 'ASIDE', 'HEADER', 'FOOTER']);
/** Bare containers that may fold into their only child. */
const WRAPPERS = new Set(['DIV', 'SECTION']);
/** Children a bare wrapper may fold into: blocks, so no inline run is merged with its neighbours. */
const BLOCK_CHILD = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'P', 'UL', 'OL', 'DL', 'TABLE', 'BLOCKQUOTE', 'FIGURE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'FOOTER', 'ASIDE']);

const NON_SPACE = /\S/;

/** Whether `el` holds non-blank text directly (not in a child element). */
function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && NON_SPACE.test(n.nodeValue ?? '')) return true;
  }
  return false;
}

/** Returns 1 when `el` was dropped or folded, else 0. */
function prune(el: Element): number {
  // Only bare elements: a class, id or style is something the engine may read.
  if (!DROPPABLE_WHEN_EMPTY.has(el.tagName) || el.hasAttributes()) return 0;
  const count = el.childElementCount;
  if (count > 1 || hasOwnText(el)) return 0;
  if (count === 0) {
    el.remove();
    return 1;
  }
  const child = el.firstElementChild as Element;
  if (!WRAPPERS.has(el.tagName) || !BLOCK_CHILD.has(child.tagName)) return 0;
  el.replaceWith(child);
  return 1;
}

/** Prunes the descendants of `root` (not `root` itself) in post-order; returns how many went. */
export function pruneTree(root: Element): number {
  let pruned = 0;
  let el: Element | null = root.firstElementChild;
  while (el) {
    while (el.firstElementChild) el = el.firstElementChild;
    // Visit `el`, then its following siblings' subtrees, then climb to the parent.
    for (;;) {
      const next: Element | null = el.nextElementSibling;
      const parent: Element | null = el.parentElement;
      pruned += prune(el);
      if (next) {
        el = next;
        break;
      }
      if (!parent || parent === root) return pruned;
      el = parent;
    }
  }
  return pruned;
}
