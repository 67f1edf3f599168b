/**
 * Video players drawn over a thumbnail: the overlay repeats the caption, often after the clip's
 * length ("1:26 Biden signs the papers" above a caption "Biden signs the papers"). In a reader view
 * nothing plays, so the overlay is only a duplicate line: it goes; the thumbnail and caption stay.
 * Scope: the container of a <figcaption>, outside the caption, elements holding no image or video;
 * only a container holding little more text than its caption (a figure, not a section of the article
 * with a stray caption in it, whose text is the article's and would cost a walk of every element).
 */
import { collapseSpace } from './normalize';
import type { Remover } from './remover';

/** A clip's length opening a text: "1:26", "12:04", "1:02:33". */
const DURATION = /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?!\d)\s*/;
const MEDIA = 'img, picture, video';
/** A figure's text beyond its caption: an overlay's title and a clip's length, a credit. */
const FIGURE_EXTRA_CHARS = 300;

/** The overlay texts a caption stands for: the caption itself, or nothing but a clip's length. */
function repeatsCaption(text: string, caption: string): boolean {
  const rest = text.replace(DURATION, '');
  return rest === caption || (rest === '' && text !== '');
}

/** Removes the overlays beside each caption; returns how many. */
export function removePlayerOverlays(doc: Document, remover: Remover): number {
  let count = 0;
  for (const caption of [...(doc.body?.getElementsByTagName('figcaption') ?? [])]) {
    const box = caption.parentElement;
    const said = collapseSpace(caption.textContent ?? '');
    if (!box || !said || !caption.isConnected) continue;
    if ((box.textContent ?? '').length > 2 * said.length + FIGURE_EXTRA_CHARS) continue;
    const walker = doc.createTreeWalker(box, 0x1);
    for (let node = walker.nextNode(); node; ) {
      const el = node as Element;
      if (el === caption) {
        node = walker.nextSibling() ?? nextOutside(walker);
        continue;
      }
      if (!el.querySelector(MEDIA) && !el.matches(MEDIA) && repeatsCaption(collapseSpace(el.textContent ?? ''), said)) {
        node = walker.nextSibling() ?? nextOutside(walker);
        if (remover.remove(el, 'player-overlay', 'other')) count++;
        continue;
      }
      node = walker.nextNode();
    }
  }
  return count;
}

/** The walker's next node after the current one's subtree. */
function nextOutside(walker: TreeWalker): Node | null {
  while (walker.parentNode()) {
    const next = walker.nextSibling();
    if (next) return next;
  }
  return null;
}
