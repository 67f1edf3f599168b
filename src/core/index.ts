/**
 * The core's public API. Pure: it works on the Document (already cloned) or text it is given and
 * never touches extension APIs or the global window/document. Shared by the CLI and the tests. The
 * extension's shells import only what they run: the content script pipeline.ts and render/sanitize.ts
 * (the quotes engine stays out of the page), the background quote-finder.ts.
 */
import { runPage } from './pipeline';
import { quoteFinder } from './quote-finder';
import type { Outcome, ProcessOptions } from './types';

/** The whole pipeline, quotes included (see pipeline.ts): detect → clean → extract → render → quotes. */
export function processPage(doc: Document, options: ProcessOptions): Outcome {
  return runPage(doc, options, quoteFinder);
}

export { precheck, quoteInput } from './pipeline';
export { sanitizedFragment } from './render/sanitize';
export { findQuotes } from './quotes';
export { quoteFinder };
export { splitParagraphs } from './text/normalize';
export type * from './types';
