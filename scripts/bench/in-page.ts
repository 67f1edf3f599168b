/**
 * The benchmark's contenders, bundled into one script that runs inside the measured page (headless
 * Chromium) or is imported directly (jsdom). Each times one run on a fresh clone of the document, so
 * every contender starts from the same untouched page.
 */
import { Readability } from '@mozilla/readability';
import { processPage } from '../../src/core/index';

export type Contender = 'readability' | 'verbatim' | 'walk';

const RUN: Record<Contender, (doc: Document, view: Window & typeof globalThis) => unknown> = {
  readability: (doc) => new Readability(doc).parse(),
  verbatim: (doc, view) => processPage(doc, { view }),
  // The floor: one TreeWalker pass over every node, reading its text.
  walk: (doc) => {
    const walker = doc.createTreeWalker(doc.documentElement, 0xffffffff);
    let chars = 0;
    while (walker.nextNode()) chars += walker.currentNode.nodeValue?.length ?? 0;
    return chars;
  },
};

/** Milliseconds for one run of `who` on a clone of `doc`; `withClone` includes the clone itself. */
export function timeOnce(
  who: Contender,
  doc: Document,
  view: Window & typeof globalThis,
  withClone = false,
): { ms: number; outcome: string } {
  const start = view.performance.now();
  const clone = doc.cloneNode(true) as Document;
  const t0 = withClone ? start : view.performance.now();
  const result = RUN[who](clone, view);
  const ms = view.performance.now() - t0;
  const outcome = who === 'verbatim' ? (result as { kind: string }).kind : result ? 'ok' : 'null';
  return { ms, outcome };
}
