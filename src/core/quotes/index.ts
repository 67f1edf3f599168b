/**
 * The quote engine: an article's paragraphs → its speakers and their quotes. Pure text rules, no
 * model, a few milliseconds per article (the extension runs it in its background). The steps, in order:
 *   1 split sentences · 2 find quotation spans · 3 find speech cues · 4 quotes a cue attributes
 *   (direct, partial, reported; 4b lines led by "Name:") · 5 quotations standing alone ·
 *   6 resolve speakers (a role missing from the quotes' mentions is read where the article introduces the
 *   person) · 7 speakers list
 * It reads English only: an article in another language gets no speakers and the notice 'not-english'.
 * Each quote carries the id of the rule that found it (`Quote.rule`), e.g. "direct-before-cue".
 * Measured on PolNeAR with scripts/eval-quotes.ts.
 */
import { normalizeQuoteMarks, normalizeSpace } from '../text/normalize';
import { readsAsEnglish } from '../text/english';
import { tokenize } from '../text/tokenize';
import type { QuotesResult } from '../types';
import { splitSentences } from './01-split-sentences';
import { findQuoteSpans, maskSpans } from './02-find-quote-spans';
import { findCues } from './03-find-cues';
import { findReported } from './04-find-reported';
import { findColonLine, isTranscriptLine } from './04b-find-colon-lines';
import { colonIntro } from './cue-colon-intro';
import { leadCheck } from './cue-colon-labels';
import { findQuestions } from './04c-find-questions';
import { findDirect } from './05-find-direct';
import { SpeakerResolver } from './06-attribute-speaker';
import { mergeAliases } from './07-merge-aliases';
import type { Paragraph, RawQuote, Sentence } from './model';
import { collectNames, commonWords } from './names-collect';
import { nameKey } from './names-key';
import { CREDIT_LINES, CREDIT_NAMES } from './non-speakers';
import { isCitation } from './citation-lines';
import { markThings, thingNames } from './speaker-thing-names';
import { rolesFromMentions } from './speaker-role-elsewhere';

export interface FindQuotesOptions {
  /** Names that are never speakers (bylines, credits). Default: none besides the text's own credits lines. */
  notSpeakers?: string[];
}

/** A credits parenthetical closing a paragraph: "(Reporting by …; Editing by …)". */
const TRAILING_CREDITS = /\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b[^()]*\)\s*$/i;

function readParagraph(raw: string, index: number): Paragraph {
  const full = normalizeQuoteMarks(normalizeSpace(raw));
  const credits = TRAILING_CREDITS.exec(full);
  const text = credits && credits.index > 0 ? full.slice(0, credits.index).trimEnd() : full;
  const credit = CREDIT_LINES.some((c) => c.pattern.test(text));
  const citation = !credit && isCitation(text);
  const spans = credit || citation ? [] : findQuoteSpans(text);
  const masked = maskSpans(text, spans);
  const paragraph: Paragraph = { index, text, masked, spans, credit, sentences: splitSentences(text, masked, spans), tokens: tokenize(masked) };
  if (credits && credits.index > 0) paragraph.credits = credits[0];
  if (citation) paragraph.citation = true;
  return paragraph;
}

/** A photo caption's closing credit: "(LENA VOSS/AFP/Getty Images.)". */
const CAPTION_CREDIT = /\(([^()]*)\)\W*$/;

/**
 * Where a credits line names its people: in a photo caption only its credit — the closing parenthetical
 * or the last sentence ("… on Monday. REUTERS/Jane Doe") — since the people in the photo are no credit.
 */
function creditText(text: string): string {
  // (a caption is a sentence: lower-case words; "By Jane Doe (AP Photo)" is all credit)
  if (CREDIT_LINES.find((c) => c.pattern.test(text))?.reason !== 'photo-credit' || !/\s\p{Ll}{3,}/u.test(text)) return text;
  const credit = CAPTION_CREDIT.exec(text);
  return credit ? (credit[1] as string) : text.slice(text.lastIndexOf('. ') + 1);
}

interface Context {
  paragraph: Paragraph;
  quotes: RawQuote[];
}

/** A short paragraph without quotes between a quote and the next keeps the speaker in context. */
function carried(previous: Context | null, p: Paragraph): RawQuote[] {
  return previous && previous.paragraph.index === p.index - 1 && p.text.length < 400 ? previous.quotes : [];
}

/** Paragraphs of an article → its speakers and their quotes. Paragraph i of the input is `paragraph: i`. */
export function findQuotes(paragraphs: readonly string[], options: FindQuotesOptions = {}): QuotesResult {
  // (English rules would read another language's capitalised words as speakers)
  if (!readsAsEnglish(paragraphs)) return { speakers: [], quotes: [], notice: 'not-english' };
  const paras = paragraphs.map(readParagraph);
  const notSpeakers = [...(options.notSpeakers ?? [])];
  for (const p of paras) for (const m of (p.credit ? creditText(p.text) : (p.credits ?? '')).matchAll(CREDIT_NAMES)) notSpeakers.push(m[0]);
  const raw: RawQuote[] = [];
  /** Intros that only name a speaker for what follows (resolved in reading order, never listed), with their place in `raw`. */
  const contexts = new Map<RawQuote, number>();
  let previous: Context | null = null;
  // (the words the article writes in lower case: what colon leads and names are judged against)
  const common = commonWords(paras);
  // whether a lead before a colon names a speaker is read from the whole article (a list's labels never recur as names)
  const speaks = leadCheck(paras, common);
  for (const p of paras) {
    if (p.credit || p.citation) {
      previous = null;
      continue;
    }
    // a transcript line is one speaker's words, whatever verbs it holds
    const transcript = isTranscriptLine(p, speaks);
    const cues = transcript ? [] : findCues(p);
    const { quotes, used } = findReported(p, cues);
    const colon = quotes.length ? null : findColonLine(p, used, speaks);
    if (colon) quotes.push(colon);
    quotes.push(...findQuestions(p, quotes));
    quotes.sort((a, b) => a.start - b.start);
    const direct = findDirect(p, used, quotes, previous, new Set(cues.map((c) => p.sentences[c.sentence] as Sentence)));
    const all = [...quotes, ...direct].sort((a, b) => a.start - b.start);
    raw.push(...all);
    // "17-year-old Corin Danner echoed:": an intro ending in a colon names who speaks in the next paragraph
    const intro = all.length ? null : colonIntro(p);
    if (intro) {
      const context: RawQuote = { paragraph: p.index, start: intro.start, end: intro.end, text: '', kind: 'direct', rule: 'context-colon-intro', mention: intro, sameAs: null, entity: null };
      contexts.set(context, raw.length);
      previous = { paragraph: p, quotes: [context] };
      continue;
    }
    previous = { paragraph: p, quotes: all.length ? all : carried(previous, p) };
  }
  const readable = paras.map((p) => (p.credit ? null : p));
  const resolver = new SpeakerResolver(collectNames(paras, common), notSpeakers.map(nameKey).filter(Boolean), common, readable);
  const reading = [...raw];
  for (const [q, at] of [...contexts].reverse()) reading.splice(at, 0, q);
  const order = new Map(reading.map((q, i) => [q, i]));
  const later: RawQuote[] = [];
  for (const q of reading) {
    if (!q.mention && q.sameAs && (order.get(q.sameAs) ?? 0) > (order.get(q) ?? 0)) later.push(q);
    else resolver.resolve(q);
  }
  for (const q of later) resolver.resolve(q);
  // ("Uber, which has faced protests, said": a name the article calls a thing is an organisation)
  markThings(resolver.entities, thingNames(paras));
  // ("Wells Fargo CEO John Stumpf" in one paragraph, "Stumpf said" in another: the role is the introduction's)
  rolesFromMentions(resolver.entities, readable);
  return mergeAliases(raw, resolver.entities);
}
