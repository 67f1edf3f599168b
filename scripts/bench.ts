/**
 * `npm run bench`: Verbatim's whole pipeline against Readability alone and against one TreeWalker pass
 * (the floor), on every corpus page, timed in-page in headless Chromium and in jsdom, in the same run.
 * Prints per-environment medians, p95 and ratios, the stress pages (huge, deep), the quotes engine's
 * time per article, and the minified bundle sizes. `--json` prints one JSON object instead.
 *
 *   npm run bench -- [--json] [--reps 5] [--limit N] [--corpus DIR] [--no-chromium]
 */
import { readFileSync, statSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findQuotes } from '../src/core/index';
import { timeOnce, type Contender } from './bench/in-page';
import { median, percentile, round } from './bench/stats';
import { deepPage, hugePage } from './bench/synthetic';
import { corpusDir, loadCorpusPages, type CorpusPage } from './lib/corpus';

const ROOT = resolve(import.meta.dirname, '..');
const CONTENDERS: Contender[] = ['readability', 'verbatim', 'walk'];
type View = Window & typeof globalThis;

const { values: opts } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    reps: { type: 'string', default: '5' },
    limit: { type: 'string' },
    corpus: { type: 'string' },
    'no-chromium': { type: 'boolean', default: false },
  },
});
const REPS = Number(opts.reps);
const log = (s: string): void => { if (!opts.json) process.stdout.write(s); };

/** Page scripts are stripped so that only the contenders run; every page gets the same treatment. */
const withoutScripts = (html: string): string => html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');

interface PageTimes { id: string; ms: Record<Contender, number>; clickMs: number }

interface EnvSummary {
  readabilityMedianMs: number;
  verbatimMedianMs: number;
  walkMedianMs: number;
  p95Ms: number;
  clickToReaderP95Ms: number;
  ratio: number;
  ratioToWalk: number;
}

function summarise(times: PageTimes[]): EnvSummary {
  const col = (c: Contender): number[] => times.map((t) => t.ms[c]);
  const readabilityMedianMs = median(col('readability'));
  const verbatimMedianMs = median(col('verbatim'));
  const walkMedianMs = median(col('walk'));
  return {
    readabilityMedianMs: round(readabilityMedianMs),
    verbatimMedianMs: round(verbatimMedianMs),
    walkMedianMs: round(walkMedianMs, 3),
    p95Ms: round(percentile(col('verbatim'), 95)),
    clickToReaderP95Ms: round(percentile(times.map((t) => t.clickMs), 95)),
    ratio: round(verbatimMedianMs / readabilityMedianMs, 3),
    ratioToWalk: round(verbatimMedianMs / walkMedianMs, 1),
  };
}

function jsdomOf(html: string, url: string): JSDOM {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
}

function timeInJsdom(page: CorpusPage): PageTimes {
  const dom = jsdomOf(withoutScripts(page.html), page.url);
  const view = dom.window as unknown as View;
  const ms = {} as Record<Contender, number>;
  for (const c of CONTENDERS) ms[c] = median(Array.from({ length: REPS }, () => timeOnce(c, view.document, view).ms));
  const clickMs = median(Array.from({ length: REPS }, () => timeOnce('verbatim', view.document, view, true).ms));
  dom.window.close();
  return { id: page.id, ms, clickMs };
}

/** One run on a stress page in jsdom; parse failures (jsdom recurses on deep trees) are an outcome too. */
function stressInJsdom(name: string, html: string): Record<string, unknown> {
  const t0 = performance.now();
  let dom: JSDOM;
  try {
    dom = jsdomOf(html, `https://stress.example/${name}`);
  } catch (err) {
    return { parseMs: round(performance.now() - t0), outcome: `jsdom cannot parse it: ${(err as Error).message}` };
  }
  const parseMs = round(performance.now() - t0);
  try {
    const r = timeOnce('verbatim', dom.window.document, dom.window as unknown as View);
    return { parseMs, verbatimMs: round(r.ms), outcome: r.outcome };
  } catch (err) {
    return { parseMs, outcome: `error: ${(err as Error).message}` };
  } finally {
    try {
      dom.window.close();
    } catch {
      // jsdom's close() recurses too; the numbers above are already taken
    }
  }
}

async function inPageBundle(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(ROOT, 'scripts/bench/page-entry.ts')],
    bundle: true, minify: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120',
  });
  return out.outputFiles[0]!.text;
}

async function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync',
      '--disable-background-networking', '--disable-component-update'],
  });
}

/** Loads `html` as the page at `url` (every other request is refused) and runs the bundle in it. */
async function timeInChromium(browser: Browser, bundle: string, html: string, url: string, reps: number, contenders = CONTENDERS) {
  const tab = await browser.newPage();
  try {
    await tab.setRequestInterception(true);
    tab.on('request', (req) => {
      if (req.url() === url) void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else void req.abort();
    });
    await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await tab.evaluate(bundle);
    return await tab.evaluate((names: Contender[], n: number) => {
      const bench = (globalThis as unknown as { __vbBench: { timeOnce: typeof timeOnce } }).__vbBench;
      const view = window as unknown as Window & typeof globalThis;
      const ms: Record<string, number[]> = {};
      let outcome = '';
      for (const c of names) {
        ms[c] = [];
        for (let i = 0; i < n; i++) {
          const r = bench.timeOnce(c, document, view);
          ms[c]!.push(r.ms);
          if (c === 'verbatim') outcome = r.outcome;
        }
      }
      const click: number[] = [];
      for (let i = 0; i < n; i++) click.push(bench.timeOnce('verbatim', document, view, true).ms);
      return { ms, click, outcome };
    }, contenders, reps);
  } finally {
    await tab.close();
  }
}

function bundleBytes(): Record<string, number | null> {
  const size = (p: string): number | null => (existsSync(p) ? statSync(p).size : null);
  return {
    content: size(resolve(ROOT, 'dist/chrome/content.js')),
    popup: size(resolve(ROOT, 'dist/chrome/popup.js')),
    background: size(resolve(ROOT, 'dist/chrome/background.js')),
    cli: size(resolve(ROOT, 'dist/cli.js')),
  };
}

async function quotesBundleBytes(): Promise<number> {
  const out = await build({
    entryPoints: [resolve(ROOT, 'src/core/quotes/index.ts')],
    bundle: true, minify: true, write: false, format: 'esm', platform: 'browser',
  });
  return out.outputFiles[0]!.contents.length;
}

/** findQuotes on every article of the quotes corpus's dev split: ms per article. */
function quotesTimes(dir: string): { articles: number; medianMs: number; p95Ms: number } | null {
  const file = resolve(dir, 'quotes/polnear-dev.jsonl');
  if (!existsSync(file)) return null;
  const texts = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  const ms = texts.map((text) => {
    const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    findQuotes(paragraphs); // warm
    const t = performance.now();
    findQuotes(paragraphs);
    return performance.now() - t;
  });
  return { articles: texts.length, medianMs: round(median(ms), 3), p95Ms: round(percentile(ms, 95), 3) };
}

async function main(): Promise<void> {
  const dir = corpusDir(opts.corpus);
  const pages = loadCorpusPages(dir).slice(0, opts.limit ? Number(opts.limit) : undefined);
  log(`Benchmark: ${pages.length} pages from ${dir}, ${REPS} repetitions each, per-page median\n\n`);

  const jsdomTimes = pages.map((p) => timeInJsdom(p));
  const result: Record<string, unknown> = { pages: pages.length, reps: REPS, jsdom: summarise(jsdomTimes) };

  const stress: Record<string, unknown> = {};
  const synthetic = { huge: hugePage(), deep: deepPage() };
  for (const [name, html] of Object.entries(synthetic)) stress[name] = { bytes: html.length, jsdom: stressInJsdom(name, html) };

  if (!opts['no-chromium']) {
    const browser = await launchChromium();
    try {
      const bundle = await inPageBundle();
      const chromiumTimes: PageTimes[] = [];
      for (const p of pages) {
        const r = await timeInChromium(browser, bundle, withoutScripts(p.html), p.url, REPS);
        chromiumTimes.push({
          id: p.id,
          ms: { readability: median(r.ms.readability!), verbatim: median(r.ms.verbatim!), walk: median(r.ms.walk!) },
          clickMs: median(r.click),
        });
      }
      result.chromium = summarise(chromiumTimes);
      for (const [name, html] of Object.entries(synthetic)) {
        const r = await timeInChromium(browser, bundle, html, `https://stress.example/${name}`, 1, ['verbatim']);
        (stress[name] as Record<string, unknown>).chromium = { verbatimMs: round(r.ms.verbatim![0]!), outcome: r.outcome };
      }
    } finally {
      await browser.close();
    }
  }
  result.stress = stress;
  result.quotes = { bundleBytes: await quotesBundleBytes(), ...quotesTimes(dir) };
  result.bundleBytes = bundleBytes();

  if (opts.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  for (const env of ['chromium', 'jsdom'] as const) {
    const s = result[env] as EnvSummary | undefined;
    if (!s) continue;
    log(`${env.padEnd(9)} median ms: Readability ${s.readabilityMedianMs}, Verbatim ${s.verbatimMedianMs}, walk ${s.walkMedianMs}` +
      ` | Verbatim p95 ${s.p95Ms} ms, click-to-reader p95 ${s.clickToReaderP95Ms} ms` +
      ` | Verbatim/Readability ${s.ratio}, Verbatim/walk ${s.ratioToWalk}\n`);
  }
  log(`\nstress pages: ${JSON.stringify(stress)}\n`);
  log(`quotes: ${JSON.stringify(result.quotes)}\n`);
  log(`bundles (minified bytes): ${JSON.stringify(result.bundleBytes)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
