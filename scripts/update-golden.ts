/**
 * Rewrites a golden page's expected.json from the pipeline's current output — a deliberate act whose
 * diff is reviewed before it is committed. Hand-written parts (url, reason, absent, htmlAbsent,
 * speakers) are kept as they are.
 *
 *   npx tsx scripts/update-golden.ts <case> [--summary]     (--summary: count/first/last/headings only)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runHtml } from '../tests/helpers/load-page';
import { PAGES_DIR, removedKinds, type Golden } from '../tests/helpers/golden';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { summary: { type: 'boolean' } } });
const [name] = positionals;
if (!name) {
  process.stderr.write('usage: npx tsx scripts/update-golden.ts <case> [--summary]\n');
  process.exit(2);
}
const dir = join(PAGES_DIR, name);
const expectedFile = join(dir, 'expected.json');
const previous: Partial<Golden> & Record<string, unknown> = existsSync(expectedFile) ? JSON.parse(readFileSync(expectedFile, 'utf8')) : {};
const url = previous.url ?? 'https://news.example/story.html';
const outcome = runHtml(readFileSync(join(dir, 'source.html'), 'utf8'), url);

const next: Record<string, unknown> = { ...previous, url, kind: outcome.kind };
if (outcome.kind === 'not-article') {
  next.reason ??= outcome.reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  delete next.fields;
  delete next.blocks;
  delete next.blockSummary;
  delete next.removed;
} else {
  const { article } = outcome;
  next.fields = {
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    lang: article.lang,
    isAmp: article.isAmp,
    url: article.url,
    credits: article.credits,
    leadImage: article.leadImage,
  };
  const blocks = article.blocks.map(({ tag, text }) => ({ tag, text }));
  if (values.summary) {
    delete next.blocks;
    next.blockSummary = {
      count: blocks.length,
      first: blocks[0]?.text ?? '',
      last: blocks.at(-1)?.text ?? '',
      headings: blocks.filter((b) => /^h\d$/.test(b.tag)).map((b) => b.text),
    };
  } else {
    delete next.blockSummary;
    next.blocks = blocks;
  }
  next.removed = removedKinds(outcome);
}
writeFileSync(expectedFile, `${JSON.stringify(next, null, 2)}\n`);
process.stdout.write(`${expectedFile}: ${outcome.kind}${outcome.kind === 'article' ? `, ${outcome.article.blocks.length} blocks, ${outcome.removed.length} removals` : ` (${outcome.reason})`}\nReview the diff before committing.\n`);
