/**
 * The article body element → its text blocks in reading order. A block is the smallest element
 * holding text directly (a <p>, a heading, a list item, a quote's paragraph, a cell …); loose text
 * beside block elements is wrapped in a <p> so that it, too, can be marked and quoted. Each block
 * element is returned with its TextBlock so render can mark it with data-vb-block.
 */
import type { TextBlock } from '../types';
import { blockText } from '../clean/normalize';

export interface BlockNode {
  block: Omit<TextBlock, 'index'>;
  el: Element;
}

/** Elements that start a new block when they appear inside another. */
const BLOCK_LEVEL = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'UL', 'SUMMARY', 'VIDEO', 'PICTURE',
]);
/** Blocks that are never split further, whatever they hold. */
const ATOMIC = new Set(['PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** No letter and no digit: not text a reader reads. */
const WORDLESS = /^[^\p{L}\p{N}]*$/u;

const TAG_OF: Record<string, TextBlock['tag']> = {
  P: 'p', H1: 'h2', H2: 'h2', H3: 'h3', H4: 'h4', H5: 'h4', H6: 'h4', LI: 'li', PRE: 'pre', FIGCAPTION: 'figcaption', BLOCKQUOTE: 'blockquote',
};

function hasBlockChild(el: Element): boolean {
  for (const child of el.children) if (BLOCK_LEVEL.has(child.tagName)) return true;
  return false;
}

const isBlank = (node: Node): boolean => node.nodeType === 3 ? (node.nodeValue ?? '').trim() === '' : node.nodeType !== 1;

/** Wraps runs of inline content that sit directly in a container holding blocks. */
function wrapLooseText(el: Element): void {
  let run: Node[] = [];
  const flush = (before: Node | null): void => {
    if (run.some((n) => !isBlank(n) && !(n.nodeType === 1 && (n as Element).tagName === 'BR'))) {
      const p = el.ownerDocument.createElement('p');
      el.insertBefore(p, before);
      for (const n of run) p.append(n);
    }
    run = [];
  };
  for (let child = el.firstChild; child; ) {
    const next = child.nextSibling;
    if (child.nodeType === 1 && BLOCK_LEVEL.has((child as Element).tagName)) flush(child);
    else run.push(child);
    child = next;
  }
  flush(null);
}

function tagFor(el: Element, inQuote: boolean): TextBlock['tag'] {
  if (inQuote && (el.tagName === 'P' || el.tagName === 'BLOCKQUOTE')) return 'blockquote';
  return TAG_OF[el.tagName] ?? 'p';
}

/** Blocks of `root` in document order; iterative so deep nesting cannot overflow the stack. */
export function collectBlocks(root: Element): BlockNode[] {
  const out: BlockNode[] = [];
  const stack: { el: Element; inQuote: boolean }[] = [{ el: root, inQuote: false }];
  while (stack.length > 0) {
    const { el, inQuote } = stack.pop() as { el: Element; inQuote: boolean };
    if (el !== root && (ATOMIC.has(el.tagName) || !hasBlockChild(el))) {
      const text = blockText(el);
      if (WORDLESS.test(text)) {
        // Stray punctuation (markup debris such as `">`) is no block; images inside stay.
        if (text && !el.querySelector('img, video, picture')) el.remove();
      } else out.push({ block: { tag: tagFor(el, inQuote), text }, el });
      continue;
    }
    wrapLooseText(el);
    const quote = inQuote || el.tagName === 'BLOCKQUOTE';
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i] as Element;
      if (BLOCK_LEVEL.has(child.tagName) || child.tagName === 'P') stack.push({ el: child, inQuote: quote });
    }
  }
  return out;
}

/** A heading this long repeated by the paragraph after it is that paragraph's copy, not a title. */
const MIN_REPEATED_CHARS = 40;
const HEADINGS = new Set<TextBlock['tag']>(['h2', 'h3', 'h4']);

/**
 * A heading whose whole text the next block repeats (a slideshow's headline over its description,
 * both the same long caption) is read once, as the paragraph. Two equal paragraphs in a row stay:
 * a page may mean them (two references to one source). Returns how many headings went.
 */
export function dropRepeatedHeadings(blocks: BlockNode[]): number {
  let count = 0;
  for (let i = blocks.length - 2; i >= 0; i--) {
    const [heading, next] = [blocks[i] as BlockNode, blocks[i + 1] as BlockNode];
    if (!HEADINGS.has(heading.block.tag) || HEADINGS.has(next.block.tag)) continue;
    if (heading.block.text.length < MIN_REPEATED_CHARS || heading.block.text !== next.block.text) continue;
    heading.el.remove();
    blocks.splice(i, 1);
    count++;
  }
  return count;
}
