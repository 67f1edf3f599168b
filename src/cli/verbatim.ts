/**
 * Verbatim on the command line: the extension's core run on local files, with jsdom and no network.
 *
 *   verbatim [--url URL] [--format json|html|md|text|table] [--explain] FILE...   (- = stdin)
 *   verbatim quotes [--format json|table] FILE                                    plain text in
 *   verbatim sample [--out FILE]                                                  the bundled sample
 *
 * One file → one JSON document; several → JSON Lines, one object per file. A file that cannot be read
 * or is not HTML yields `{file, error}` and a non-zero exit at the end; the other files still run.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { findQuotes, processPage, splitParagraphs } from '../core/index';
import { FORMATS, speakersTable, toHtmlDocument, toMarkdown, toText, type Format } from './formats';
import { loadText, parseHtml } from './load-input';
import { pageRecord, speakerRecords, type ErrorRecord, type PageRecord } from './page-record';

const USAGE = `Usage:
  verbatim [--url URL] [--format json|html|md|text|table] [--explain] FILE...   (- reads stdin)
  verbatim quotes [--format json|table] FILE       speakers and quotes of a plain-text article
  verbatim sample [--out FILE]                     run on the bundled sample AMP article
`;

class UsageError extends Error {}

/** The folder holding package.json, found upwards from this script (dist/ or src/cli/). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(resolve(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const SAMPLE = 'tests/pages/amp-seed/source.html';

/** jsdom's close() walks the tree recursively and can overflow on pathological nesting; nothing is lost. */
function closeQuietly(dom: { window: { close(): void } }): void {
  try {
    dom.window.close();
  } catch {
    // the process ends soon; the window's memory goes with it
  }
}

async function processFile(file: string, url: string | undefined, explain: boolean): Promise<PageRecord | ErrorRecord> {
  const text = await loadText(file);
  if (!text.ok) return { file, error: text.reason };
  const pageUrl = url ?? (file === '-' ? 'about:blank' : pathToFileURL(resolve(file)).href);
  const dom = await parseHtml(text.value, pageUrl);
  if (!dom.ok) return { file, error: dom.reason };
  try {
    const view = dom.value.window as unknown as Window & typeof globalThis;
    const outcome = processPage(dom.value.window.document, { view, url: url ?? undefined, trace: explain });
    if (explain) for (const t of outcome.trace) process.stderr.write(`${t.stage}\t${t.rule}\t${t.detail}\n`);
    return pageRecord(file, outcome);
  } catch (err) {
    const reason = err instanceof RangeError ? 'the page is too deeply nested to process' : String((err as Error)?.message ?? err);
    return { file, error: `could not process the page (${reason})` };
  } finally {
    closeQuietly(dom.value);
  }
}

function formatPage(record: PageRecord, format: Format, several: boolean): string {
  switch (format) {
    case 'html': return toHtmlDocument(record);
    case 'md': return toMarkdown(record);
    case 'text': return toText(record);
    case 'table': return `${record.title}\n\n${speakersTable(record.speakers, record.quotes, record.quotesNotice)}`;
    case 'json': return several ? `${JSON.stringify(record)}\n` : `${JSON.stringify(record, null, 2)}\n`;
  }
}

function parseFormat(value: string | undefined, json: boolean | undefined, fallback: Format): Format {
  if (json) return 'json';
  if (value === undefined) return fallback;
  if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`unknown format "${value}" (use ${FORMATS.join(', ')})`);
  return value as Format;
}

async function runPages(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { url: { type: 'string' }, format: { type: 'string' }, json: { type: 'boolean' }, explain: { type: 'boolean' } },
  });
  if (positionals.length === 0) throw new UsageError('no input file');
  const format = parseFormat(values.format, values.json, 'json');
  const several = positionals.length > 1;
  let failed = 0;
  for (const file of positionals) {
    const record = await processFile(file, values.url, values.explain ?? false);
    if ('error' in record) {
      failed++;
      process.stderr.write(`verbatim: ${file}: ${record.error}\n`);
      if (format === 'json') process.stdout.write(`${JSON.stringify(record)}\n`);
      continue;
    }
    process.stdout.write(formatPage(record, format, several));
  }
  return failed > 0 ? 1 : 0;
}

async function runQuotes(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, json: { type: 'boolean' } },
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('quotes takes exactly one file');
  const format = parseFormat(values.format, values.json, 'json');
  const text = await loadText(file);
  if (!text.ok) {
    process.stderr.write(`verbatim: ${file}: ${text.reason}\n`);
    return 1;
  }
  const result = speakerRecords(findQuotes(splitParagraphs(text.value)));
  process.stdout.write(format === 'table' ? speakersTable(result.speakers, result.quotes, result.quotesNotice) : `${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

async function runSample(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  const root = packageRoot();
  const file = resolve(root, SAMPLE);
  const record = await processFile(file, undefined, false);
  if ('error' in record) {
    process.stderr.write(`verbatim: ${SAMPLE}: ${record.error}\n`);
    return 1;
  }
  const out = resolve(values.out ?? resolve(root, 'dist', 'sample-reader.html'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, toHtmlDocument(record));
  const removed = record.removed.length;
  process.stdout.write(
    `${record.title}\n${[record.siteName, record.byline, record.publishedTime].filter(Boolean).join(' · ')}\n` +
      `${record.text.split('\n').length} paragraphs, ${removed} boilerplate item${removed === 1 ? '' : 's'} removed, ` +
      `${record.timings.totalMs.toFixed(0)} ms\n\n${speakersTable(record.speakers, record.quotes, record.quotesNotice)}\n` +
      `Reader view written to ${out}\n`,
  );
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === 'quotes') return runQuotes(rest);
  if (command === 'sample') return runSample(rest);
  return runPages(argv);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(err instanceof UsageError || (err as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS')
      ? `verbatim: ${message}\n${USAGE}`
      : `verbatim: ${message}\n`);
    process.exitCode = 2;
  },
);
