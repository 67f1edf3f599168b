/**
 * Step 4c: a question put to someone, reported by the article: "Asked whether he would run, Smith
 * said …", "…, she said when asked if that remains her view." The question is reported speech of
 * its asker: the one named after "by" ("Asked by host Jo Park whether …" → Jo Park), else an unnamed
 * asker (no speaker); its words run from the question word to the clause's end.
 */
import { firstFrom } from '../text/search';
import { quoteText, type Mention, type Paragraph, type RawQuote } from './model';
import { phraseAfter } from './speaker-phrase-after';

/** DATA: how a reported question opens; group 1 is where its words start. */
const QUESTION_OPENERS: readonly { id: string; pattern: RegExp }[] = [
  // "Asked whether/if/why …," at a sentence's start (optionally "When asked", "Also asked")
  { id: 'asked-at-start', pattern: /^(?:when\s+|also\s+|after\s+being\s+|later\s+)?asked\b[^,;:\u2592]{0,60}?\b((?:whether|if|why|how|what|who|which|when)\b)/i },
  // "Asked about the deal, Smith said …": the topic put to the speaker
  // ("about" opens the topic: "Asked about it", "Asked Tuesday about Okafor")
  { id: 'asked-about', pattern: /^(?:when\s+|also\s+|later\s+)?asked\s+(?:[^\s,;:\u2592]+\s+){0,4}?(about\s+[^\s,;:\u2592])/i },
  // "…, she said when asked (by a journalist) if …"
  { id: 'when-asked', pattern: /\bwhen\s+asked\b[^,;:\u2592]{0,40}?\b((?:whether|if|why|how|what|who|which)\b)/ },
  // "…, she said when asked about the merger"
  { id: 'when-asked-about', pattern: /\bwhen\s+asked\s+(?:[^\s,;:\u2592]+\s+){0,4}?(about\s+[^\s,;:\u2592])/ },
  // "Trump was asked (by a caller) what he thought …", "Okafor was asked about the remark"
  { id: 'was-asked', pattern: /\b(?:was|were|is|are|been|being|got|gets|get)\s+asked\b(?:\s+(?:by|on|at|in|during)\s+[^,;:\u2592]{1,40}?)?\s+(?:about\s+)?((?:whether|if|why|how|what|who|whom|which|when|to\s+\p{Ll}|(?<=about\s+)[^\s,;:\u2592]))/u },
];
/** The question ends at a comma, a colon or the sentence's end, never at an abbreviation's period ("whether Mr. Clinton …"; a quotation inside it is part of it: "if Clinton “gets” race"). */
const QUESTION_END = /,(?!\d{3}\b)|[;:]|[.?!]\s*$/;
/** A quotation closing its clause with the comma typed inside its mark: "… on “CBS This Morning,” Sanders said". */
const QUOTED_CLAUSE_END = /,[\u201D"\u2019']$/;
/** Words a question needs ("about it", "about Sullivan": the topic with its preposition; otherwise three). */
const minWords = (text: string): number => (/^about\s/i.test(text) ? 2 : 3);

/** A comma before the sentence's main clause: its subject (a pronoun or up to four capitalised words) and a verb. */
const MAIN_CLAUSE = /,\s+(?:(?:he|she|they|we|I)\s+|(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})\p{Ll}+/gu;

/** What opens an apposition or a relative clause after a comma ("Jane Doe, the nominee, who …"). */
const APPOSITION = /,\s+(?:the|a|an|who|which|whose|his|her|their)\s/;

/** Offset of the last comma in `rest` that opens the main clause, when the question's first comma opens an apposition; or -1. */
function lastMainClauseComma(rest: string): number {
  const first = rest.indexOf(',');
  if (first < 0 || APPOSITION.exec(rest.slice(first))?.index !== 0) return -1;
  let at = -1;
  for (const m of rest.matchAll(MAIN_CLAUSE)) at = m.index;
  return at;
}

/** The asker named after "by" between `lo` and `hi` ("asked by host Jo Park whether"): a person or a body, never "by phone". */
function askerIn(p: Paragraph, lo: number, hi: number): Mention | null {
  const last = firstFrom(p.tokens, hi);
  for (let i = firstFrom(p.tokens, lo); i < last; i++) {
    if (p.tokens[i]?.low !== 'by') continue;
    const who = phraseAfter(p.text, p.tokens, i + 1, last);
    // ("reporters", "a caller", "host Jo Park" — never a medium: "by phone", "by email")
    return who && who.mention.type !== 'pronoun' && (who.mention.type === 'name' || /\s|s$/.test(who.mention.text)) ? who.mention : null;
  }
  return null;
}

export function findQuestions(p: Paragraph, taken: readonly RawQuote[]): RawQuote[] {
  const out: RawQuote[] = [];
  for (const s of p.sentences) {
    const part = p.masked.slice(s.start, s.end);
    for (const opener of QUESTION_OPENERS) {
      const m = opener.pattern.exec(part);
      if (!m || m[1] === undefined) continue;
      const from = s.start + m.index + m[0].length - m[1].length;
      // (an opening question runs to the comma before the main clause, past appositions inside it: "Asked whether Jane
      // Doe, the nominee, who …, could win, Smith demurred")
      const main = opener.id === 'asked-at-start' ? lastMainClauseComma(p.masked.slice(from, s.end)) : -1;
      const stop = main >= 0 ? { index: main } : QUESTION_END.exec(p.masked.slice(from, s.end));
      const quoted = p.spans.find((q) => q.start >= from && q.end <= s.end && QUOTED_CLAUSE_END.test(p.text.slice(q.start, q.end)));
      const to = Math.min(stop ? from + stop.index : s.end, quoted ? quoted.end : s.end);
      const text = p.text.slice(from, to);
      if ((text.match(/[\p{L}\p{N}]+/gu) ?? []).length < minWords(text)) continue;
      if (taken.some((q) => q.start < to && from < q.end)) continue;
      const asker = askerIn(p, s.start + m.index, from);
      out.push({ paragraph: p.index, start: from, end: to, text: quoteText(text), kind: 'reported', rule: `reported-question-${opener.id}`, mention: asker, sameAs: null, entity: null });
      break;
    }
  }
  return out;
}
