/**
 * Finds page furniture by structure: the structural rule table and class/id name segments, in one
 * pass; removal goes in document order so that a wrapper goes before the slot inside it.
 * A named box that holds article-like prose is kept (a wrapper called "article-with-share-bar" is the
 * article, not a share bar); only comment threads may hold prose.
 */
import { NAME_SEGMENT_RULES, type NameSegmentRule, type SelectorRule } from './boilerplate-selectors';
import { collapseSpace } from './normalize';
import type { Remover } from './remover';
import { structureRuleOf } from './structure-match';

// Split "helper__AdContainer-sc-12" / "c-ad--bigbox" into lower-case segments.
const CAMEL = /([a-z0-9])([A-Z])/g;
const SEPARATORS = /[^A-Za-z0-9]+/;

const SEGMENT_RULE = new Map<string, NameSegmentRule>();
for (const rule of NAME_SEGMENT_RULES) for (const s of rule.segments) SEGMENT_RULE.set(s, rule);

/** Prose: a paragraph of at least this many characters. */
const PROSE_CHARS = 140;

export function segmentsOf(name: string): string[] {
  return name.replace(CAMEL, '$1 $2').split(SEPARATORS).filter(Boolean).map((s) => s.toLowerCase());
}

// Pages repeat the same class names thousands of times: each token is split once.
const TOKEN_RULE = new Map<string, NameSegmentRule | null>();

function tokenRule(token: string): NameSegmentRule | null {
  let rule = TOKEN_RULE.get(token);
  if (rule === undefined) {
    rule = segmentsOf(token).map((s) => SEGMENT_RULE.get(s)).find((r) => r !== undefined) ?? null;
    if (TOKEN_RULE.size < 50_000) TOKEN_RULE.set(token, rule);
  }
  return rule;
}

/** The rule an element's class or id names it under, or null. */
export function nameRuleOf(el: Element): NameSegmentRule | null {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  for (const token of names.split(/\s+/)) {
    if (!token) continue;
    const rule = tokenRule(token);
    if (rule) return rule;
  }
  return null;
}

/** A sign-up pitch opening a paragraph ("Sign up for Harbor Notes, a weekly newsletter …"): in a newsletter box it is
 * the box's own text, however long, never article prose. */
const SIGN_UP = /^(?:sign up|subscribe|join|get (?:our|the))\b/i;

function holdsProse(el: Element, kind: SelectorRule['kind']): boolean {
  const prose = (p: Element): boolean => {
    const raw = p.textContent ?? '';
    // (measured without the source's indentation: a pretty-printed "$7/month" is no paragraph)
    if (raw.length < PROSE_CHARS) return false;
    const text = collapseSpace(raw);
    return text.length >= PROSE_CHARS && !(kind === 'newsletter' && SIGN_UP.test(text));
  };
  if (el.tagName === 'P' && prose(el)) return true;
  for (const p of el.getElementsByTagName('p')) if (prose(p)) return true;
  return false;
}

// Elements a name rule never takes: the document, headings, media and inline text.
const NAME_EXEMPT = new Set(['HTML', 'BODY', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'P', 'IMG', 'PICTURE', 'FIGURE', 'VIDEO', 'TIME', 'SPAN', 'EM', 'STRONG', 'B', 'I']);

interface Candidate { el: Element; id: string; kind: SelectorRule['kind']; named: boolean }

/** Structural and name matches of the body, in one pass: regions (early) and the rest. */
export interface Furniture { regions: Candidate[]; boxes: Candidate[] }

export function findFurniture(body: Element): Furniture {
  const regions: Candidate[] = [];
  const boxes: Candidate[] = [];
  const walker = body.ownerDocument.createTreeWalker(body, 0x1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    const structural = structureRuleOf(el);
    if (structural) {
      (structural.early ? regions : boxes).push({ el, id: structural.id, kind: structural.kind, named: false });
      continue;
    }
    if (NAME_EXEMPT.has(el.tagName) || (!el.hasAttribute('class') && !el.hasAttribute('id'))) continue;
    const rule = nameRuleOf(el);
    if (rule) boxes.push({ el, id: rule.id, kind: rule.kind, named: !rule.mayHoldProse });
  }
  return { regions, boxes };
}

/** Removes candidates in document order; a named box that holds prose is kept. */
export function removeCandidates(candidates: readonly Candidate[], remover: Remover): number {
  let count = 0;
  for (const { el, id, kind, named } of candidates) {
    if (!el.isConnected || (named && holdsProse(el, kind))) continue;
    if (remover.remove(el, id, kind)) count++;
  }
  return count;
}
