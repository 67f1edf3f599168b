/**
 * The credits line ("(Additional reporting by …, Writing by …, Editing by …)") is the newsroom's
 * footnote, not article text: it is pulled out of the body into Article.credits. Only the last few
 * blocks are looked at, and only a block that is nothing but credits.
 */
import type { BlockNode } from './collect-blocks';

/** DATA: how a credits block starts; each entry one wire-service or newsroom convention. */
const CREDIT_OPENERS: readonly { id: string; pattern: string }[] = [
  // Reuters: "(Additional reporting by X in Y; Writing by Z; Editing by W)".
  { id: 'additional-reporting', pattern: 'additional reporting (?:by|from)' },
  // "Reporting by X; Editing by Y", "Writing by X", "Editing by Y".
  { id: 'role-by', pattern: '(?:reporting|writing|editing|compiled|compilation|research|translation|translated|graphics|produced|production|fact-checking) by' },
  // AP: "Associated Press writer X contributed to this report." / "X contributed reporting."
  { id: 'contributed', pattern: '(?:the )?(?:associated press|ap|staff)? ?(?:writers?|reporters?|correspondents?)? ?[\\p{Lu}][\\p{L}.\' -]{2,80} contributed (?:to this (?:report|story|article)|reporting)' },
];

const CREDITS = new RegExp(`^[([]?\\s*(?:${CREDIT_OPENERS.map((c) => c.pattern).join('|')})\\b`, 'iu');
/** How many blocks from the end may hold the credits. */
const TAIL = 4;
const MAX_CREDITS_CHARS = 400;

export function isCreditsLine(text: string): boolean {
  return text.length <= MAX_CREDITS_CHARS && CREDITS.test(text);
}

/** Removes the credits block(s) from the tail of `blocks`; returns their text joined, or null. */
export function takeCredits(blocks: BlockNode[]): string | null {
  const found: BlockNode[] = [];
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - TAIL); i--) {
    const b = blocks[i] as BlockNode;
    if (b.block.tag === 'p' && isCreditsLine(b.block.text)) found.unshift(b);
  }
  if (found.length === 0) return null;
  for (const b of found) {
    blocks.splice(blocks.indexOf(b), 1);
    b.el.remove();
  }
  return found.map((b) => b.block.text).join(' ');
}
