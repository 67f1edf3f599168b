/**
 * Human formats of a page record: a standalone reader HTML document, Markdown, plain text, and the
 * speakers table. The record's strings are page content: HTML output only ever embeds `record.html`,
 * which the core has already sanitized, and escapes everything else.
 */
import type { PageRecord, QuoteRecord, SpeakerRecord } from './page-record';

export type Format = 'json' | 'html' | 'md' | 'text' | 'table';
export const FORMATS: readonly Format[] = ['json', 'html', 'md', 'text', 'table'];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Enough style for the file to read well on its own; the extension's reader view has the full theme. */
const DOCUMENT_STYLE = `
  :root { color-scheme: light dark; }
  body { margin: 0; padding: 3rem 1.25rem; font: 1.2rem/1.6 Georgia, 'Iowan Old Style', serif; }
  article { max-width: 65ch; margin: 0 auto; }
  h1 { font-size: 2.2rem; line-height: 1.15; margin: 0 0 .5rem; }
  h2 { font-size: 1.3em; line-height: 1.3; margin: 2em 0 .6em; }
  img { max-width: 100%; height: auto; }
  figure { margin: 1.75rem 0; }
  figcaption, footer, .vb-byline { font: .85rem/1.4 system-ui, sans-serif; opacity: .75; }
  blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: 3px solid currentColor; }
`;

export function toHtmlDocument(record: PageRecord): string {
  const lang = record.lang ? ` lang="${escapeHtml(record.lang)}"` : '';
  const body = record.isArticle ? record.html : `<p>${escapeHtml(record.reason ?? 'Not an article.')}</p>`;
  return `<!doctype html>
<html${lang}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'">
<title>${escapeHtml(record.title)}</title>
<style>${DOCUMENT_STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

export function toMarkdown(record: PageRecord): string {
  const lines = [`# ${record.title}`, ''];
  const meta = [record.byline, record.siteName, record.publishedTime].filter(Boolean).join(' · ');
  if (meta) lines.push(`*${meta}*`, '');
  for (const line of record.text.split('\n')) if (line.trim()) lines.push(line, '');
  if (record.credits) lines.push(`*${record.credits}*`, '');
  if (record.speakers.length) lines.push('## Speakers', '', ...speakerMarkdown(record.speakers, record.quotes), '');
  else if (record.quotesNotice) lines.push('## Speakers', '', record.quotesNotice, '');
  return lines.join('\n');
}

function speakerMarkdown(speakers: SpeakerRecord[], quotes: QuoteRecord[]): string[] {
  return speakers.flatMap((s) => [
    `- **${s.name}**${s.role ? `, ${s.role}` : ''} (${s.kind}, ${s.quoteCount} quote${s.quoteCount === 1 ? '' : 's'})`,
    ...quotes.filter((q) => q.speaker === s.name).map((q) => `  - ${q.kind}: “${q.text}”`),
  ]);
}

export function toText(record: PageRecord): string {
  if (!record.isArticle) return `${record.reason ?? 'Not an article.'}\n`;
  return [record.title, '', record.text, record.credits ?? ''].join('\n').trimEnd() + '\n';
}

const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const pad = (s: string, n: number): string => truncate(s, n).padEnd(n);

/** Speakers as a table, each followed by its quotes; `notice`: why there are none, when the engine said. */
export function speakersTable(speakers: SpeakerRecord[], quotes: QuoteRecord[], notice?: string, width = 100): string {
  if (speakers.length === 0) return `${notice ?? 'No speakers found.'}\n`;
  const nameW = Math.min(32, Math.max(7, ...speakers.map((s) => s.name.length)));
  const roleW = Math.min(38, Math.max(4, ...speakers.map((s) => (s.role ?? '').length)));
  const head = `${pad('Speaker', nameW)}  ${pad('Role', roleW)}  ${pad('Kind', 12)}  Quotes`;
  const out = [head, '-'.repeat(head.length)];
  for (const s of speakers) {
    out.push(`${pad(s.name, nameW)}  ${pad(s.role ?? '', roleW)}  ${pad(s.kind, 12)}  ${s.quoteCount}`);
    for (const q of quotes.filter((q) => q.speaker === s.name)) {
      out.push(`    ${pad(q.kind, 8)} “${truncate(q.text, width - 16)}”`);
    }
  }
  const unattributed = quotes.filter((q) => q.speaker === null).length;
  if (unattributed) out.push('', `${unattributed} quote(s) with no identified speaker.`);
  return out.join('\n') + '\n';
}
