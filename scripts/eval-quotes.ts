/**
 * npm run eval:quotes — scores the quote engine on the PolNeAR gold (read in place, never copied):
 * runs findQuotes in-process on each article (paragraphs = blank-line blocks), writes the predictions
 * as JSONL to a temporary file and hands them to ../shared/tools/quote-score. Prints the scorer's
 * report and the engine's time per article.
 *   npx tsx scripts/eval-quotes.ts [--gold FILE] [--save PRED.jsonl] [scorer options: --errors N --per-article --json …]
 * The gold defaults to $VERBATIM_CORPUS/quotes/polnear-dev.jsonl (VERBATIM_CORPUS defaults to
 * ../shared/corpus beside the repository).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findQuotes } from '../src/core/quotes';
import { splitParagraphs } from '../src/core/text/normalize';
import { addCoverage, roleCoverage, type RoleCoverage } from './lib/role-coverage';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);

/** Removes `--name VALUE` from args and returns VALUE. */
function option(name: string): string | null {
  const at = args.indexOf(name);
  if (at < 0) return null;
  const value = args[at + 1] ?? null;
  args.splice(at, 2);
  return value;
}

const saveTo = option('--save');
const corpus = resolve(process.env.VERBATIM_CORPUS ?? join(root, '../shared/corpus'));
const gold = resolve(option('--gold') ?? join(corpus, 'quotes/polnear-dev.jsonl'));
const passThrough = args;
const scorer = resolve(process.env.VERBATIM_SCORER ?? join(root, '../shared/tools/quote-score/score.mjs'));

interface GoldRecord {
  id: string;
  text: string;
}

for (const [what, file] of [['gold file', gold], ['scorer', scorer]] as const) {
  if (!existsSync(file)) {
    process.stderr.write(`eval:quotes: ${what} not found at ${file} (set VERBATIM_CORPUS, --gold FILE or VERBATIM_SCORER)\n`);
    process.exit(1);
  }
}

const records = readFileSync(gold, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as GoldRecord);

const times: number[] = [];
const lines: string[] = [];
let roles: RoleCoverage = { named: 0, withRole: 0 };
// one warm-up pass over every article, so the timings measure the engine, not the JIT
for (const r of records) findQuotes(splitParagraphs(r.text));
for (const r of records) {
  const paragraphs = splitParagraphs(r.text);
  // the best of three runs: the machine's other work is noise, not the engine's cost
  let best = Infinity;
  let result = findQuotes(paragraphs);
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    result = findQuotes(paragraphs);
    best = Math.min(best, performance.now() - t0);
  }
  times.push(best);
  roles = addCoverage(roles, roleCoverage(result.speakers));
  lines.push(JSON.stringify({ id: r.id, quotes: result.quotes.map(({ speaker, text, role, kind, rule }) => ({ speaker, text, role, kind, rule })) }));
}
const dir = mkdtempSync(join(tmpdir(), 'verbatim-quotes-'));
const pred = join(dir, 'pred.jsonl');
writeFileSync(pred, `${lines.join('\n')}\n`);
if (saveTo) writeFileSync(resolve(saveTo), `${lines.join('\n')}\n`);
const run = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...passThrough], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
rmSync(dir, { recursive: true, force: true });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
times.sort((a, b) => a - b);
const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
const share = roles.named ? ((100 * roles.withRole) / roles.named).toFixed(1) : '0';
const summary = `findQuotes: ${records.length} articles, median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms per article\n` +
  `roles: ${roles.withRole} of ${roles.named} people listed by full name have a role (${share} %)`;
// (speed and roles: beside the scorer's figures, on stderr when stdout carries its JSON)
if (passThrough.includes('--json')) process.stderr.write(`${summary}\n`);
else process.stdout.write(`${summary}\n`);
process.exitCode = run.status ?? 1;
