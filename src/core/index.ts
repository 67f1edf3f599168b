/**
 * The core's public API. Pure: it works on the Document (already cloned) or text it is given and
 * never touches extension APIs or the global window/document. Shared by the content script, the CLI
 * and the tests.
 */
export { precheck, processPage, processPagePaced } from './pipeline';
export { sanitizedFragment } from './render/sanitize';
export { findQuotes } from './quotes';
export { splitParagraphs } from './text/normalize';
export type * from './types';
