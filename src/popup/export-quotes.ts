/**
 * Quotes as text people paste elsewhere: one quote with its citation, or all quotes as Markdown or
 * JSON. Pure functions of the page summary, so they are tested without a browser.
 */
import type { Quote } from '../core/types';
import { t } from '../shared/i18n';
import type { PageSummary } from '../shared/messages';

type ArticleSummary = Extract<PageSummary, { kind: 'article' }>;

function isoDate(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/** “What was said,” — Speaker, role. Outlet, date. URL */
export function citation(quote: Quote, page: ArticleSummary): string {
  const who = [quote.speaker ?? t('unattributed'), quote.role].filter(Boolean).join(', ');
  const source = [page.siteName ?? page.title, isoDate(page.publishedTime), page.url].filter(Boolean).join('. ');
  const said = quote.kind === 'reported' ? `${quote.text} (reported)` : `“${quote.text}”`;
  return `${said} — ${who}. ${source}`;
}

/** All quotes grouped by speaker, as Markdown. */
export function quotesMarkdown(page: ArticleSummary): string {
  const lines = [`# ${page.title}`, ''];
  const source = [page.siteName, isoDate(page.publishedTime)].filter(Boolean).join(', ');
  lines.push(`Source: ${source ? `${source}, ` : ''}<${page.url}>`, '');
  const groups = page.speakers.map((s) => ({ title: s.role ? `${s.name}, ${s.role}` : s.name, quotes: page.quotes.filter((q) => q.speakerId === s.id) }));
  const loose = page.quotes.filter((q) => q.speakerId === null || !page.speakers.some((s) => s.id === q.speakerId));
  if (loose.length) groups.push({ title: t('unattributed'), quotes: loose });
  for (const group of groups) {
    if (!group.quotes.length) continue;
    lines.push(`## ${group.title}`, '');
    for (const q of group.quotes) lines.push(q.kind === 'reported' ? `- ${q.text} *(reported)*` : `- “${q.text}” *(${q.kind})*`);
    lines.push('');
  }
  return lines.join('\n');
}

/** All speakers and quotes as JSON, with the page they come from. */
export function quotesJson(page: ArticleSummary): string {
  const { title, siteName, publishedTime, url, speakers, quotes } = page;
  return JSON.stringify(
    {
      title,
      siteName,
      publishedTime,
      url,
      speakers: speakers.map(({ name, role, kind, aliases, quoteCount }) => ({ name, role, kind, aliases, quoteCount })),
      quotes: quotes.map(({ speaker, role, text, kind, paragraph }) => ({ speaker, role, text, kind, paragraph })),
    },
    null,
    2,
  );
}
