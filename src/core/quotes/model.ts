/**
 * The quote engine's working data, passed from step to step. Offsets are UTF-16 indexes into the
 * paragraph's text.
 */
import type { QuoteKind } from '../types';

/** A region between quotation marks (marks included in start/end). */
export interface QuoteSpan {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  /** False when the paragraph ends before the closing mark (the quote goes on in the next one). */
  closed: boolean;
}

export interface Sentence {
  start: number;
  end: number;
}

export interface Token {
  text: string;
  /** Lower case, trailing period dropped. */
  low: string;
  start: number;
  end: number;
  /** 'word', 'punct' (, ; : ( ) dashes), or 'quote' (a masked quotation). */
  type: 'word' | 'punct' | 'quote';
  cap: boolean;
}

export interface Paragraph {
  index: number;
  text: string;
  /** `text` with every quotation (marks and content) replaced by MASK, same length. */
  masked: string;
  spans: QuoteSpan[];
  sentences: Sentence[];
  tokens: Token[];
  /** A credits line, byline or photo credit: never a source of quotes. */
  credit: boolean;
  /** A reference list's entry: the titles it quotes are cited works, never a source of quotes. */
  citation?: boolean;
  /** Credits cut from the paragraph's end ("(Reporting by …; Editing by …)"), if any. */
  credits?: string;
}

/** A reference to who speaks, as written. */
export interface Mention {
  start: number;
  end: number;
  /** 'name': a proper name; 'pronoun': he/she/…; 'nominal': "officials", "the minister". */
  type: 'name' | 'pronoun' | 'nominal';
  /** The name ("Dmitry Peskov"), the pronoun ("he") or the phrase ("the Russian foreign ministry"). */
  text: string;
  role: string | null;
  org: boolean;
  /** "he" / "she" when an honorific says so ("Mr.", "Mrs."). */
  hint?: 'he' | 'she';
}

/** A speech cue: a verb (or "according to") with its speaker. */
export interface Cue {
  paragraph: number;
  sentence: number;
  verb: string;
  verbStart: number;
  verbEnd: number;
  frame: 'clause' | 'object' | 'quote' | 'according';
  /** 'before': the speaker precedes the verb; 'after': "said X"; 'participle': ", adding …". */
  order: 'before' | 'after' | 'participle';
  mention: Mention | null;
  /** Where the cue's own words (speaker + verb) start and end, to cut them out of content. */
  start: number;
  end: number;
}

/** A quote before its speaker is resolved. */
export interface RawQuote {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  rule: string;
  mention: Mention | null;
  /** When no mention: take the speaker of this earlier raw quote (continuations, context). */
  sameAs: RawQuote | null;
  /** Resolved later. */
  entity: number | null;
}

/** Replaces quoted text in the masked copy; not a letter, space or punctuation. */
export const MASK = '\u2592';

/** Quote text as shown: trimmed, without a dangling comma or colon left inside the marks. */
export function quoteText(text: string): string {
  return text.trim().replace(/[\s,;:\u2014\u2013-]+$/, '');
}
