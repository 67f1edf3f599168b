/**
 * Promotion lines inside the article body: a paragraph that is only a label and a link to another
 * story ("[Read: Why the port reopened]", "RELATED: Council votes on budget", "Watch: the storm
 * hits"). The article goes on around them; they are page furniture in the middle of it. A paragraph
 * whose words after the label are mostly not a link is article text ("Read: the letter says …").
 */
import { collapseSpace } from './normalize';
import { linkedChars, type Remover } from './remover';

/** DATA: a promotion's label opening the line, with its colon (or bar), maybe in brackets. */
const PROMO_LABEL = /^[[(]?\s*(?:read|read more|read next|read also|also read|related|see also|more|more on this|watch|listen|recommended|editor['’]s picks?|don['’]t miss|must read|further reading)\s*[:|]\s*/iu;
/** A promotion is one line: a headline after its label. */
const MAX_CHARS = 300;
/** Share of the words after the label that a link must hold. */
const MIN_LINKED = 0.8;

/** True when a paragraph is a label and a link to another story. */
export function isPromoLine(el: Element): boolean {
  // (the label is tested first: most paragraphs are article text and are never collapsed)
  const raw = (el.textContent ?? '').trimStart();
  if (!PROMO_LABEL.test(raw)) return false;
  const text = collapseSpace(raw).trim();
  const label = PROMO_LABEL.exec(text);
  if (!label || text.length > MAX_CHARS) return false;
  const rest = text.slice(label[0].length).replace(/[\])]\s*$/, '').replace(/\s+/g, '').length;
  return rest > 0 && linkedChars(el) >= MIN_LINKED * rest;
}

/** Removes the promotion lines among the page's paragraphs; returns how many. */
export function removePromoLines(doc: Document, remover: Remover): number {
  let count = 0;
  for (const p of [...(doc.body?.getElementsByTagName('p') ?? [])]) {
    if (isPromoLine(p) && remover.remove(p, 'promo-line', 'related')) count++;
  }
  return count;
}
