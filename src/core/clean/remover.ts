/**
 * Removes elements on behalf of the rules and keeps cleaning from eating the article:
 *  - protected: <html>, <body>, and the ancestors-or-self of the page's article/main landmark;
 *  - per element: an element holding a large share of the page's paragraph text is kept;
 *  - per rule: when one rule's removals add up to most of the paragraph text, that rule is undone.
 * Every removal is recorded as {kind, text, rule}; every refusal goes to the trace.
 */
import type { Removal, RemovalKind, RuleId, TraceEntry } from '../types';
import { collapseSpace } from './normalize';

/** One element may not take more than this share of the page's paragraph text. */
export const ELEMENT_SHARE_LIMIT = 0.4;
/** One rule may not take more than this share of the page's paragraph text in total. */
export const RULE_SHARE_LIMIT = 0.5;

const LANDMARKS = 'article, main, [role="main"], [itemprop~="articleBody"]';

// Text-less removals are still worth telling the user about when they are ad slots or media.
const VISIBLE_FURNITURE = 'amp-ad, amp-embed, amp-sticky-ad, amp-analytics, amp-pixel, amp-social-share, ins, iframe, img, video';

interface Undo { node: Element; parent: Node; next: Node | null; removal: Removal }

/** Text length of the <p> elements in and at `el` (the article-text measure the guard uses). */
export function paragraphText(el: Element): number {
  let n = el.tagName === 'P' ? (el.textContent ?? '').length : 0;
  for (const p of el.getElementsByTagName('p')) n += (p.textContent ?? '').length;
  return n;
}

/** Characters of `el`'s text inside links, spaces dropped (how much of a box is links). */
export function linkedChars(el: Element): number {
  let n = 0;
  for (const a of el.getElementsByTagName('a')) n += (a.textContent ?? '').replace(/\s+/g, '').length;
  return n;
}

export class Remover {
  readonly removed: Removal[] = [];
  private readonly undo = new Map<RuleId, Undo[]>();
  private readonly taken = new Map<RuleId, number>();
  private readonly protectedEls = new Set<Element>();
  private readonly total: number;

  constructor(private readonly doc: Document, private readonly trace: TraceEntry[]) {
    const body = doc.body;
    // Pages without <p> text: the guard measures all body text instead.
    this.total = body ? paragraphText(body) || (body.textContent ?? '').length : 0;
    if (doc.documentElement) this.protectedEls.add(doc.documentElement);
    if (body) this.protectedEls.add(body);
    for (const landmark of doc.querySelectorAll(LANDMARKS)) {
      for (let el: Element | null = landmark; el; el = el.parentElement) this.protectedEls.add(el);
    }
  }

  private share(el: Element): number {
    if (this.total === 0) return 0;
    return (paragraphText(el) || (el.textContent ?? '').length * 0.5) / this.total;
  }

  /** Removes `el` for `rule` unless a guard says no; returns whether it was removed. */
  remove(el: Element, rule: RuleId, kind: RemovalKind, record = true): boolean {
    if (!el.isConnected || !el.parentNode) return false;
    if (this.protectedEls.has(el)) {
      this.trace.push({ stage: 'clean', rule: 'guard-protected', detail: `${rule} matched <${el.tagName.toLowerCase()}> holding the article; kept` });
      return false;
    }
    const share = this.share(el);
    if (share > ELEMENT_SHARE_LIMIT) {
      this.trace.push({ stage: 'clean', rule: 'guard-element', detail: `${rule} matched an element with ${Math.round(share * 100)}% of the article text; kept` });
      return false;
    }
    const removal: Removal = { kind, text: collapseSpace(el.textContent ?? '').slice(0, 200), rule };
    const undo: Undo = { node: el, parent: el.parentNode, next: el.nextSibling, removal };
    el.remove();
    if (record && (removal.text !== '' || el.matches(VISIBLE_FURNITURE) || el.querySelector(VISIBLE_FURNITURE))) this.removed.push(removal);
    this.undo.set(rule, [...(this.undo.get(rule) ?? []), undo]);
    this.taken.set(rule, (this.taken.get(rule) ?? 0) + share);
    return true;
  }

  /** Removes a loose label text node (text sitting directly beside blocks, as broken markup leaves it). */
  removeText(node: Text, rule: RuleId, kind: RemovalKind): void {
    this.removed.push({ kind, text: collapseSpace(node.nodeValue ?? ''), rule });
    node.remove();
  }

  /** Undoes every rule whose removals together took most of the article text. */
  checkRules(): void {
    for (const [rule, share] of this.taken) {
      if (share <= RULE_SHARE_LIMIT) continue;
      const undos = this.undo.get(rule) ?? [];
      for (const u of [...undos].reverse()) {
        u.parent.insertBefore(u.node, u.next && u.next.parentNode === u.parent ? u.next : null);
      }
      const gone = new Set(undos.map((u) => u.removal));
      this.removed.splice(0, this.removed.length, ...this.removed.filter((r) => !gone.has(r)));
      this.taken.set(rule, 0);
      this.undo.delete(rule);
      this.trace.push({ stage: 'clean', rule: 'guard-rule', detail: `${rule} would have removed ${Math.round(share * 100)}% of the article text; undone` });
    }
  }
}
