/**
 * Step 4b: a line led by a speaker and a colon. Headlines ("Okafor: Board chair acted as
 * judge and jury") are reported speech; transcripts ("HALVERSEN: You guys, …") are direct.
 * Labels such as "WATCH:", "UPDATE:" or "Photo:" are not speakers.
 */
import { LEAD, type LeadCheck } from './cue-colon-labels';
import { classify } from './mentions';
import { quoteText, type Paragraph, type QuoteSpan, type RawQuote, type Token } from './model';

/** Labels news pages put before a colon. */
const LABELS = /^(?:.*\bemail|.*\bnote|editor|factcheck|fact-check|the latest|latest|watch|update|updated|breaking|read|related|photo|photos|video|note|editor|source|sources|credit|exclusive|analysis|opinion|live|more|fact check|q|a|question|answer|transcript|abstract|full text|top stories|correction|warning|spoiler|bottom line|key points?|background|context|disclosure|headline|subscribe|sign up|click here|see also|also|gallery|slideshow|podcast|listen|sponsored|advertisement|disclaimer|tags|topics|review|proof|coordinates|reminder|announcements|summary|overview|example|definition|tips?|verdict|pros?|cons?|price|specs)$/i;
const ALL_CAPS = /^[\p{Lu}\s.'’-]+$/u;

/**
 * DATA: shapes of a lead that labels what follows instead of naming who speaks (the shape of a label, not a
 * list of labels). 'heading': the line is no quote; 'tag': the line is still reported, by no one named.
 */
const LABEL_SHAPES: readonly { pattern: RegExp; kind: 'heading' | 'tag'; reason: string }[] = [
  // "THE CLAIM:", "The verdict:", "Our take:", "This week:": a determiner opens a noun phrase, never a name
  { pattern: /^(?:the|a|an|this|that|these|those|our|my|your|his|her|its|their|every|some|no)\s/i, kind: 'heading', reason: 'determiner-heading' },
  // "Spotted:", "Pictured:", "Revealed:": a past participle standing alone heads what follows (never "TRUMP:", "Reed:")
  { pattern: /^\p{Lu}\p{Ll}{3,}ed$/u, kind: 'heading', reason: 'participle-heading' },
];

/** How a lead labels its line: a listed label or a heading shape ('heading'), a tag ('tag'), or not at all (null). */
export function labelKind(lead: string): 'heading' | 'tag' | null {
  if (LABELS.test(lead)) return 'heading';
  return LABEL_SHAPES.find((s) => s.pattern.test(lead))?.kind ?? null;
}

/**
 * A transcript line: "WALLACE: …" — the whole paragraph is what the speaker in capitals says. `speaks` is
 * the article's check that the lead names someone (see cue-colon-labels).
 */
export function isTranscriptLine(p: Paragraph, speaks: LeadCheck): boolean {
  const m = LEAD.exec(p.masked);
  return !!m && !!m[1] && ALL_CAPS.test(m[1]) && /\p{Lu}{3,}/u.test(m[1]) && labelKind(m[1]) === null && speaks(m[1], p.index);
}

export function findColonLine(p: Paragraph, used: Set<QuoteSpan>, speaks: LeadCheck): RawQuote | null {
  const m = LEAD.exec(p.masked);
  if (!m || !m[1]) return null;
  const lead = m[1];
  const label = labelKind(lead);
  if (label === 'heading' || !speaks(lead, p.index)) return null;
  const words: Token[] = p.tokens.filter((t) => t.end <= lead.length && t.type === 'word');
  const found = label === 'tag' ? null : classify(p.text, words, null);
  if (label !== 'tag' && (!found || found.type !== 'name')) return null;
  // a transcript's speaker in capitals is a person ("PENCE:"), not an acronym
  const mention = found && ALL_CAPS.test(lead) ? { ...found, org: false } : found;
  const start = m[0].length;
  const rest = p.masked.slice(start);
  if ((rest.match(/[\p{L}\p{N}]+/gu) ?? []).length < 3 && !rest.includes('\u2592')) return null;
  const spans = p.spans.filter((s) => s.start >= start);
  if (spans.some((s) => used.has(s))) return null;
  spans.forEach((s) => used.add(s));
  const only = spans.length === 1 && /^[\s\u2592.]*$/.test(rest);
  const span = spans[0];
  const text = only && span ? p.text.slice(span.innerStart, span.innerEnd) : p.text.slice(start);
  return {
    paragraph: p.index,
    start,
    end: p.text.length,
    text: quoteText(text.replace(/[.]$/, '')),
    kind: only || ALL_CAPS.test(lead) ? 'direct' : 'reported',
    rule: ALL_CAPS.test(lead) ? 'direct-transcript-line' : 'reported-colon-line',
    mention,
    sameAs: null,
    entity: null,
  };
}
