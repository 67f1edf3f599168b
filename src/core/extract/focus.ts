/**
 * Narrows the page to the landmark that holds the article before the engine runs: when one
 * <article>, <main> or articleBody element holds nearly all of the page's paragraph text, the rest of
 * the body (what cleaning left of rails, teasers and footers) is dropped. A smaller page is faster to
 * score and has less to get wrong; a landmark holding less than that share is not trusted.
 */
import { paragraphText } from '../clean/remover';

const LANDMARKS = 'article, main, [role="main"], [itemprop~="articleBody"]';
/** The landmark must hold at least this share of the body's paragraph text. */
const SHARE = 0.9;
/** Pages with less paragraph text than this are left whole. */
const MIN_TEXT = 500;

/**
 * Keeps only the landmark holding nearly all paragraph text: the outermost such <article> (it keeps
 * the standfirst and headings beside the body), else the deepest such <main>/articleBody element.
 * Returns its tag, or null when the page is left whole.
 */
export function focusOnLandmark(body: Element): string | null {
  const total = paragraphText(body);
  if (total < MIN_TEXT) return null;
  let article: Element | null = null;
  let other: Element | null = null;
  for (const el of body.querySelectorAll(LANDMARKS)) {
    if (paragraphText(el) < total * SHARE) continue;
    if (el.tagName === 'ARTICLE') article ??= el;
    // Later matches inside an earlier one are deeper.
    else if (!other || other.contains(el)) other = el;
  }
  const best = article ?? other;
  if (!best || best === body) return null;
  body.replaceChildren(best);
  return best.tagName.toLowerCase();
}
