/**
 * Step 1: sentences of a paragraph, found on the masked text so that a quotation is never cut.
 * A sentence ends at . ? ! followed by space and a capital or a quotation, unless the word before the
 * period is an abbreviation or an initial; a quotation whose words end in . ? ! ends one too.
 * `“We are ready.” Peskov said on Jan. 27 that talks go on.` → 2 sentences.
 */
import { isAbbreviation } from '../text/abbreviations';
import type { QuoteSpan, Sentence } from './model';

const END = /[.?!]+[)\]'’"”]*\s+(?=[\p{Lu}\p{N}\u2592“"‘(«„])|(?<=\p{Ll}{2}[.?!])(?=\p{Lu}\p{Ll}|\u2592)/gu;
const WORD_BEFORE = /([\p{L}\p{N}.]+)$/u;

export function splitSentences(text: string, masked: string, spans: readonly QuoteSpan[]): Sentence[] {
  const cuts: number[] = [];
  for (const m of masked.matchAll(END)) {
    const word = WORD_BEFORE.exec(masked.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
    // (only a period can close an abbreviation: "the 1990s? “It goes …”" ends a sentence)
    if (m[0][0] === '.' && word && isAbbreviation(word.toLowerCase()) && !/^(?:u\.s|u\.k)$/i.test(word)) continue;
    // "U.S." ends a sentence only when a pronoun or article starts the next one
    if (/^(?:u\.s|u\.k)$/i.test(word) && !/^(?:He|She|It|They|The|But|In|A)\b/.test(masked.slice(m.index + m[0].length))) continue;
    cuts.push(m.index + m[0].length);
  }
  for (const s of spans) {
    const inner = text.slice(s.innerStart, s.innerEnd).trimEnd();
    if (!s.closed || !/[.?!…]$/.test(inner)) continue;
    const rest = masked.slice(s.end);
    // (also with no space: "…so do we!”After the vote")
    const lead = /^\s+(?=[\p{Lu}\u2592(])|^(?=\p{Lu}\p{Ll})/u.exec(rest);
    if (lead) cuts.push(s.end + lead[0].length);
  }
  cuts.sort((a, b) => a - b);
  const sentences: Sentence[] = [];
  let at = 0;
  for (const c of cuts) {
    if (c <= at || c >= text.length) continue;
    sentences.push({ start: at, end: c });
    at = c;
  }
  sentences.push({ start: at, end: text.length });
  return sentences;
}
