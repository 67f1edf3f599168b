/**
 * Step 4c: a question put to someone, reported by the article: "Asked whether he would run, Smith
 * said …", "…, she said when asked if that remains her view." The question is reported speech of
 * an unnamed asker (no speaker); its words run from the question word to the clause's end.
 */
import { quoteText, type Paragraph, type RawQuote } from './model';

/** DATA: how a reported question opens; group 1 is where its words start. */
const QUESTION_OPENERS: readonly { id: string; pattern: RegExp }[] = [
  // "Asked whether/if/why …," at a sentence's start (optionally "When asked", "Also asked")
  { id: 'asked-at-start', pattern: /^(?:when\s+|also\s+|after\s+being\s+|later\s+)?asked\b[^,;:\u2592]{0,60}?\b((?:whether|if|why|how|what|who|which|when)\b)/i },
  // "Asked about the deal, Smith said …": the topic put to the speaker
  { id: 'asked-about', pattern: /^(?:when\s+|also\s+|later\s+)?asked\s+(?:[^\s,;:\u2592]+\s+){0,4}?about\s+([^\s,;:\u2592])/i },
  // "…, she said when asked (by a reporter) if …"
  { id: 'when-asked', pattern: /\bwhen\s+asked\b[^,;:\u2592]{0,40}?\b((?:whether|if|why|how|what|who|which)\b)/ },
  // "…, she said when asked about the merger"
  { id: 'when-asked-about', pattern: /\bwhen\s+asked\s+(?:[^\s,;:\u2592]+\s+){0,4}?about\s+([^\s,;:\u2592])/ },
  // "Trump was asked (by a caller) what he thought …", "Pence was asked about the comment"
  { id: 'was-asked', pattern: /\b(?:was|were|is|are|been|being|got|gets|get)\s+asked\b(?:\s+(?:by|on|at|in|during)\s+[^,;:\u2592]{1,40}?)?\s+(?:about\s+)?((?:whether|if|why|how|what|who|whom|which|when|to\s+\p{Ll}|(?<=about\s+)[^\s,;:\u2592]))/u },
];
/** The question ends at a comma, a colon or the sentence's end, never at an abbreviation's period ("whether Mr. Clinton …"; a quotation inside it is part of it: "if Clinton “gets” race"). */
const QUESTION_END = /[,;:]|[.?!]\s*$/;
const MIN_WORDS = 3;

export function findQuestions(p: Paragraph, taken: readonly RawQuote[]): RawQuote[] {
  const out: RawQuote[] = [];
  for (const s of p.sentences) {
    const part = p.masked.slice(s.start, s.end);
    for (const opener of QUESTION_OPENERS) {
      const m = opener.pattern.exec(part);
      if (!m || m[1] === undefined) continue;
      const from = s.start + m.index + m[0].length - m[1].length;
      const stop = QUESTION_END.exec(p.masked.slice(from, s.end));
      const to = stop ? from + stop.index : s.end;
      const text = p.text.slice(from, to);
      if ((text.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_WORDS) continue;
      if (taken.some((q) => q.start < to && from < q.end)) continue;
      out.push({ paragraph: p.index, start: from, end: to, text: quoteText(text), kind: 'reported', rule: `reported-question-${opener.id}`, mention: null, sameAs: null, entity: null });
      break;
    }
  }
  return out;
}
