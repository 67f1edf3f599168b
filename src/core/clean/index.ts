/**
 * clean: the page's furniture out, before extraction, on the clone the caller owns.
 * Ordered steps, each with an example:
 *   1. drop-inert      <script>, <style>, <template> …             → gone (never visible, never text)
 *   2. unwrap-amp      <amp-img src=a.jpg>                         → <img src=a.jpg>
 *   3. lazy-images     <img src=blank.gif data-src=a.jpg>          → <img src=a.jpg>
 *   4. regions         <amp-sidebar>, <nav>, page <footer>, #comments → removed, kind menu / comments
 *   5. promo-lines     <p>[Read: <a>Why the port reopened</a>]</p>  → removed, kind related
 *   6. remove-by-text  <div>Story continues below advertisement</div> → removed, kind ad-break
 *   7. remove-by-selector <amp-ad>, <div class="c-ad">, share bars → removed, kind ad / share …
 *   8. player-overlays "1:26 Title" drawn over a video thumbnail, beside the caption "Title" → removed;
 *      player-controls "Play Video", "Current Time 0:00", "Fullscreen" around a <video>     → removed
 *   9. guard           a rule that took most of the article text   → undone (trace: guard-rule)
 *  10. prune           <div><div><p>…</p></div></div>, empty <div>s → <p>…</p> (a smaller tree to score)
 */
import type { Removal, TraceEntry } from '../types';
import { fixLazyImages } from './lazy-images';
import { findFurniture, removeCandidates } from './remove-by-selector';
import { removePlayerControls } from './player-controls';
import { removePlayerOverlays } from './player-overlays';
import { removePromoLines } from './promo-lines';
import { pruneTree } from './prune-tree';
import { removeByText } from './remove-by-text';
import { Remover } from './remover';
import { unwrapAmp } from './unwrap-amp';

/**
 * Never visible as article text, and dropped with their content by the sanitizer anyway; removed
 * silently (not boilerplate) so that block texts and the rendered HTML always agree.
 */
const INERT = new Set(['script', 'style', 'template', 'link', 'meta', 'object', 'embed', 'applet', 'frameset', 'base', 'iframe', 'svg', 'math', 'select', 'textarea', 'xmp', 'noembed', 'noframes', 'plaintext']);

const INERT_SELECTOR = [...INERT].join(', ');

/**
 * Body elements matching `selector` (tag names only), outermost only: one native look-up (a script
 * walk over every element costs far more in a browser); matches come in document order, so a match
 * inside the last kept one is skipped.
 */
function outermost(doc: Document, selector: string): Element[] {
  const found: Element[] = [];
  let last: Element | null = null;
  for (const el of doc.body?.querySelectorAll(selector) ?? []) {
    if (last?.contains(el)) continue;
    found.push(el);
    last = el;
  }
  return found;
}

export interface Cleaned {
  removed: Removal[];
}

function step(trace: TraceEntry[], rule: string, count: number): void {
  if (count > 0) trace.push({ stage: 'clean', rule, detail: `${count} element${count === 1 ? '' : 's'}` });
}

export function clean(doc: Document, trace: TraceEntry[]): Cleaned {
  const inert = outermost(doc, INERT_SELECTOR);
  for (const el of inert) el.remove();
  step(trace, 'drop-inert', inert.length);
  step(trace, 'unwrap-amp', unwrapAmp(doc));
  step(trace, 'lazy-images', fixLazyImages(doc));
  for (const el of [...(doc.body?.getElementsByTagName('noscript') ?? [])]) el.remove();
  const remover = new Remover(doc, trace);
  const furniture = doc.body ? findFurniture(doc.body) : { regions: [], boxes: [] };
  step(trace, 'regions', removeCandidates(furniture.regions, remover));
  // (before the labels go one by one: "RELATED:" alone would leave its link behind)
  step(trace, 'promo-lines', removePromoLines(doc, remover));
  step(trace, 'remove-by-text', removeByText(doc, remover));
  step(trace, 'remove-by-selector', removeCandidates(furniture.boxes, remover));
  step(trace, 'player-overlays', removePlayerOverlays(doc, remover));
  step(trace, 'player-controls', removePlayerControls(doc, remover));

  remover.checkRules();
  step(trace, 'prune', doc.body ? pruneTree(doc.body) : 0);
  for (const r of remover.removed) trace.push({ stage: 'clean', rule: r.rule, detail: `${r.kind}: ${r.text.slice(0, 80)}` });
  return { removed: remover.removed };
}
