/**
 * Step 4: what each cue attributes. Direct quotes next to their cue ("“…,” he said" / "said: “…”"),
 * partial quotes ("welcomed “its constructive nature”", a clause with a quoted part) and reported
 * speech ("Lavrov said there was hope …", "…, officials said", "according to X, …").
 */
import { firstFrom } from '../text/search';
import { quoteText, type Cue, type Paragraph, type QuoteSpan, type RawQuote, type Token } from './model';

const ADJACENT = /^[\s,\u2014\u2013-]*$/;
const ONLY_SPAN = /^[\s,:;\u2014\u2013-]*\u2592+[\s.,;:!?\u2014\u2013-]*$/;
const TRIM_END = /[\s,;:\u2014\u2013-]+$/;
const TRIM_START = /^[\s,;:\u2014\u2013-]+/;
const TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|recently|previously|also|again|then|repeatedly|publicly|privately|last|this|week|month|year|morning|afternoon|evening|night|\d+)$/;
const ADVERBIAL_PREP = /^(?:of|on|in|at|by|during|via|through|to|while|after|before|last|this|late|early|over|from|outside|inside|with|when)$/;
const NOT_CONTENT = /^(?:so|nothing|yes|no|it|this|that|otherwise|something|anything|little|much|more|less)\W*$/i;
const WORDS = /[\p{L}\p{N}]+/gu;
const LETTERS = /[\p{L}\p{N}]/u;
/** A sentence opener before a cue: "But, according to the poll, …". */
const OPENER = /^\s*(?:but|and|so|yet|still|now|however|meanwhile|indeed|in fact)\s*,?\s*$/i;
/** Quote verbs whose "to" opens what was said ("referring to X"), unlike a listener ("spoke to reporters"). */
const TO_OBJECT = /^(?:referred|refers|referring|pointed|points|pointing)$/;
/** Words after which a cue's clause depends on what precedes it: wh-words, some prepositions, determiners
 * (never a particle that may end a clause: "The talks will go on, a source said"). */
const DEPENDENT_END = /\b(?:what|which|whom|whose|something|anything|everything|with|of|for|the|a|an|than|how|why|whether)$/i;
/** Embedded posts and links are not reported speech of the article ("— Jane Doe (@jane) June 29", "https://t.co/…"). */
const EMBED = /<tweet\b|https?:\/\/|pic\.twitter\.com|\(@\w+\)/i;
/** Verbs whose listener is followed by what they ask for, as an infinitive ("urged voters to …"). */
const INFINITIVE_OBJECT = /^(?:urged|urges|urging|urge|asked|asks|asking|ask|told|tells|telling|tell|reminded|reminds|remind)$/;
/** Words that end a listener ("told reporters that …"). */
const LISTENER_STOP = /^(?:that|to|of|on|in|at|about|whether|if|how|why|what|he|she|they|it|we|i)$/;

const wordCount = (s: string): number => (s.match(WORDS) ?? []).length;
/** An opening adverbial, not words of the quote: "In a statement,", "Asked about it,", "On Saturday,", "A few minutes later,". */
const ADVERBIAL_OPENING = /^(?:(?:but|and|so|yet|still|then|now|quite|also)\s+)?(?:in|on|at|after|before|during|when|while|as|since|with|without|following|despite|like|unlike|for|from|by|instead|regarding|of|along|although|though|because|if|upon|over|under|through|amid|last|earlier|later|there|the\s+next|a\s+few|less|more|to|\p{L}+ing|asked|eyebrows)\b/iu;
/** A subordinate clause with its own subject is part of what a speaker said: "If Clinton is elected, he said, “…”". */
const SUBORDINATE_CLAUSE = /^(?:if|while|after|before|as|when|although|though|because|since|unless|until|once)\s+(?:he|she|they|it|we|i|you|the\s+\p{L}+|\p{Lu}\p{L}+)\s+(?:\p{Ll}+ed|is|was|were|are|has|had|have|will|would|can|could|did|does|do)\b/u;
const ADVERBIAL_HEAD = new RegExp(`${ADVERBIAL_OPENING.source}|\\b(?:later|ago|earlier|today|yesterday|tonight|week|month|year|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time)$`, 'iu');
/** A lead before a quotation that makes the quotation an object of its own. */
const QUOTE_ONLY_LEAD = /^\s*(?:of|about|against)\b|\b(?:and|or|but)\s/i;


/** Where the attributed words start after the cue: past a listener, adverbials and "that". */
function contentStart(p: Paragraph, cue: Cue, limit: number): number {
  const { tokens } = p;
  let i = firstFrom(tokens, cue.order === 'after' || cue.frame === 'according' ? cue.end : cue.verbEnd);
  const at = (k: number): Token | undefined => ((tokens[k]?.start ?? Infinity) < limit ? tokens[k] : undefined);
  if (cue.frame === 'object') {
    // "told reporters", "told the Associated Press", "urged voters"
    let k = i;
    const det = at(k)?.type === 'word' && /^(?:the|a|an|his|her|their|its|our)$/.test(at(k)!.low);
    if (det) k++;
    if (at(k)?.cap) {
      // "told Reuters", "told the Associated Press", "told CNN's Jake Tapper"
      while (at(k)?.cap || (at(k - 1)?.text.match(/['’]s$/) && at(k)?.type === 'word')) k++;
    } else if (at(k)?.type === 'word' && !LISTENER_STOP.test(at(k)!.low)) {
      // "told reporters", "told a news conference"
      k++;
      if (det && at(k)?.type === 'word' && !LISTENER_STOP.test(at(k)!.low) && !/^(?:the|a|an|he|she|they|it|we|i)$/.test(at(k)!.low) && at(k + 1)?.type === 'word' && /^(?:that|on|in|at|he|she|they|it|we|the)$/.test(at(k + 1)!.low)) k++;
    }
    i = k;
    // "urged the rest of the party to coalesce": what is urged starts at its infinitive
    let to = i;
    while (to < i + 8 && at(to)?.type === 'word' && at(to)!.low !== 'to' && !LISTENER_STOP.test(at(to)!.low)) to++;
    if (INFINITIVE_OBJECT.test(cue.verb) && at(to)?.low === 'to' && at(to + 1)?.type === 'word') return (tokens[to] as Token).start;
  }
  if (cue.verb === 'put' && at(i)?.low === 'it') i++;
  for (let guard = 0; guard < 4; guard++) {
    const t = at(i);
    if (!t) break;
    if (TIME.test(t.low)) i++;
    // ("referring to X", "pointed to X": the preposition of a quote verb opens its object)
    else if (t.type === 'word' && ADVERBIAL_PREP.test(t.low) && !(t.low === 'of' && (cue.frame === 'quote' || cue.frame === 'object')) && !(t.low === 'to' && TO_OBJECT.test(cue.verb) && i === firstFrom(tokens, cue.verbEnd))) {
      let k = i + 1;
      while (k < i + 12 && at(k) && at(k)!.type === 'word' && at(k)!.low !== 'that') k++;
      const stop = at(k);
      if (at(i + 1) && TIME.test(at(i + 1)!.low)) i += 2;
      else if (stop && (stop.low === 'that' || stop.low === ',' || stop.low === ':')) i = k + 1;
      else if (!stop && k <= i + 5) return limit; // "said in a follow-up interview." — only an adverbial follows
      else break;
    } else if (t.low === 'that' || t.low === ',' || t.low === ':') i++;
    else break;
  }
  return tokens[i] && (tokens[i] as Token).start < limit ? (tokens[i] as Token).start : limit;
}

/** "X said A, but lamented B": a second verb of the same subject ends the first one's content; so does
 * the question it answered ("X said A when asked if B"). */
const NEXT_VERB = /,\s+(?:but|and)\s+(?:also\s+|later\s+|then\s+)?(?:\p{Ll}+ed|did|didn['’]t|does|doesn['’]t|declined|refused)\b|,\s+but\s|,?\s+when\s+asked\b/u;

/** Before a cue the words it attributes start after the last contrast: "X is not running, but his
 * speech will matter, according to Y" → "his speech will matter". */
const LAST_CONTRAST = /^.*,\s+but\s+/su;

function region(p: Paragraph, from: number, to: number, beforeCue = false): { start: number; end: number; masked: string } {
  let start = from;
  let end = to;
  const contrast = beforeCue ? LAST_CONTRAST.exec(p.masked.slice(from, to)) : null;
  if (contrast) start = from + contrast[0].length;
  const verb = NEXT_VERB.exec(p.masked.slice(start, to));
  if (verb) end = start + verb.index;
  while (start < end && TRIM_START.test(p.masked[start] as string)) start++;
  while (end > start && TRIM_END.test(p.masked[end - 1] as string)) end--;
  // a sentence's final period belongs to nobody; nor does a conjunction before the next cue
  for (;;) {
    while (end > start && /[.?!]/.test(p.masked[end - 1] as string)) end--;
    const tail = /\s+(?:and|but|or|while|as|so|because|although|though|whereas)$/i.exec(p.masked.slice(start, end));
    if (!tail) break;
    end -= tail[0].length;
    while (end > start && TRIM_END.test(p.masked[end - 1] as string)) end--;
  }
  return { start, end, masked: p.masked.slice(start, end) };
}

export interface CueQuotes {
  quotes: RawQuote[];
  used: Set<QuoteSpan>;
}

export function findReported(p: Paragraph, cues: readonly Cue[]): CueQuotes {
  const quotes: RawQuote[] = [];
  const used = new Set<QuoteSpan>();
  const spansIn = (a: number, b: number): QuoteSpan[] => {
    const out: QuoteSpan[] = [];
    for (let k = firstFrom(p.spans, a); k < p.spans.length && (p.spans[k] as QuoteSpan).start <= b; k++) if ((p.spans[k] as QuoteSpan).end <= b + 1) out.push(p.spans[k] as QuoteSpan);
    return out;
  };
  const push = (cue: Cue, start: number, end: number, text: string, kind: RawQuote['kind'], rule: string, prevOf: RawQuote | null): RawQuote => {
    const q: RawQuote = { paragraph: p.index, start, end, text: quoteText(text), kind, rule, mention: cue.mention, sameAs: cue.mention ? null : prevOf, entity: null };
    quotes.push(q);
    return q;
  };
  const direct = (cue: Cue, s: QuoteSpan, rule: string, prevOf: RawQuote | null): RawQuote => {
    used.add(s);
    return push(cue, s.start, s.end, p.text.slice(s.innerStart, s.innerEnd), 'direct', rule, prevOf);
  };
  let last: RawQuote | null = null;
  cues.forEach((cue, ci) => {
    const sentence = p.sentences[cue.sentence] as { start: number; end: number };
    const prevCue = cues[ci - 1]?.sentence === cue.sentence ? cues[ci - 1] : undefined;
    const nextCue = cues[ci + 1]?.sentence === cue.sentence ? cues[ci + 1] : undefined;
    // (a cue inside what this one reports does not end it: "People briefed say that the governor revealed nothing")
    const nested = nextCue && (nextCue.order === 'before' || nextCue.frame === 'according') && cue.order !== 'after' && nextCue.start > cue.end && wordCount(p.masked.slice(Math.max(cue.end, contentStart(p, cue, nextCue.start)), nextCue.start)) < 2;
    const limit = nextCue && nextCue.start > cue.end && !nested ? nextCue.start : sentence.end;
    // a cue with its subject written but not recognised as a speaker names nobody: no fallback
    const fallback = cue.mention || cue.order === 'before' ? null : last;
    // a cue inside what the cue before it reports is part of that report
    if (prevCue && last && last.start <= cue.start && cue.start < last.end && quotes.includes(last)) return;
    let found = false;
    // "“…,” he said" / "“…” – said X": a quotation right before the cue
    const clauseStart = prevCue && prevCue.end <= cue.start ? prevCue.end : sentence.start;
    // (a colon before the quotation starts a new clause: "Trump seemed to suggest: “…,” he told the Times")
    const near = p.spans[firstFrom(p.spans, cue.start) - 1];
    const before = near && near.end <= cue.start && near.start >= clauseStart && ADJACENT.test(p.masked.slice(near.end, cue.start)) && !LETTERS.test(p.masked.slice(clauseStart, near.start).replace(/^.*[:(]/s, '')) ? near : undefined;
    // (never for ", adding …": a quotation before it belongs to the verb it follows)
    if (before && !used.has(before) && cue.frame !== 'according' && cue.order !== 'participle') {
      last = direct(cue, before, 'direct-before-cue', fallback);
      found = true;
    }
    const after = region(p, contentStart(p, cue, limit), limit);
    const afterSpans = spansIn(after.start, after.end);
    if (cue.frame === 'quote') {
      const s = afterSpans[0];
      if (s && !used.has(s) && !found) {
        used.add(s);
        // "called Trump “crazy”", "pointed to the case as the epitome of the “rigged system”": the verb's
        // whole object, quotation and what follows it in the clause, is what was said (unless a comma or
        // colon cuts the object off before the quotation)
        // (a coordinated object or a prepositional one keeps only the quotation, unless very short:
        // "welcomed the meeting and “its constructive nature”", "warned of an unspecified “…”")
        const lead = p.masked.slice(after.start, s.start);
        const whole = !/[,;:]/.test(lead) && (wordCount(lead) <= 2 || !QUOTE_ONLY_LEAD.test(lead));
        const from = whole ? after.start : s.innerStart;
        const to = whole ? Math.max(s.end, after.end) : s.end;
        last = push(cue, from, to, p.text.slice(from, whole ? to : s.innerEnd), 'partial', 'partial-quote-verb', fallback);
      } else if (!s && !found && cue.order !== 'after' && cue.mention && wordCount(p.text.slice(after.start, after.end)) >= 2) {
        // "Trump criticized the deal as a disaster": what the verb says, reported
        last = push(cue, after.start, after.end, p.text.slice(after.start, after.end), 'reported', 'reported-object', fallback);
      }
      return;
    }
    if (ONLY_SPAN.test(after.masked) && afterSpans[0] && !used.has(afterSpans[0])) {
      // "The reality is, he added, “there are no recusals.”": the words before a cue set inside the
      // sentence open what the quotation finishes
      const head = found ? null : region(p, clauseStart, cue.start);
      if (head && head.end > head.start && /,\s*$/.test(p.masked.slice(clauseStart, cue.start)) && wordCount(head.masked) >= 2 && !head.masked.includes('\u2592') && (!ADVERBIAL_HEAD.test(head.masked) || SUBORDINATE_CLAUSE.test(head.masked[0]!.toLowerCase() + head.masked.slice(1)))) {
        last = push(cue, head.start, head.end, p.text.slice(head.start, head.end), 'reported', 'reported-before-split-cue', fallback);
      }
      // "said: “…”" / "“…,” he said, “…”"
      last = direct(cue, afterSpans[0], found ? 'direct-split' : 'direct-after-cue', fallback);
      return;
    }
    if (found) return;
    // "The economy, he said, is weak.": the cue sits inside the sentence it attributes
    const head = region(p, prevCue && prevCue.end < cue.start ? prevCue.end : sentence.start, cue.start);
    const inside = cue.order === 'before' || (cue.frame === 'according' && wordCount(p.text.slice(head.start, head.end)) >= 2);
    if (inside && /,\s*$/.test(p.masked.slice(sentence.start, cue.start)) && /^\s*,/.test(p.masked.slice(cue.end)) && wordCount(p.text.slice(head.start, head.end)) >= 1 && wordCount(p.text.slice(after.start, after.end)) >= 2) {
      const all = spansIn(head.start, after.end);
      if (all.some((x) => used.has(x))) return;
      all.forEach((x) => used.add(x));
      // the words before the cue and the words after it are two attributed parts, each its own quote
      for (const part of [head, after]) {
        const quoted = spansIn(part.start, part.end).length > 0;
        last = push(cue, part.start, part.end, p.text.slice(part.start, part.end), quoted ? 'partial' : 'reported', quoted ? 'partial-around-cue' : 'reported-around-cue', fallback);
      }
      return;
    }
    // (past a colon or an opening "But," / "Now," the cue still starts its clause)
    const lead = p.masked.slice(sentence.start, cue.start).replace(/^.*[:;]/s, '').replace(OPENER, '');
    const atStart = cue.order !== 'after' || cue.frame === 'according' ? !LETTERS.test(lead) : false;
    const useAfter = (cue.order !== 'after' || cue.frame === 'according') && wordCount(p.text.slice(after.start, after.end)) >= 3 && (cue.frame !== 'according' || atStart);
    // (never again what an earlier cue of the sentence reported: "X say that A, and others agree")
    const from = Math.max(prevCue && prevCue.end < cue.start ? prevCue.end : sentence.start, ...quotes.filter((q) => q.end <= cue.start && q.end > sentence.start).map((q) => q.end));
    const content = useAfter ? after : region(p, from, cue.start, true);
    if (!useAfter && cue.order === 'participle') return;
    const spans = spansIn(content.start, content.end);
    if (ONLY_SPAN.test(content.masked) && spans[0] && !used.has(spans[0])) {
      last = direct(cue, spans[0], 'direct-before-cue', fallback);
      return;
    }
    const text = p.text.slice(content.start, content.end);
    if (wordCount(text) < 3 || NOT_CONTENT.test(text) || spans.some((s) => used.has(s)) || EMBED.test(text)) return;
    // before its cue, words are not what was said when the cue's clause depends on them ("exactly what
    // he would say", "as if bantering with reporters") or when they are only an opening adverbial
    if (!useAfter && !spans.length && (DEPENDENT_END.test(content.masked) || (ADVERBIAL_OPENING.test(content.masked) && wordCount(text) <= 8))) return;
    spans.forEach((s) => used.add(s));
    last = push(cue, content.start, content.end, text, spans.length ? 'partial' : 'reported', `${spans.length ? 'partial' : 'reported'}-${useAfter ? 'after' : 'before'}-${cue.frame === 'according' ? 'according' : cue.order}`, fallback);
  });
  return { quotes, used };
}
