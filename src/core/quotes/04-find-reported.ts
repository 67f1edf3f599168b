/**
 * Step 4: what each cue attributes. Direct quotes next to their cue ("“…,” he said" / "said: “…”"),
 * partial quotes ("welcomed “its constructive nature”", a clause with a quoted part) and reported
 * speech ("Lavrov said there was hope …", "…, officials said", "according to X, …").
 */
import { firstFrom } from '../text/search';
import { colonThenQuotation } from './direct-colon';
import { quoteText, type Cue, type Paragraph, type QuoteSpan, type RawQuote } from './model';
import { contentStart, region, TO_OBJECT } from './span-content';
import { isPassiveCue } from './cue-passive';
import { closingRelative, relativeObject, SOURCE_DESCRIPTION } from './cue-content-limits';
import { concessiveObject } from './cue-subordinate-lead';
import { opensNoObject, opensNoReport } from './span-openers';
import { DEPENDENT_END, EMBED, ADVERBIAL_START, OBJECT_END, OBJECT_LIST, GOES_ON, ADVERBIAL_OPENING, SUBORDINATE_CLAUSE, ADVERBIAL_HEAD, QUOTE_ONLY_LEAD } from './span-shapes';
import { wordCount } from '../text/words';

const ADJACENT = /^[\s,\u2014\u2013-]*$/;
const ONLY_SPAN = /^[\s,:;\u2014\u2013-]*\u2592+[\s.,;:!?\u2014\u2013-]*$/;
const NOT_CONTENT = /^(?:so|nothing|yes|no|it|this|that|otherwise|something|anything|little|much|more|less)\W*$/i;
const LETTERS = /[\p{L}\p{N}]/u;
/** A sentence opener before a cue: "But, according to the poll, …". */
const OPENER = /^\s*(?:but|and|so|yet|still|now|however|meanwhile|indeed|in fact)\s*,?\s*$/i;
/** A two-word object after a speech verb: a determiner or possessive and its noun, or an adjective and a plural. */
const SHORT_OBJECT = /^(?:(?:his|her|their|its|a|an|no)\s+\p{L}+|\p{Ll}+\s+\p{Ll}+s)$/u;

/** What may follow a cue that has no content of its own: a time or a place of the saying ("on Twitter", "Monday", "in a statement"). */
const CUE_TAIL = /^(?:(?:on|in|at|to|during|from|via|through|after|later|earlier|again|then|recently|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|afterwards?)\b[^\u2592]*)?$/i;

/**
 * "“Does he not understand that?” Biden said.": a quotation ending in ? or ! closes its own sentence, and a
 * cue sentence that opens right after it, naming a speaker and saying nothing of its own, attributes it
 * (never "“Why?” Biden said the plan was bad").
 */
function closesSentenceBefore(p: Paragraph, near: QuoteSpan, cue: Cue, sentence: { start: number; end: number }): boolean {
  if (!cue.mention || cue.frame === 'according' || cue.order === 'participle' || near.end > cue.start) return false;
  if (!/[?!]$/.test(p.text.slice(near.innerStart, near.innerEnd).trimEnd()) || !ADJACENT.test(p.masked.slice(near.end, cue.start))) return false;
  if (LETTERS.test(p.masked.slice(sentence.start, cue.start))) return false;
  const tail = p.masked.slice(cue.end, sentence.end).replace(/[\s.]+$/, '').trim();
  return wordCount(tail) <= 6 && CUE_TAIL.test(tail) && !/\bthat\b/i.test(tail);
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
  // (each sentence's cues, so that looking across them costs the sentence's cues, not the paragraph's)
  const bySentence = new Map<number, Cue[]>();
  for (const c of cues) {
    const list = bySentence.get(c.sentence);
    if (list) list.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  cues.forEach((cue, ci) => {
    const sentence = p.sentences[cue.sentence] as { start: number; end: number };
    const prevCue = cues[ci - 1]?.sentence === cue.sentence ? cues[ci - 1] : undefined;
    const nextCue = cues[ci + 1]?.sentence === cue.sentence ? cues[ci + 1] : undefined;
    // (a cue inside what this one reports does not end it: "People briefed say that the governor revealed nothing")
    // (never a cue opening a clause after a comma: "critics who claim to find him charming, Okafor said, “…”")
    const nested = nextCue && (nextCue.order === 'before' || nextCue.frame === 'according') && cue.order !== 'after' && nextCue.start > cue.end && !/,\s*$/.test(p.masked.slice(cue.end, nextCue.start)) && wordCount(p.masked.slice(Math.max(cue.end, contentStart(p, cue, nextCue.start)), nextCue.start)) < 2;
    // ("Barkley, who said he votes Democratic, said …": the verb of the speaker this clause describes ends it)
    const outer = (bySentence.get(cue.sentence) ?? []).find((c) => c !== cue && c.start <= cue.start && c.verbStart > cue.verbEnd && /,\s*$/.test(p.masked.slice(cue.verbEnd, c.verbStart)));
    const limit = outer ? outer.verbStart - (/,\s*$/.exec(p.masked.slice(cue.verbEnd, outer.verbStart)) as RegExpExecArray)[0].length : nextCue && nextCue.start > cue.end && !nested ? nextCue.start : sentence.end;
    // a cue with its subject written but not recognised as a speaker names nobody: no fallback
    const fallback = cue.mention || cue.order === 'before' ? null : last;
    // a cue inside what the cue before it reports is part of that report
    if (prevCue && last && last.start <= cue.start && cue.start < last.end) return;
    let found = false;
    // "“…,” he said" / "“…” – said X": a quotation right before the cue
    const clauseStart = prevCue && prevCue.end <= cue.start ? prevCue.end : sentence.start;
    // (a colon before the quotation starts a new clause: "Ferreira seemed to hint: “…,” she told the Ledger")
    const near = p.spans[firstFrom(p.spans, cue.start) - 1];
    const before = near && near.end <= cue.start && near.start >= clauseStart && ADJACENT.test(p.masked.slice(near.end, cue.start)) && !LETTERS.test(p.masked.slice(clauseStart, near.start).replace(/^.*[:(]/s, '')) ? near : undefined;
    if (before && !used.has(before) && cue.frame !== 'according') {
      last = direct(cue, before, 'direct-before-cue', fallback);
      found = true;
    } else if (near && !before && closesSentenceBefore(p, near, cue, sentence) && !used.has(near)) {
      last = direct(cue, near, 'direct-before-cue-sentence', fallback);
      found = true;
    }
    const after = region(p, contentStart(p, cue, limit), limit);
    const afterSpans = spansIn(after.start, after.end);
    if (cue.frame === 'quote') {
      const s = afterSpans[0];
      if (s && !used.has(s) && !found) {
        used.add(s);
        // "called Trump “crazy”", "pointed to the ruling as the height of the “broken process”": the verb's
        // whole object, quotation and what follows it in the clause, is what was said (unless a comma or
        // colon cuts the object off before the quotation)
        // (a coordinated object or a prepositional one keeps only the quotation, unless very short:
        // "welcomed the meeting and “its constructive nature”", "warned of an unspecified “…”")
        const lead = p.masked.slice(after.start, s.start);
        const whole = !/[,;:]/.test(lead) && (wordCount(lead) <= 2 || !QUOTE_ONLY_LEAD.test(lead));
        const from = whole ? after.start : s.innerStart;
        const to = whole ? Math.max(s.end, after.end) : s.end;
        last = push(cue, from, to, p.text.slice(from, whole ? to : s.innerEnd), 'partial', 'partial-quote-verb', fallback);
      } else if (!s && !found && cue.order !== 'after' && (cue.mention || isPassiveCue(cue)) && (wordCount(p.text.slice(after.start, after.end)) >= 2 || /^\p{Lu}/u.test(after.masked)) && !(ADVERBIAL_START.test(after.masked) && !TO_OBJECT.test(cue.verb))) {
        // "Trump criticized the deal as a disaster", "praised Trump": what the verb says, reported (its object only:
        // "blamed the outage on squirrels but later owned up …" → "the outage on squirrels")
        const list = OBJECT_LIST.exec(after.masked)?.[0].length ?? 0;
        const cut = OBJECT_END.exec(after.masked.slice(list));
        const end = cut ? after.start + list + cut.index : after.end;
        if (wordCount(p.masked.slice(after.start, end)) >= 1 && !opensNoObject(after.masked)) last = push(cue, after.start, end, p.text.slice(after.start, end), 'reported', 'reported-object', fallback);
      }
      return;
    }
    if (ONLY_SPAN.test(after.masked) && afterSpans[0] && !used.has(afterSpans[0])) {
      // "The truth is, he added, “there are no shortcuts.”": the words before a cue set inside the
      // sentence open what the quotation finishes
      const head = found ? null : region(p, clauseStart, cue.start);
      // (with a quotation in them, a partial quote: "“If there had not been that warning” by FEMA, Ferreira said, “we would …”")
      const quoted = head ? spansIn(head.start, head.end) : [];
      if (head && head.end > head.start && /,\s*$/.test(p.masked.slice(clauseStart, cue.start)) && wordCount(head.masked) >= 2 && !quoted.some((x) => used.has(x)) && (!ADVERBIAL_HEAD.test(head.masked) || SUBORDINATE_CLAUSE.test(head.masked[0]!.toLowerCase() + head.masked.slice(1)))) {
        quoted.forEach((x) => used.add(x));
        last = push(cue, head.start, head.end, p.text.slice(head.start, head.end), quoted.length ? 'partial' : 'reported', quoted.length ? 'partial-before-split-cue' : 'reported-before-split-cue', fallback);
      }
      // "said: “…”" / "“…,” he said, “…”"
      last = direct(cue, afterSpans[0], found ? 'direct-split' : 'direct-after-cue', fallback);
      return;
    }
    // "“Only you, Mattias,” she said, would pick the moment …": the sentence the quotation opens goes on after its cue
    if (found && /^\s*,/.test(p.masked.slice(cue.end)) && GOES_ON.test(after.masked) && wordCount(after.masked) >= 4 && !afterSpans.some((x) => used.has(x))) {
      afterSpans.forEach((x) => used.add(x));
      last = push(cue, after.start, after.end, p.text.slice(after.start, after.end), afterSpans.length ? 'partial' : 'reported', 'reported-after-split-cue', fallback);
    }
    if (found) return;
    // "The economy, he said, is weak.": the cue sits inside the sentence it attributes
    const head = region(p, prevCue && prevCue.end < cue.start ? prevCue.end : sentence.start, cue.start);
    // ("Part of the problem, say experts like Jane Doe, a geophysicist, is the ground itself": an inverted cue inside the
    // sentence, the sentence going on after it with its verb)
    const insideInverted = cue.order === 'after' && cue.frame !== 'according' && GOES_ON.test(after.masked) && wordCount(p.text.slice(head.start, head.end)) >= 2;
    const inside = cue.order === 'before' || insideInverted || (cue.frame === 'according' && (wordCount(p.text.slice(head.start, head.end)) >= 2 || GOES_ON.test(after.masked)));
    if (inside && /,\s*$/.test(p.masked.slice(sentence.start, cue.start)) && /^\s*,/.test(p.masked.slice(cue.end)) && wordCount(p.text.slice(head.start, head.end)) >= 1 && wordCount(p.text.slice(after.start, after.end)) >= 2) {
      const all = spansIn(head.start, after.end);
      if (all.some((x) => used.has(x))) return;
      all.forEach((x) => used.add(x));
      // the words before the cue and the words after it are two attributed parts, each its own quote (never a
      // participle describing the source: "…, according to a copy of the certificate, obtained by the newspaper")
      const describesSource = cue.frame === 'according' && SOURCE_DESCRIPTION.test(after.masked);
      for (const part of describesSource ? [head] : [head, cue.frame === 'according' ? after : closingRelative(after)]) {
        const quoted = spansIn(part.start, part.end).length > 0;
        last = push(cue, part.start, part.end, p.text.slice(part.start, part.end), quoted ? 'partial' : 'reported', quoted ? 'partial-around-cue' : 'reported-around-cue', fallback);
      }
      return;
    }
    // (past a colon or an opening "But," / "Now," the cue still starts its clause)
    const lead = p.masked.slice(sentence.start, cue.start).replace(/^.*[:;]/s, '').replace(OPENER, '');
    const atStart = cue.order !== 'after' || cue.frame === 'according' ? !LETTERS.test(lead) : false;
    const afterWords = wordCount(p.text.slice(after.start, after.end));
    // ("announced his candidacy", "says racist things": a short object of a named speaker)
    const shortObject = afterWords === 2 && cue.order === 'before' && !!cue.mention && SHORT_OBJECT.test(after.masked);
    // (after a clause cue, a region opening with a conjunction or a time or place adverbial is the writer's: then the
    // words before a cue closing a comma-led clause are what it reports — "A, Jane Doe, the undersecretary, wrote in a memo")
    const writerAfter = cue.order === 'before' && cue.frame !== 'according' && !spansIn(after.start, after.end).length && opensNoReport(after.masked, p.masked.slice(cue.verbEnd, after.start));
    const commaLed = writerAfter && /,\s*$/.test(p.masked.slice(sentence.start, cue.start));
    const useAfter = (cue.order !== 'after' || cue.frame === 'according') && (afterWords >= 3 || shortObject) && (cue.frame !== 'according' || atStart) && !commaLed;
    // (never again what an earlier cue of the sentence reported: "X say that A, and others agree")
    const from = Math.max(prevCue && prevCue.end < cue.start ? prevCue.end : sentence.start, ...quotes.filter((q) => q.end <= cue.start && q.end > sentence.start).map((q) => q.end));
    // (a cue with an object of its own attributes nothing before it: "…; the show has not announced a replacement")
    if (!useAfter && afterWords >= 2 && cue.order === 'before' && !commaLed) return;
    let content = useAfter ? concessiveObject(p, cue, sentence.start, relativeObject(p, cue, after)) : region(p, from, cue.start, true);
    if (!useAfter && cue.order === 'participle') return;
    // ("she backs the final plan, which includes …": a relative clause closing the sentence is the writer's)
    if (useAfter && cue.frame !== 'according') content = closingRelative(content);
    const spans = spansIn(content.start, content.end);
    if (ONLY_SPAN.test(content.masked) && spans[0] && !used.has(spans[0])) {
      last = direct(cue, spans[0], 'direct-before-cue', fallback);
      return;
    }
    // "put it simply: “…”", "told the crowd on Tuesday: “…”": the writer's words up to a colon, then the quotation
    if (useAfter && spans.length === 1 && colonThenQuotation(content.masked) && !used.has(spans[0] as QuoteSpan)) {
      last = direct(cue, spans[0] as QuoteSpan, 'direct-after-colon-cue', fallback);
      return;
    }
    const text = p.text.slice(content.start, content.end);
    // (after a clause cue, a region opening with a conjunction or a time or place adverbial is the writer's)
    if (useAfter && writerAfter) return;
    if ((wordCount(text) < 3 && !(useAfter && shortObject)) || NOT_CONTENT.test(text) || spans.some((s) => used.has(s)) || EMBED.test(text)) return;
    // before its cue, words are not what was said when the cue's clause depends on them ("exactly what
    // he would say", "as if bantering with reporters") or when they are only an opening adverbial
    if (!useAfter && !spans.length && (DEPENDENT_END.test(content.masked) || (ADVERBIAL_OPENING.test(content.masked) && wordCount(text) <= 8))) return;
    spans.forEach((s) => used.add(s));
    last = push(cue, content.start, content.end, text, spans.length ? 'partial' : 'reported', `${spans.length ? 'partial' : 'reported'}-${useAfter ? 'after' : 'before'}-${cue.frame === 'according' ? 'according' : cue.order}`, fallback);
  });
  return { quotes, used };
}
