/**
 * Removes blocks whose ENTIRE text is an ad-break or boilerplate label, taking the largest ancestor
 * whose whole text is still labels of the same kind (a label div inside an ad wrapper goes with
 * the wrapper). Section-scoped labels ("Related stories", newsletter prompts) also take the small box
 * of links or form they head.
 */
import { AD_MARKERS } from './ad-markers';
import { BOILERPLATE_PHRASES } from './boilerplate-phrases';
import { matchForm } from './normalize';
import { compilePhrases, matchPhrase, type PhraseRule } from './phrase-rule';
import { linkedChars, type Remover } from './remover';

const PHRASES = compilePhrases([...AD_MARKERS, ...BOILERPLATE_PHRASES]);

/** Labels are short; longer text is never compared. */
const MAX_LABEL_CHARS = 160;
/** A headed box bigger than this is not a small box of links. */
const MAX_SECTION_CHARS = 1500;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'HEAD', 'HTML', 'BODY', 'OPTION', 'SVG']);
// Article headings that happen to be a label word are kept only inside h1 (the title).
const NEVER = new Set(['H1']);

// Pages repeat the same short texts (", ", "Share", "and"): each is normalised and matched once.
const LABEL_OF_TEXT = new Map<string, PhraseRule | null>();
const MAX_MEMO = 20_000;

/** The phrase rule a short text (≤ MAX_LABEL_CHARS) is entirely, or null. */
function labelOfText(raw: string): PhraseRule | null {
  let rule = LABEL_OF_TEXT.get(raw);
  if (rule === undefined) {
    const text = matchForm(raw);
    rule = text ? matchPhrase(PHRASES, text) : null;
    if (LABEL_OF_TEXT.size < MAX_MEMO) LABEL_OF_TEXT.set(raw, rule);
  }
  return rule;
}

function labelOf(el: Element): PhraseRule | null {
  const raw = el.textContent ?? '';
  return raw.length > MAX_LABEL_CHARS ? null : labelOfText(raw);
}

/** A small box of links or a form (no article prose): what a section label heads. */
function isHeadedBox(el: Element, labelChars: number): boolean {
  const chars = (el.textContent ?? '').length;
  if (chars > MAX_SECTION_CHARS || el.tagName === 'BODY' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN') return false;
  const rest = (el.textContent ?? '').replace(/\s+/g, '').length - labelChars;
  if (el.querySelector('input, button, form, iframe')) return true;
  // (the links' share of what the label heads, the label's own words left out)
  return rest > 0 && linkedChars(el) / rest >= 0.6;
}

/** The element to remove for a label found at `el`. */
function targetOf(el: Element, rule: PhraseRule): Element {
  let target = el;
  for (let up = el.parentElement; up && !SKIP.has(up.tagName); up = up.parentElement) {
    const label = labelOf(up);
    if (!label || label.kind !== rule.kind) break;
    target = up;
  }
  if (rule.scope === 'section') {
    const labelChars = (target.textContent ?? '').replace(/\s+/g, '').length;
    for (let up = target.parentElement; up && isHeadedBox(up, labelChars); up = up.parentElement) target = up;
  }
  return target;
}

/** Elements that directly hold a short non-empty text node, in document order. */
function labelCandidates(root: Element): Element[] {
  const out: Element[] = [];
  const seen = new Set<Element>();
  const walker = root.ownerDocument.createTreeWalker(root, 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length > MAX_LABEL_CHARS || value.trim() === '') continue;
    const parent = node.parentElement;
    if (parent && !seen.has(parent) && !SKIP.has(parent.tagName) && !NEVER.has(parent.tagName)) {
      seen.add(parent);
      out.push(parent);
    }
  }
  return out;
}

/** Label text nodes directly inside a longer block (an unclosed wrapper around a label). */
function removeLooseLabels(el: Element, remover: Remover): number {
  // One child: its text is the element's whole text, which labelOf has already ruled out.
  if (el.firstChild === el.lastChild) return 0;
  let count = 0;
  for (let child = el.firstChild; child; ) {
    const next = child.nextSibling;
    const value = child.nodeType === 3 ? child.nodeValue ?? '' : '';
    const rule = value && value.length <= MAX_LABEL_CHARS ? labelOfText(value) : null;
    if (rule) {
      remover.removeText(child as Text, rule.id, rule.kind);
      count++;
    }
    child = next;
  }
  return count;
}

/** Runs the phrase tables over the body; returns how many blocks went. */
export function removeByText(doc: Document, remover: Remover): number {
  if (!doc.body) return 0;
  let count = 0;
  for (const el of labelCandidates(doc.body)) {
    if (!el.isConnected) continue;
    // A label split over inline children ("Story continues below <b>advertisement</b>") is found at
    // the block holding its first text node, whose whole text is the label.
    const rule = labelOf(el);
    if (!rule) {
      count += removeLooseLabels(el, remover);
      continue;
    }
    if (remover.remove(targetOf(el, rule), rule.id, rule.kind)) count++;
  }
  return count;
}
