/**
 * Words and punctuation of a (masked) paragraph, with offsets. A word keeps a trailing period only
 * when it is an abbreviation or an initial ("Sen.", "J.", "U.S."), so "said." is the word "said".
 */
import type { Token } from '../quotes/model';
import { isAbbreviation } from './abbreviations';

const TOKEN = /(?:\p{L}\.){2,}|\p{N}{1,3}(?:,\p{N}{3})+(?![\p{L}\p{N}])|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’&]|-(?=[\p{L}\p{N}]))*\.?|\u2592+|[,;:()\u2014\u2015\u2013]|\s-\s/gu;
const UPPER = /^\p{Lu}/u;

export function tokenize(masked: string): Token[] {
  const tokens: Token[] = [];
  for (const m of masked.matchAll(TOKEN)) {
    let text = m[0];
    const start = m.index;
    if (text[0] === '\u2592') {
      tokens.push({ text, low: text, start, end: start + text.length, type: 'quote', cap: false });
      continue;
    }
    if (/^[,;:()\u2014\u2015\u2013]$|^\s-\s$/.test(text)) {
      tokens.push({ text, low: text.trim(), start, end: start + text.length, type: 'punct', cap: false });
      continue;
    }
    let low = text.toLowerCase();
    if (low.endsWith('.')) {
      const bare = low.slice(0, -1);
      if (!isAbbreviation(bare)) {
        text = text.slice(0, -1);
        low = bare;
      } else low = bare;
    }
    tokens.push({ text, low, start, end: start + text.length, type: 'word', cap: UPPER.test(text) });
  }
  return tokens;
}
