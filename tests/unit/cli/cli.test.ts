/**
 * The CLI end to end, as a user runs it: real files, real process, exit codes and output streams.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'src/cli/verbatim.ts');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SEED = join(ROOT, 'tests/pages/amp-seed/source.html');
const NON_ARTICLE = join(ROOT, 'tests/pages/non-article/source.html');
const FRENCH = join(ROOT, 'tests/e2e/site/french-article.html');

interface Run { code: number; stdout: string; stderr: string }

async function cli(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [CLI, ...args], { cwd: ROOT, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-cli-'));
  writeFileSync(join(dir, 'garbage.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  writeFileSync(join(dir, 'deep.html'), `<html><body>${'<div>'.repeat(20_000)}<p>Deep.</p>${'</div>'.repeat(20_000)}</body></html>`);
  writeFileSync(join(dir, 'notes.txt'), 'Just some words.\n\nNo markup at all here.\n');
  writeFileSync(
    join(dir, 'article.txt'),
    '“We will not rush,” said Maria Lopez, a ministry spokeswoman.\n\nThe weather was mild.\n',
  );
  writeFileSync(
    join(dir, 'article-fr.txt'),
    '« Nous ne nous précipiterons pas », a déclaré Maria Lopez, porte-parole du ministère, lors de la conférence de presse.\n\n' +
      'Le temps était doux et la foule, venue nombreuse devant la mairie, a écouté le discours sans un bruit pendant près d’une heure.\n',
  );
});

describe('pages', () => {
  test('one article → one JSON document with the contract fields', async () => {
    const run = await cli(SEED);
    expect(run.code).toBe(0);
    const page = JSON.parse(run.stdout);
    expect(Object.keys(page)).toEqual(expect.arrayContaining([
      'file', 'url', 'isArticle', 'isAmp', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'excerpt',
      'leadImage', 'text', 'html', 'removed', 'speakers', 'quotes', 'timings',
    ]));
    expect(page.isArticle).toBe(true);
    expect(page.isAmp).toBe(true);
    expect(page.text).not.toMatch(/Story continues below advertisement/i);
    expect(page.removed.length).toBeGreaterThan(5);
  }, 60_000);

  test('several files → JSON Lines; a bad file → error object, the rest still processed, exit 1', async () => {
    const run = await cli(SEED, join(dir, 'garbage.bin'), join(dir, 'missing.html'), NON_ARTICLE);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => Boolean(l.error))).toEqual([false, true, true, false]);
    expect(lines[1].error).toMatch(/binary/);
    expect(lines[2].error).toMatch(/no such file/);
    expect(lines[3].isArticle).toBe(false);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.stderr.trim().split('\n')).toHaveLength(2);
  }, 60_000);

  test('a page nested 20 000 deep ends in a one-line outcome, never a stack trace', async () => {
    const run = await cli('--format', 'text', join(dir, 'deep.html'));
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/deep\.html: the page is nested too deeply/)]);
  }, 60_000);

  test('text that is not HTML is refused with a one-line reason', async () => {
    const run = await cli('--format', 'text', join(dir, 'notes.txt'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/notes\.txt: not an HTML file/);
  });

  test.each([
    ['md', /^# .+\n/],
    ['html', /^<!doctype html>[\s\S]*<article/],
    ['text', /^Russia sees room for dialogue/],
  ])('--format %s', async (format, shape) => {
    const run = await cli('--format', format, SEED);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(shape);
    expect(run.stdout).not.toMatch(/Commenting Policy|Accelerated Mobile/);
  }, 60_000);

  test('an unknown format is a usage error', async () => {
    const run = await cli('--format', 'pdf', SEED);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown format "pdf"/);
  });
});

describe('quotes', () => {
  test('plain text → {speakers, quotes}', async () => {
    const run = await cli('quotes', '--format', 'json', join(dir, 'article.txt'));
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.speakers.map((s: { name: string }) => s.name)).toEqual(['Maria Lopez']);
    expect(result.quotes[0]).toMatchObject({ speaker: 'Maria Lopez', kind: 'direct', text: 'We will not rush', paragraph: 0 });
    expect(result.quotesNotice).toBeUndefined();
  });

  test('a page in French → its article in Markdown, and the speakers section says why it is empty', async () => {
    const run = await cli('--format', 'md', FRENCH);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# La médiathèque rouvre après deux ans de travaux');
    expect(run.stdout).toContain('## Speakers\n\nSpeakers and quotes are found in English articles only.\n');
  });

  test('an article not in English → no speakers, and a sentence saying why', async () => {
    const json = JSON.parse((await cli('quotes', '--format', 'json', join(dir, 'article-fr.txt'))).stdout);
    expect(json).toEqual({ speakers: [], quotes: [], quotesNotice: 'Speakers and quotes are found in English articles only.' });
    const table = await cli('quotes', '--format', 'table', join(dir, 'article-fr.txt'));
    expect(table.stdout).toBe('Speakers and quotes are found in English articles only.\n');
  });
});

describe('sample', () => {
  test('prints the speakers table and names the reader view file it wrote', async () => {
    const out = join(dir, 'sample.html');
    const run = await cli('sample', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Dmitry Peskov\s+Kremlin spokesman/);
    expect(run.stdout).toContain(`Reader view written to ${out}`);
  }, 60_000);
});
