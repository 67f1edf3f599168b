/**
 * Step 4: what each cue attributes. Direct quotes next to their cue ("“…,” he said" / "said: “…”"),
 * partial quotes ("welcomed “its constructive nature”", a clause with a quoted part) and reported
 * speech ("Lavrov said there was hope …", "…, officials said", "according to X, …").
 */
import type { Cue, Paragraph, QuoteSpan, RawQuote } from './model';
import { contentStart, region } from './span-content';
import { wordCount } from '../text/words';
import { reportCollector } from './report-collector';
import { directBeforeCue } from './report-direct-before';
import { quoteVerbObject } from './report-quote-verb';
import { aroundCue, quotationAfterCue, sentenceGoesOn } from './report-around-cue';
import { contentBeforeOrAfter } from './report-content-side';

export interface CueQuotes {
  quotes: RawQuote[];
  used: Set<QuoteSpan>;
}

export function findReported(p: Paragraph, cues: readonly Cue[]): CueQuotes {
  const report = reportCollector(p);
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
    // (the quote written last, whichever cue wrote it)
    const last = report.last();
    // a cue with its subject written but not recognised as a speaker names nobody: no fallback
    const fallback = cue.mention || cue.order === 'before' ? null : last;
    // a cue inside what the cue before it reports is part of that report
    if (prevCue && last && last.start <= cue.start && cue.start < last.end) return;
    // "“…,” he said" / "“…” – said X": a quotation right before the cue
    const clauseStart = prevCue && prevCue.end <= cue.start ? prevCue.end : sentence.start;
    const found = directBeforeCue(report, cue, sentence, clauseStart, fallback);
    const after = region(p, contentStart(p, cue, limit), limit);
    const afterSpans = report.spansIn(after.start, after.end);
    // "called Trump “crazy”", "criticized the deal as a disaster": a quote verb's object
    if (cue.frame === 'quote') {
      quoteVerbObject(report, cue, after, afterSpans, found, fallback);
      return;
    }
    // "said: “…”" / "“…,” he said, “…”": a quotation after the cue
    if (quotationAfterCue(report, cue, after, afterSpans, clauseStart, found, fallback)) return;
    // "“Only you, Mattias,” she said, would pick the moment …": the sentence the quotation opens goes on after its cue
    sentenceGoesOn(report, cue, after, afterSpans, found, fallback);
    if (found) return;
    // "The economy, he said, is weak.": the cue sits inside the sentence it attributes
    if (aroundCue(report, cue, sentence, prevCue, after, fallback)) return;
    // "Lavrov said there was hope …", "…, officials said": the words on one side of the cue
    contentBeforeOrAfter(report, cue, sentence, prevCue, after, afterSpans, fallback);
  });
  return { quotes: report.quotes, used: report.used };
}
