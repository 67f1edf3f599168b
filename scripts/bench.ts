/**
 * `npm run bench`: Verbatim's whole pipeline against Readability alone and against one TreeWalker pass
 * (the floor), on every corpus page, timed in-page in headless Chromium and in jsdom, in the same run.
 * Prints per-environment medians, p95 and ratios, the stress pages (huge, deep), the quotes engine's
 * time per article and on run-on paragraphs (ms per 1 000 characters against the articles'), and the
 * minified bundle sizes. `--json` prints one JSON object instead.
 *
 *   npm run bench -- [--json] [--reps 5] [--warmup 0] [--limit N] [--batch 8] [--corpus DIR] [--no-chromium] [--no-jsdom]
 */
import { fork } from 'node:child_process';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findQuotes } from '../src/core/index';
import { CONTENDERS, type Contender, type timePage } from './bench/in-page';
import type { BatchReply, BatchRequest } from './bench/jsdom-batch';
import { median, percentile, round } from './bench/stats';
import { formatStages, pageTimes, summarise, type EnvSummary, type PageTimes } from './bench/summary';
import { deepPage, hugePage } from './bench/synthetic';
import { corpusDir, loadCorpusPages, type CorpusPage } from './lib/corpus';

const ROOT = resolve(import.meta.dirname, '..');

const { values: opts } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    reps: { type: 'string', default: '5' },
    limit: { type: 'string' },
    corpus: { type: 'string' },
    batch: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '0' },
    'no-chromium': { type: 'boolean', default: false },
    'no-jsdom': { type: 'boolean', default: false },
  },
});
const REPS = Number(opts.reps);
const BATCH = Math.max(1, Number(opts.batch));
const WARMUP = Math.max(0, Number(opts.warmup));
const log = (s: string): void => { if (!opts.json) process.stdout.write(s); };
const progress = (s: string): void => { if (!opts.json && process.stderr.isTTY) process.stderr.write(s); };

/** Page scripts are stripped so that only the contenders run; every page gets the same treatment. */
const withoutScripts = (html: string): string => html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');

/**
 * One request (a batch of pages, or a stress page) run in jsdom in a child process with the same
 * loader as this process, so the TypeScript sources run as they are; the child exits after it and
 * its memory goes with it.
 */
function inChild(request: BatchRequest, what: string): Promise<BatchReply & { ok: true }> {
  return new Promise((done, fail) => {
    const child = fork(resolve(import.meta.dirname, 'bench/jsdom-batch.ts'), [], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let reply: BatchReply | null = null;
    child.on('message', (m: BatchReply) => { reply = m; });
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      const r = reply as BatchReply | null;
      if (r?.ok) done(r);
      else fail(new Error(`jsdom ${what} failed: ${r && !r.ok ? r.error : `exit ${code ?? signal}`}`));
    });
    child.send(request);
  });
}

async function timeAllInJsdom(pages: readonly CorpusPage[]): Promise<PageTimes[]> {
  const out: PageTimes[] = [];
  for (let i = 0; i < pages.length; i += BATCH) {
    progress(`\rjsdom ${i}/${pages.length}`);
    const batch = pages.slice(i, i + BATCH).map((p) => ({ id: p.id, html: withoutScripts(p.html), url: p.url }));
    const r = await inChild({ kind: 'pages', pages: batch, reps: REPS, warmup: WARMUP }, `batch (${batch[0]?.id} …)`);
    if ('times' in r) out.push(...r.times);
  }
  progress(`\rjsdom ${pages.length}/${pages.length}\n`);
  return out;
}

async function stressInJsdom(name: string, html: string): Promise<Record<string, unknown>> {
  const r = await inChild({ kind: 'stress', name, html }, `stress page ${name}`);
  return 'stress' in r ? r.stress : {};
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
async function timeInChromium(
  browser: Browser, bundle: string, html: string, url: string, reps: number, contenders: Contender[], warmup: number,
): Promise<ReturnType<typeof timePage>> {
  const tab = await browser.newPage();
  try {
    await tab.setRequestInterception(true);
    tab.on('request', (req) => {
      if (req.url() === url) void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else void req.abort();
    });
    await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await tab.evaluate(bundle);
    return await tab.evaluate((names: Contender[], n: number, warm: number) => {
      const bench = (globalThis as unknown as { __vbBench: { timePage: typeof timePage } }).__vbBench;
      return bench.timePage(document, window as unknown as Window & typeof globalThis, n, names, warm);
    }, contenders, reps, warmup);
  } finally {
    await tab.close();
  }
}

/**
 * Every contender on `html`, each in a page of its own: the pipeline runs Readability's code, so in a
 * shared page each contender would run on code the others had warmed up (and the first one measured
 * would pay for everyone's compilation).
 */
async function timeEachInChromium(browser: Browser, bundle: string, html: string, url: string): Promise<ReturnType<typeof timePage>> {
  const out: ReturnType<typeof timePage> = { ms: {}, click: [], first: {}, firstClick: null, stages: [], outcome: '' };
  for (const c of CONTENDERS) {
    const r = await timeInChromium(browser, bundle, html, url, REPS, [c], WARMUP);
    out.ms[c] = r.ms[c] ?? [];
    out.first[c] = r.first[c] ?? Number.NaN;
    if (c === 'tab') Object.assign(out, { click: r.click, firstClick: r.firstClick });
    if (c === 'verbatim') Object.assign(out, { stages: r.stages, outcome: r.outcome });
  }
  return out;
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
function quotesTimes(dir: string): { articles: number; medianMs: number; p95Ms: number; msPerKiloChars: number } | null {
  const file = resolve(dir, 'quotes/polnear-dev.jsonl');
  if (!existsSync(file)) return null;
  const texts = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  let chars = 0;
  const ms = texts.map((text) => {
    chars += text.length;
    const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    findQuotes(paragraphs); // warm
    const t = performance.now();
    findQuotes(paragraphs);
    return performance.now() - t;
  });
  const total = ms.reduce((x, y) => x + y, 0);
  return { articles: texts.length, medianMs: round(median(ms), 3), p95Ms: round(percentile(ms, 95), 3), msPerKiloChars: round(total / (chars / 1000), 3) };
}

/** DATA: run-on paragraphs with no real sentences (a list pasted without stops, hostile text), about 48 000 characters each. */
const RUN_ON: Readonly<Record<string, string>> = {
  'speech verbs, no stops': 'he said '.repeat(6000),
  'short sentences': 'He said it. '.repeat(4000),
  'quotations': '“Yes,” he said. '.repeat(3000),
};

/** findQuotes on each run-on paragraph: ms, and ms per 1 000 characters against the dev articles' (the ratio). */
function runOnTimes(perKiloChars: number | null): Record<string, { chars: number; ms: number; ratioPerChar: number | null }> {
  const out: Record<string, { chars: number; ms: number; ratioPerChar: number | null }> = {};
  for (const [name, text] of Object.entries(RUN_ON)) {
    const t = performance.now();
    findQuotes([text]);
    const ms = performance.now() - t;
    out[name] = { chars: text.length, ms: round(ms, 1), ratioPerChar: perKiloChars ? round(ms / (text.length / 1000) / perKiloChars, 1) : null };
  }
  return out;
}

async function main(): Promise<void> {
  const dir = corpusDir(opts.corpus);
  const pages = loadCorpusPages(dir).slice(0, opts.limit ? Number(opts.limit) : undefined);
  log(`Benchmark: ${pages.length} pages from ${dir}, ${REPS} repetitions each, per-page median\n\n`);

  const result: Record<string, unknown> = { pages: pages.length, reps: REPS };
  if (!opts['no-jsdom']) result.jsdom = summarise(await timeAllInJsdom(pages));

  const stress: Record<string, unknown> = {};
  const synthetic = { huge: hugePage(), deep: deepPage() };
  for (const [name, html] of Object.entries(synthetic)) {
    stress[name] = { bytes: html.length, ...(opts['no-jsdom'] ? {} : { jsdom: await stressInJsdom(name, html) }) };
  }

  if (!opts['no-chromium']) {
    const browser = await launchChromium();
    try {
      const bundle = await inPageBundle();
      const chromiumTimes: PageTimes[] = [];
      for (const [i, p] of pages.entries()) {
        progress(`\rchromium ${i}/${pages.length}`);
        chromiumTimes.push(pageTimes(p.id, await timeEachInChromium(browser, bundle, withoutScripts(p.html), p.url)));
      }
      progress(`\rchromium ${pages.length}/${pages.length}\n`);
      result.chromium = summarise(chromiumTimes, WARMUP === 0);
      if (process.env.VB_BENCH_PAGES) result.chromiumPages = chromiumTimes;
      for (const [name, html] of Object.entries(synthetic)) {
        const r = await timeInChromium(browser, bundle, html, `https://stress.example/${name}`, 1, ['verbatim'], 0);
        (stress[name] as Record<string, unknown>).chromium = { verbatimMs: round(r.ms.verbatim![0]!), outcome: r.outcome };
      }
    } finally {
      await browser.close();
    }
  }
  result.stress = stress;
  const times = quotesTimes(dir);
  result.quotes = { bundleBytes: await quotesBundleBytes(), ...times, runOn: runOnTimes(times?.msPerKiloChars ?? null) };
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
    log(`${''.padEnd(9)} in the tab (no quotes stage: the background runs it): ${s.tabMedianMs} ms, /Readability ${s.tabRatio}\n`);
    log(`${''.padEnd(9)} stage medians ms: ${formatStages(s.stagesMedianMs)}\n`);
    if (s.firstRun) {
      const f = s.firstRun;
      log(`${''.padEnd(9)} first run in a fresh page (what a click gets), median ms: Readability ${f.readabilityMedianMs},` +
        ` the tab's pipeline ${f.tabMedianMs} (/Readability ${f.tabRatio}) | click-to-reader median ${f.clickMedianMs}, p95 ${f.clickP95Ms}\n`);
    }
  }
  log(`\nstress pages: ${JSON.stringify(stress)}\n`);
  log(`quotes: ${JSON.stringify(result.quotes)}\n`);
  log(`bundles (minified bytes): ${JSON.stringify(result.bundleBytes)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
