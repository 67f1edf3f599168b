/**
 * The CLI's JSON record for one page. Field names are a public contract: other tools parse them.
 */
import type { ArticleMeta, Outcome, Quote, QuotesNotice, QuotesResult, Removal, Speaker, Timings } from '../core/types';

export type SpeakerRecord = Pick<Speaker, 'name' | 'role' | 'kind' | 'aliases' | 'quoteCount'>;
export type QuoteRecord = Pick<Quote, 'speaker' | 'role' | 'text' | 'kind' | 'paragraph'>;

/** The page's metadata fields (url, title, byline, siteName, publishedTime, lang, excerpt, leadImage) and: */
export interface PageRecord extends ArticleMeta {
  file: string;
  isArticle: boolean;
  isAmp: boolean;
  reason?: string;
  credits: string | null;
  readingMinutes: number;
  text: string;
  html: string;
  removed: Pick<Removal, 'kind' | 'text'>[];
  speakers: SpeakerRecord[];
  quotes: QuoteRecord[];
  /** Why there are no speakers when the quotes engine did not read the article (a sentence). */
  quotesNotice?: string;
  timings: Timings;
}

/** DATA: the sentence for each reason the quotes engine gives for not reading an article. */
const NOTICES: Record<QuotesNotice, string> = {
  'not-english': 'Speakers and quotes are found in English articles only.',
};

export interface ErrorRecord {
  file: string;
  error: string;
}

export function speakerRecords(result: QuotesResult): { speakers: SpeakerRecord[]; quotes: QuoteRecord[]; quotesNotice?: string } {
  return {
    speakers: result.speakers.map(({ name, role, kind, aliases, quoteCount }) => ({ name, role, kind, aliases, quoteCount })),
    quotes: result.quotes.map(({ speaker, role, text, kind, paragraph }) => ({ speaker, role, text, kind, paragraph })),
    ...(result.notice ? { quotesNotice: NOTICES[result.notice] } : {}),
  };
}

export function pageRecord(file: string, outcome: Outcome): PageRecord {
  if (outcome.kind === 'not-article') {
    const { meta } = outcome;
    return {
      file,
      ...meta,
      isArticle: false,
      isAmp: outcome.isAmp,
      reason: outcome.reason,
      credits: null,
      readingMinutes: 0,
      text: '',
      html: '',
      removed: [],
      speakers: [],
      quotes: [],
      timings: outcome.timings,
    };
  }
  const { article } = outcome;
  return {
    file,
    url: article.url,
    isArticle: true,
    isAmp: article.isAmp,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    lang: article.lang,
    excerpt: article.excerpt,
    leadImage: article.leadImage,
    credits: article.credits,
    readingMinutes: article.readingMinutes,
    text: article.text,
    html: article.html,
    removed: outcome.removed.map(({ kind, text }) => ({ kind, text })),
    ...speakerRecords(outcome),
    timings: outcome.timings,
  };
}
