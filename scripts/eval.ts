/**
 * `npm run eval`: Verbatim's article text against the corpus, side by side with Readability alone,
 * in the same run (issue 5). The corpus is read in place, never copied into the repository.
 *
 *   npx tsx scripts/eval.ts [--corpus DIR] [--only SUBSTRING] [--show PAGE_ID] [--worst 10] [--json]
 *
 * readability-pages/*: shingle P/R/F1 against Readability's own expected output, the worst pages with
 * their first wrong paragraph, and boilerplate lines left. news/*: no expected text; boilerplate lines
 * left by kind and the paragraph counts, for both extractors.
 */
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { processPage } from '../src/core/index';
import { collectBlocks } from '../src/core/extract/collect-blocks';
import { corpusDir, loadCorpusPages, type CorpusPage } from './lib/corpus';
import { countBoilerplate } from './eval/boilerplate-lines';
import { scoreCorpus, scorePage, shingles, type PageScore } from './eval/shingle-f1';

type View = Window & typeof globalThis;

const { values: opts } = parseArgs({
  options: {
    corpus: { type: 'string' },
    only: { type: 'string' },
    show: { type: 'string' },
    worst: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
  },
});

const dom = (html: string, url: string): JSDOM => new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
const linesOf = (root: Element | null): string[] => (root ? collectBlocks(root).map((b) => b.block.text) : []);

interface Run { lines: string[]; ms: number; note: string }

function runVerbatim(page: CorpusPage): Run {
  const d = dom(page.html, page.url);
  const t0 = d.window.performance.now();
  const out = processPage(d.window.document, { view: d.window as unknown as View });
  const ms = d.window.performance.now() - t0;
  d.window.close();
  if (out.kind !== 'article') return { lines: [], ms, note: `not-article: ${out.reason}` };
  const a = out.article;
  // What the reader view shows as the article: lead caption, body blocks, credits.
  const lines = [a.leadImage?.caption ?? '', ...a.blocks.map((b) => b.text), a.credits ?? ''].filter(Boolean);
  return { lines, ms, note: '' };
}

function runReadability(page: CorpusPage): Run {
  const d = dom(page.html, page.url);
  const t0 = d.window.performance.now();
  const result = new Readability<Element>(d.window.document, { serializer: (n) => n as Element }).parse();
  const ms = d.window.performance.now() - t0;
  const lines = linesOf(result?.content ?? null);
  d.window.close();
  return { lines, ms, note: result ? '' : 'null' };
}

function expectedLines(page: CorpusPage): string[] {
  if (page.expectedHtml === null) return [];
  const d = dom(page.expectedHtml, page.url);
  const lines = linesOf(d.window.document.body);
  d.window.close();
  return lines;
}

/** The first predicted line that is mostly not in the expected text, and the first expected line mostly missing. */
function firstWrong(predicted: string[], expected: string[]): string {
  const e = shingles(expected.join('\n'));
  const p = shingles(predicted.join('\n'));
  const share = (line: string, bag: Map<string, number>): number => {
    const s = shingles(line);
    let hit = 0;
    let n = 0;
    for (const [g, c] of s) { n += c; hit += Math.min(c, bag.get(g) ?? 0); }
    return n === 0 ? 1 : hit / n;
  };
  const extra = predicted.find((l) => share(l, e) < 0.5);
  const missing = expected.find((l) => share(l, p) < 0.5);
  const cut = (s: string): string => (s.length > 90 ? `${s.slice(0, 89)}…` : s);
  return [extra ? `extra: “${cut(extra)}”` : '', missing ? `missing: “${cut(missing)}”` : ''].filter(Boolean).join(' | ') || '(order or small differences)';
}

const pages = loadPages().filter((p) => !opts.only || p.id.includes(opts.only));

/** The corpus pages, or a one-line message and exit code 1 when the corpus is not where it should be. */
function loadPages(): CorpusPage[] {
  try {
    return loadCorpusPages(corpusDir(opts.corpus));
  } catch (err) {
    process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
const fmt = (n: number): string => n.toFixed(3);
const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s.length ? ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2 : 0; };

interface Row { id: string; v: Run; r: Run; expected: string[]; vScore: PageScore; rScore: PageScore }
const rows: Row[] = [];
for (const page of pages) {
  const v = runVerbatim(page);
  const r = runReadability(page);
  const expected = expectedLines(page);
  rows.push({ id: page.id, v, r, expected, vScore: scorePage(v.lines.join('\n'), expected.join('\n')), rScore: scorePage(r.lines.join('\n'), expected.join('\n')) });
  if (opts.show && page.id.includes(opts.show)) {
    const list = (lines: string[]): string => lines.map((l) => `  ${l}`).join('\n');
    process.stdout.write(`\n=== ${page.id} ${v.note}\n--- Verbatim\n${list(v.lines)}\n--- Readability\n${list(r.lines)}\n--- expected\n${list(expected)}\n`);
  }
}

const scored = rows.filter((r) => r.id.startsWith('readability-pages/'));
const news = rows.filter((r) => r.id.startsWith('news/'));
const vCorpus = scoreCorpus(scored.map((r) => r.vScore));
const rCorpus = scoreCorpus(scored.map((r) => r.rScore));
const residue = (pick: (r: Row) => string[], set: Row[]): number => set.reduce((n, r) => n + [...countBoilerplate(pick(r)).values()].reduce((a, l) => a + l.length, 0), 0);
const f1 = (s: PageScore): number => { const p = s.precision ?? 0; return p + s.recall === 0 ? 0 : (2 * p * s.recall) / (p + s.recall); };

const summary = {
  readabilityPages: {
    pages: scored.length,
    verbatim: { ...vCorpus, boilerplateLines: residue((r) => r.v.lines, scored) },
    readability: { ...rCorpus, boilerplateLines: residue((r) => r.r.lines, scored) },
    expectedBoilerplateLines: residue((r) => r.expected, scored),
  },
  news: news.map((r) => ({
    id: r.id,
    verbatim: { paragraphs: r.v.lines.length, boilerplate: Object.fromEntries(countBoilerplate(r.v.lines)) },
    readability: { paragraphs: r.r.lines.length, boilerplate: Object.fromEntries(countBoilerplate(r.r.lines)) },
  })),
  jsdomMedianMs: { verbatim: median(rows.map((r) => r.v.ms)), readability: median(rows.map((r) => r.r.ms)) },
};

if (opts.json) {
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
} else {
  const s = summary.readabilityPages;
  process.stdout.write(`\nreadability-pages: ${s.pages} pages, F1 of the article text against Readability 0.6.0's expected output\n`);
  process.stdout.write(`              precision  recall  F1      empty  boilerplate lines left\n`);
  process.stdout.write(`  Verbatim    ${fmt(s.verbatim.precision)}      ${fmt(s.verbatim.recall)}   ${fmt(s.verbatim.f1)}   ${String(s.verbatim.empty).padEnd(5)}  ${s.verbatim.boilerplateLines}\n`);
  process.stdout.write(`  Readability ${fmt(s.readability.precision)}      ${fmt(s.readability.recall)}   ${fmt(s.readability.f1)}   ${String(s.readability.empty).padEnd(5)}  ${s.readability.boilerplateLines}\n`);
  process.stdout.write(`  (the expected outputs themselves hold ${s.expectedBoilerplateLines} boilerplate lines)\n`);
  const worst = [...scored].sort((a, b) => f1(a.vScore) - f1(b.vScore)).slice(0, Number(opts.worst));
  process.stdout.write(`\n${worst.length} worst pages (Verbatim F1 | Readability F1): first wrong paragraph\n`);
  for (const r of worst) {
    process.stdout.write(`  ${r.id.replace('readability-pages/', '').padEnd(40)} ${fmt(f1(r.vScore))} | ${fmt(f1(r.rScore))}  ${r.v.note || firstWrong(r.v.lines, r.expected)}\n`);
  }
  const leftovers = scored.flatMap((r) => [...countBoilerplate(r.v.lines)].map(([kind, lines]) => `  ${r.id} ${kind}: ${lines.map((l) => `“${l.slice(0, 60)}”`).join(', ')}`));
  if (leftovers.length) process.stdout.write(`\nBoilerplate lines Verbatim left on readability-pages:\n${leftovers.join('\n')}\n`);
  process.stdout.write(`\nnews/ (no expected text): paragraphs and boilerplate lines left, by kind\n`);
  for (const n of summary.news) {
    const show = (b: Record<string, string[]>): string => Object.entries(b).map(([k, l]) => `${k} ${l.length}`).join(', ') || 'none';
    process.stdout.write(`  ${n.id.padEnd(40)} Verbatim ${String(n.verbatim.paragraphs).padStart(3)} paragraphs, boilerplate: ${show(n.verbatim.boilerplate)}\n`);
    process.stdout.write(`  ${''.padEnd(40)} Readability ${String(n.readability.paragraphs).padStart(3)} paragraphs, boilerplate: ${show(n.readability.boilerplate)}\n`);
  }
  process.stdout.write(`\njsdom median per page: Verbatim (whole pipeline) ${summary.jsdomMedianMs.verbatim.toFixed(1)} ms, Readability alone ${summary.jsdomMedianMs.readability.toFixed(1)} ms\n`);
}
