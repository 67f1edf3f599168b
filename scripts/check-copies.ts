/**
 * npm run check:copies — proves the repository's tests, fixtures and comments are its own writing: no run
 * of 7 words or more of the evaluation corpus (read in place: quote articles, Readability pages, news
 * pages) appears in any tracked file. The reference seed page is the product's own and may be quoted.
 * Prints each run found with its file and line, and exits 1 when there is any.
 *   npx tsx scripts/check-copies.ts [--corpus DIR]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusDir, loadCorpusPages } from './lib/corpus';

const RUN = 7;
/** Runs that are markup or stock labels, not writing: an HTML document's head, an ad-break label. */
const ALLOWED = [/^doctype html html lang \w+ head title/, /^continue reading the main story\b/];

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { corpus: { type: 'string' } } });
const dir = corpusDir(values.corpus);

/** Lower-case words of a text, with their offsets. */
function words(text: string): { w: string; at: number }[] {
  return [...text.toLowerCase().replace(/[’‘]/g, "'").matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ w: m[0], at: m.index }));
}

/** The visible text of a page: markup, scripts and styles dropped, common character references read. */
function visible(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#\d+|#x[\da-f]+|[a-z]+);/gi, ' ');
}

const shingle = (ws: readonly { w: string }[], i: number): string => ws.slice(i, i + RUN).map((x) => x.w).join(' ');

function addAll(text: string, into: Set<string>): void {
  const ws = words(text);
  for (let i = 0; i + RUN <= ws.length; i++) into.add(shingle(ws, i));
}

const corpus = new Set<string>();
for (const page of loadCorpusPages(dir)) addAll(visible(page.html) + '\n' + visible(page.expectedHtml ?? ''), corpus);
for (const split of ['train', 'dev']) {
  const file = join(dir, 'quotes', `polnear-${split}.jsonl`);
  if (!existsSync(file)) continue;
  for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) addAll((JSON.parse(line) as { text: string }).text, corpus);
}
const seed = new Set<string>();
const seedFile = resolve(dir, '../seed/globalnews-amp-article.txt');
if (existsSync(seedFile)) addAll(readFileSync(seedFile, 'utf8'), seed);

const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && f !== 'package-lock.json' && !/\.(?:png|zip|woff2?)$/.test(f));
let found = 0;
for (const file of files) {
  const text = readFileSync(join(root, file), 'utf8');
  const ws = words(text);
  const copied = ws.map(() => false);
  for (let i = 0; i + RUN <= ws.length; i++) {
    const s = shingle(ws, i);
    if (corpus.has(s) && !seed.has(s)) for (let k = i; k < i + RUN; k++) copied[k] = true;
  }
  for (let i = 0; i < ws.length; ) {
    if (!copied[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < ws.length && copied[j]) j++;
    const run = ws.slice(i, j).map((x) => x.w).join(' ');
    if (!ALLOWED.some((re) => re.test(run))) {
      found++;
      const line = text.slice(0, (ws[i] as { at: number }).at).split('\n').length;
      process.stdout.write(`${file}:${line}: ${run}\n`);
    }
    i = j;
  }
}
process.stdout.write(found ? `${found} run(s) of ${RUN}+ words copied from the corpus\n` : `no run of ${RUN}+ words from the corpus in ${files.length} files\n`);
process.exit(found ? 1 : 0);
