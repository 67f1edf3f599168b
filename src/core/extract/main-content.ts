/**
 * The article body engine: @mozilla/readability on the cleaned clone, kept behind our own types so
 * the rest of the core never sees Readability's shapes. Readability mutates the document it is given
 * (the clone the caller owns) and hands back the content element itself, not an HTML string.
 */
import { Readability } from '@mozilla/readability';
import { collapseSpace } from '../clean/normalize';

export interface MainContent {
  /** The article body element (inside the clone); extraction and render work on it directly. */
  content: Element;
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
}

const orNull = (s: string | null | undefined): string | null => (s ? collapseSpace(s) || null : null);

/**
 * @param maxElements the element budget: the engine refuses (null) a tree larger than this. Detect
 *   enforces the same budget on the whole page first, so this only bounds what cleaning left.
 */
export function readMainContent(doc: Document, maxElements: number): MainContent | null {
  const reader = new Readability<Element>(doc, {
    // Return the content element itself: no HTML string round trip.
    serializer: (node) => node as Element,
    maxElemsToParse: maxElements,
    // detect has read the page's JSON-LD already (ArticleMeta comes first); the engine need not parse it again.
    disableJSONLD: true,
  });
  let result: ReturnType<typeof reader.parse>;
  try {
    result = reader.parse();
  } catch {
    // Readability throws only when the tree is over the budget.
    return null;
  }
  if (!result?.content) return null;
  return {
    content: result.content,
    title: orNull(result.title),
    byline: orNull(result.byline),
    excerpt: orNull(result.excerpt),
    siteName: orNull(result.siteName),
    publishedTime: orNull(result.publishedTime),
    lang: orNull(result.lang),
  };
}
