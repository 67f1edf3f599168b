/**
 * Marks quotes in the reader view: finds a quote's text inside its block (by `data-vb-block`
 * index) and wraps the matching text in spans. Text only: a TreeWalker over text nodes and Ranges,
 * never HTML strings. Matching folds typographic quotes, dashes, case and runs of whitespace, so
 * the core's normalised quote text still finds the page's original characters.
 */

/** Characters that compare equal after folding (one character in, one out, so offsets map back). */
const FOLDS: ReadonlyArray<{ pattern: RegExp; to: string }> = [
  { pattern: /[\u2018\u2019\u201A\u201B\u2032]/, to: "'" }, // curly single quotes, prime
  { pattern: /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/, to: '"' }, // curly double quotes, guillemets
  { pattern: /[\u2010-\u2015\u2212]/, to: '-' }, // hyphens and dashes
  { pattern: /\s/, to: ' ' }, // any whitespace, nbsp included
];

function foldChar(c: string): string {
  for (const { pattern, to } of FOLDS) if (pattern.test(c)) return to;
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c;
}

/** A folded string with, for each of its characters, the text node and offset it came from. */
interface FoldedText {
  text: string;
  at: Array<{ node: Text; offset: number }>;
}

function foldNodes(block: Element): FoldedText {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  const at: FoldedText['at'] = [];
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const c = foldChar(data[i]!);
      if (c === ' ' && (text.length === 0 || text.endsWith(' '))) continue;
      text += c;
      at.push({ node, offset: i });
    }
  }
  return { text, at };
}

export function foldText(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = foldChar(ch);
    if (c === ' ' && (out.length === 0 || out.endsWith(' '))) continue;
    out += c;
  }
  return out.trimEnd();
}

/** Start and end (exclusive) of `needle` in `hay`; long quotes may match by their two ends. */
function locate(hay: string, needle: string): [number, number] | null {
  if (!needle) return null;
  const exact = hay.indexOf(needle);
  if (exact >= 0) return [exact, exact + needle.length];
  if (needle.length < 80) return null;
  const head = hay.indexOf(needle.slice(0, 40));
  const tailText = needle.slice(-40);
  const tail = head >= 0 ? hay.indexOf(tailText, head) : -1;
  return head >= 0 && tail >= 0 ? [head, tail + tailText.length] : null;
}

/**
 * Wraps the first occurrence of `quote` inside `block` in spans of class `className` and returns
 * them (several when the text crosses element boundaries), or [] when the text is not there.
 */
export function markText(block: Element, quote: string, className: string): HTMLElement[] {
  const folded = foldNodes(block);
  const span = locate(folded.text, foldText(quote));
  if (!span) return [];
  const first = folded.at[span[0]]!;
  const last = folded.at[span[1] - 1]!;
  const doc = block.ownerDocument;
  const pieces: Array<{ node: Text; start: number; end: number }> = [];
  let inside = false;
  const walker = doc.createTreeWalker(block, 4);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node === first.node) inside = true;
    if (!inside) continue;
    const start = node === first.node ? first.offset : 0;
    const end = node === last.node ? last.offset + 1 : node.data.length;
    if (end > start && node.data.slice(start, end).trim()) pieces.push({ node, start, end });
    if (node === last.node) break;
  }
  const marks: HTMLElement[] = [];
  for (const { node, start, end } of pieces.reverse()) {
    const range = doc.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const mark = doc.createElement('span');
    mark.className = className;
    range.surroundContents(mark);
    marks.unshift(mark);
  }
  return marks;
}
