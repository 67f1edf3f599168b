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
/** What opens a byline before the names: "By", "Written by", "Posted by" … */
export const BY_LEAD = '^(?:(?:written|words|story|text|posted|published|reported)\\s+)?by\\s+';
const BY = new RegExp(`${BY_LEAD}\\p{Lu}`, 'iu');

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\\s+)?';
const TIME = '(?:[\\s,]+(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?(?:\\s+[A-Z]{2,4})?)?';
export const DATE = `(?:${DAY}(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})${TIME})`;
// "Posted January 27, 2022 9:48 am", "Monday 12 February 2024, 7:30am", "Updated: 2024-02-12 08:00".
const DATELINE = new RegExp(`^(?:(?:posted|published|updated|last updated|first published)(?:\\s+on)?:?\\s*)?${DATE}(?:\\s*[|·•,]\\s*(?:(?:updated|last updated):?\\s*)?${DATE})?$`, 'i');

// "1:39 PM ET", "Updated 9:48 a.m.": a publication time without its date.
const TIMELINE = /^(?:(?:posted|published|updated|last updated)(?:\s+at)?:?\s*)?\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)(?:\s+[A-Z]{2,4})?$/i;

/** A block that is nothing but a publication date or time. */
export function isDateLine(text: string): boolean {
  return text.length <= 80 && (DATELINE.test(text) || TIMELINE.test(text));
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

/** Removes `el`, and its list when nothing of the list is left to read. */
function removeBlock(el: Element): void {
  const list = el.tagName === 'LI' ? el.parentElement : null;
  el.remove();
  if (list && (list.tagName === 'UL' || list.tagName === 'OL') && (list.textContent ?? '').trim() === '') list.remove();
}

/**
 * Removes byline and dateline blocks from the head of `blocks` (a dateline may also be a list item
 * of a metadata list: "• Feb. 3, 2021 •"); returns the byline text found, if any.
 */
export function dropBylineBlocks(blocks: BlockNode[], byline: string | null): string | null {
  let found: string | null = null;
  for (let i = 0; i < Math.min(HEAD, blocks.length); i++) {
    const b = blocks[i] as BlockNode;
    const isDate = isDateLine(b.block.text);
    if (b.block.tag !== 'p' && !(b.block.tag === 'li' && isDate)) continue;
    const isByline = isBylineBlock(b.block.text, byline);
    if (!isByline && !isDate) continue;
    if (isByline) found ??= b.block.text;
    blocks.splice(i, 1);
    removeBlock(b.el);
    i--;
  }
  return found;
}

/** The byline's author names ("Jane Doe and John Roe" → both), lower-cased. */
function authorNames(byline: string): string[] {
  return byline.split(/\s*(?:,|;|&|\band\b)\s*/i).map((n) => n.trim().toLowerCase()).filter((n) => n.includes(' '));
}

/**
 * Removes the authors' photos from `content`: an image whose alt text is an author's full name, with
 * the link around it when the link holds nothing else. The header names the authors already.
 */
export function dropAuthorPhotos(content: Element, byline: string | null): number {
  const names = byline ? authorNames(byline) : [];
  if (names.length === 0) return 0;
  let count = 0;
  for (const img of [...content.getElementsByTagName('img')]) {
    if (!names.includes((img.getAttribute('alt') ?? '').trim().toLowerCase())) continue;
    const link = img.closest('a');
    (link && (link.textContent ?? '').trim() === '' ? link : img).remove();
    count++;
  }
  return count;
}
