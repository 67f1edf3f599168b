/**
 * Narrows the page before the engine runs, so that it scores a small tree:
 *   1. landmark   one <article>, <main> or articleBody element holds ≥ 90 % of the paragraph text
 *                 → only it is kept (what cleaning left of rails, teasers and footers goes);
 *   2. text block no landmark does, but one plain container holds ≥ 90 % of the paragraph text
 *                 → only its grandparent is kept: the container, its siblings (the engine joins
 *                   related siblings such as a lead figure) and their parent stay as they were;
 *                   it stops at a layout table (the engine scores its cells as a whole).
 * A smaller page is faster to score and has less to get wrong; less than that share is not trusted.
 */

const LANDMARKS = 'article, main, [role="main"], [itemprop~="articleBody"]';
/** The kept element must hold at least this share of the body's paragraph text. */
const SHARE = 0.9;
/** Pages with less paragraph text than this are left whole. */
const MIN_TEXT = 500;
/** Levels kept above the deepest container of the text (its siblings and their parent). */
const LEVELS_UP = 2;
/** Layout tables: the engine scores cells and rows as a whole, so the narrowing never goes inside one. */
const TABLE_PARTS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH']);

/**
 * Keeps only the landmark holding nearly all paragraph text: the outermost such <article> (it keeps
 * the standfirst and headings beside the body), else the deepest such <main>/articleBody element.
 * Returns its tag, or null when the page is left whole.
 */
export function focusOnLandmark(body: Element, measure = measureParagraphs(body)): string | null {
  const best = landmarkHolding(body, measure);
  if (!best) return null;
  body.replaceChildren(best);
  return best.tagName.toLowerCase();
}

/** The landmark focusOnLandmark keeps, or null. */
function landmarkHolding(body: Element, measure: ParagraphMeasure): Element | null {
  const { held, total } = measure;
  if (total < MIN_TEXT) return null;
  let article: Element | null = null;
  let other: Element | null = null;
  for (const el of body.querySelectorAll(LANDMARKS)) {
    const own = el.tagName === 'P' ? (el.textContent ?? '').length : 0;
    if ((held.get(el) ?? 0) + own < total * SHARE) continue;
    if (el.tagName === 'ARTICLE') article ??= el;
    // Later matches inside an earlier one are deeper.
    else if (!other || other.contains(el)) other = el;
  }
  const best = article ?? other;
  return best && best !== body ? best : null;
}

/** Paragraph text (the length of the <p> text) below each element of a body, and in the whole body. */
export interface ParagraphMeasure { held: Map<Element, number>; total: number }

/** The ParagraphMeasure of `body`, in one pass over its <p>s. */
export function measureParagraphs(body: Element): ParagraphMeasure {
  const held = new Map<Element, number>();
  let total = 0;
  for (const p of body.getElementsByTagName('p')) {
    const n = (p.textContent ?? '').length;
    if (n === 0) continue;
    total += n;
    for (let up = p.parentElement; up && up !== body; up = up.parentElement) held.set(up, (held.get(up) ?? 0) + n);
  }
  return { held, total };
}

/**
 * Keeps only the grandparent of the deepest element holding ≥ 90 % of the paragraph text (step 2
 * above). Returns how many levels below the body the kept element sits, or 0 when the page is left whole.
 */
export function focusOnTextBlock(body: Element, measure = measureParagraphs(body)): number {
  const found = textBlockHolding(body, measure);
  if (!found) return 0;
  body.replaceChildren(found.keep);
  return found.depth;
}

/** The element focusOnTextBlock keeps and its depth below the body, or null. */
function textBlockHolding(body: Element, measure: ParagraphMeasure): { keep: Element; depth: number } | null {
  const { held, total } = measure;
  if (total < MIN_TEXT) return null;
  const path: Element[] = [];
  for (let el: Element | null = body; el; ) {
    let into: Element | null = null;
    for (let child: Element | null = el.firstElementChild; child; child = child.nextElementSibling) {
      if ((held.get(child) ?? 0) >= total * SHARE && !TABLE_PARTS.has(child.tagName)) {
        into = child;
        break;
      }
    }
    if (into) path.push(into);
    el = into;
  }
  const keep = path[path.length - 1 - LEVELS_UP];
  return keep ? { keep, depth: path.length - LEVELS_UP } : null;
}
