/**
 * The data the core returns. Everything here is plain, serialisable data: it crosses the message
 * boundary to the popup and is printed as JSON by the CLI.
 */

/** Identifies a rule in a data table; appears in removals and in the trace. */
export type RuleId = string;

/** The pipeline's stages, in order; a paced run may pause after each. */
export type Stage = 'detect' | 'clean' | 'extract' | 'render' | 'quotes';

export interface TraceEntry {
  stage: Stage;
  rule: RuleId;
  detail: string;
}

/** What kind of boilerplate a removal was. */
export type RemovalKind =
  | 'ad-break' // "Story continues below advertisement"
  | 'ad' // amp-ad, ad slots
  | 'menu' // nav, amp-sidebar, "Menu / Topics / Connect"
  | 'comments' // comment sections and prompts
  | 'amp-notice' // "You are viewing an Accelerated Mobile Webpage."
  | 'share'
  | 'newsletter'
  | 'related'
  | 'hidden' // hidden / aria-hidden / non-content elements
  | 'other';

export interface Removal {
  kind: RemovalKind;
  text: string;
  rule: RuleId;
}

export interface LeadImage {
  src: string;
  alt: string;
  caption: string | null;
}

/** One block of the article body in reading order; `index` is what quotes refer to as `paragraph`. */
export interface TextBlock {
  index: number;
  tag: 'p' | 'h2' | 'h3' | 'h4' | 'blockquote' | 'li' | 'pre' | 'figcaption';
  text: string;
}

export interface ArticleMeta {
  url: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  leadImage: LeadImage | null;
}

export interface Article extends ArticleMeta {
  isAmp: boolean;
  /** Article body as plain text, one block per line. */
  text: string;
  /** Body blocks in reading order (same order and indexes as the `data-vb-block` marks in `html`). */
  blocks: TextBlock[];
  /** "(Additional reporting by …, Writing by …)" kept apart as a credits footnote. */
  credits: string | null;
  /** The reader view's article markup, sanitized. */
  html: string;
  wordCount: number;
  readingMinutes: number;
}

export type SpeakerKind = 'person' | 'organization';

export interface Speaker {
  /** Stable within one result; quotes point at it. */
  id: string;
  /** Full name as first introduced ("Dmitry Peskov", never only "Peskov"). */
  name: string;
  /** Role as introduced ("Kremlin spokesman"), or null. */
  role: string | null;
  kind: SpeakerKind;
  /** Other ways the text refers to this speaker ("Peskov", "the spokesman"). */
  aliases: string[];
  quoteCount: number;
}

export type QuoteKind = 'direct' | 'partial' | 'reported';

export interface Quote {
  speakerId: string | null;
  /** The speaker's full name, or null when nobody could be attributed. */
  speaker: string | null;
  role: string | null;
  /** What was said, without the quotation marks. */
  text: string;
  kind: QuoteKind;
  /** Index of the block (paragraph) where the quote starts. */
  paragraph: number;
  rule: RuleId;
}

export interface QuotesResult {
  speakers: Speaker[];
  quotes: Quote[];
  /** Set when the engine did not read the article: 'not-english' (its rules are English phrase shapes). */
  notice?: QuotesNotice;
}

export type QuotesNotice = 'not-english';

export interface Timings {
  detectMs: number;
  cleanMs: number;
  extractMs: number;
  renderMs: number;
  quotesMs: number;
  totalMs: number;
}

export type Outcome =
  | {
      kind: 'article';
      article: Article;
      removed: Removal[];
      speakers: Speaker[];
      quotes: Quote[];
      /** Why there are no speakers, when the quotes engine did not read the article. */
      notice?: QuotesNotice;
      trace: TraceEntry[];
      timings: Timings;
    }
  | {
      kind: 'not-article';
      /** A sentence a user can read in the popup. */
      reason: string;
      /** True when the page was refused for its size or the time it took, not for what it is. */
      limit: boolean;
      meta: ArticleMeta;
      isAmp: boolean;
      trace: TraceEntry[];
      timings: Timings;
    };

/** How a caller that must keep its thread responsive (the content script) runs the pipeline. */
export interface Pacing {
  /** Resolves when the next stage may run (the content script: after a macrotask, so the tab can paint and take input). */
  pause: () => Promise<void>;
  /** Give up with a `limit` not-article outcome when a stage ends later than this (ms since the start). */
  budgetMs: number;
}

export interface ProcessOptions {
  /**
   * The window the sanitizer binds to (DOMPurify needs one). The content script passes its own
   * window, the CLI and tests a jsdom window. The core never reaches for a global window.
   */
  view: Window & typeof globalThis;
  /** The page's URL when the document does not say (default: the document's URL or canonical link). */
  url?: string;
  /** Give up with a not-article outcome above this many elements (default 60 000). */
  maxElements?: number;
  /** Collect trace entries (default false: the trace is then empty). */
  trace?: boolean;
}

/** What the quotes stage reads from an article: its body paragraphs, and the names that never speak (byline, credits). */
export interface QuoteInput {
  paragraphs: string[];
  notSpeakers: string[];
}

/** The quotes stage as the pipeline calls it (the quotes engine, bound by the core's public API). */
export type QuoteFinder = (input: QuoteInput) => QuotesResult;
