/**
 * Outcome → what the popup needs (PageSummary): the reader markup, the blocks and the trace stay
 * in the page; the popup gets metadata, speakers, quotes and removals.
 */
import type { Outcome } from '../core/types';
import type { PageSummary } from '../shared/messages';

export function summarize(outcome: Outcome, url: string): PageSummary {
  if (outcome.kind === 'not-article') {
    return { kind: 'not-article', title: outcome.meta.title, url: outcome.meta.url ?? url, reason: outcome.reason, limit: outcome.limit };
  }
  const { article } = outcome;
  return {
    kind: 'article',
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    url: article.url ?? url,
    readingMinutes: article.readingMinutes,
    speakers: outcome.speakers,
    quotes: outcome.quotes,
    ...(outcome.notice ? { notice: outcome.notice } : {}),
    removed: outcome.removed,
  };
}
