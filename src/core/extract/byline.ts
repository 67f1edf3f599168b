/**
 * A byline or dateline repeated as the first lines of the body ("By Mark Hartwell", "Posted
 * January 27, 2022 9:48 am") is dropped from the body: the reader view shows byline and date once, in
 * the header, and byline names must never reach the quotes engine as body text.
 */
import type { BlockNode } from './collect-blocks';

/** Only the opening blocks are looked at. */
const HEAD = 4;
const MAX_BYLINE_WORDS = 16;
// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by …", "Words by …".
const BY = /^(?:(?:written|words|story|text|posted|published) )?by\s+\p{Lu}/iu;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\\s+)?';
const TIME = '(?:[\\s,]+(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?(?:\\s+[A-Z]{2,4})?)?';
const DATE = `(?:${DAY}(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})${TIME})`;
// "Posted January 27, 2022 9:48 am", "Monday 12 February 2024, 7:30am", "Updated: 2024-02-12 08:00".
const DATELINE = new RegExp(`^(?:(?:posted|published|updated|last updated|first published)(?:\\s+on)?:?\\s*)?${DATE}(?:\\s*[|·•,]\\s*(?:(?:updated|last updated):?\\s*)?${DATE})?$`, 'i');

/** A block that is nothing but a publication date. */
export function isDateLine(text: string): boolean {
  return text.length <= 80 && DATELINE.test(text);
}

function nameTokens(byline: string | null): string[] {
  if (!byline) return [];
  return byline.split(/[\s,;&]+/u).filter((t) => t.length > 2 && /^\p{Lu}/u.test(t) && !/^(?:and|The|By|Reuters|Staff|Associated|Press)$/u.test(t));
}

export function isBylineBlock(text: string, byline: string | null): boolean {
  const words = text.split(' ').length;
  if (words > MAX_BYLINE_WORDS) return false;
  if (byline && text.toLowerCase() === byline.toLowerCase()) return true;
  if (!BY.test(text)) return false;
  const names = nameTokens(byline);
  return names.length === 0 || names.some((n) => text.includes(n));
}

/** Removes byline and dateline blocks from the head of `blocks`; returns the byline text found, if any. */
export function dropBylineBlocks(blocks: BlockNode[], byline: string | null): string | null {
  let found: string | null = null;
  for (let i = 0; i < Math.min(HEAD, blocks.length); i++) {
    const b = blocks[i] as BlockNode;
    if (b.block.tag !== 'p') continue;
    const isByline = isBylineBlock(b.block.text, byline);
    if (!isByline && !isDateLine(b.block.text)) continue;
    if (isByline) found ??= b.block.text;
    blocks.splice(i, 1);
    b.el.remove();
    i--;
  }
  return found;
}
