/**
 * npm run build: bundles the extension for each browser into dist/chrome and dist/firefox (each a
 * loadable extension) and the CLI into dist/cli.js, printing every bundle's minified size.
 *
 *   src/{content,background,popup,options}/index.ts ──esbuild (IIFE, minified)──▶ dist/<browser>/*.js
 *   manifest.json ──scripts/manifest.ts──▶ dist/<browser>/manifest.json (+ _locales, icons, HTML, CSS)
 *   src/cli/verbatim.ts ──esbuild (node, ESM, packages external)──▶ dist/cli.js
 */
import { build, transform, type BuildOptions, type Plugin } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestFor, type Manifest, type TargetBrowser } from './manifest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(ROOT, 'dist');

/** Extension bundles: output file ← entry point. */
const ENTRIES: Record<string, string> = {
  'content.js': 'src/content/index.ts',
  'background.js': 'src/background/index.ts',
  'popup.js': 'src/popup/index.ts',
  'options.js': 'src/options/index.ts',
};

/** Static files copied as they are: destination ← source. */
const STATIC: Record<string, string> = {
  'popup.html': 'src/popup/index.html',
  'popup.css': 'src/popup/popup.css',
  'options.html': 'src/options/index.html',
  'options.css': 'src/options/options.css',
  _locales: 'src/_locales',
  icons: 'icons',
};

const TARGETS: Record<TargetBrowser, string> = { chrome: 'chrome120', firefox: 'firefox142' };

/**
 * Inside the extension every string comes from the browser's i18n API (getMessage exists in every
 * extension context, with the default locale behind it), so the English copy that shared/i18n.ts
 * imports as its fallback for pages rendered outside the extension is left out of the bundles.
 */
const noBundledMessages: Plugin = {
  name: 'no-bundled-messages',
  setup(b) {
    b.onLoad({ filter: /[\\/]_locales[\\/]en[\\/]messages\.json$/ }, () => ({ contents: '{}', loader: 'json' }));
  },
};

/** The reader view's stylesheet (a template literal in src/content/reader-styles.ts), minified as CSS. */
const minifiedReaderCss: Plugin = {
  name: 'minified-reader-css',
  setup(b) {
    b.onLoad({ filter: /[\\/]content[\\/]reader-styles\.ts$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      const css = /READER_CSS = `([^`\\$]*)`/.exec(source);
      if (!css) throw new Error(`${args.path}: no stylesheet literal found`);
      const { code } = await transform(css[1]!, { loader: 'css', minify: true });
      return { contents: source.replace(css[0], `READER_CSS = ${JSON.stringify(code.trim())}`), loader: 'ts' };
    });
  },
};

const kb = (file: string): string => `${(statSync(file).size / 1024).toFixed(1)} KB`;

async function buildBrowser(browser: TargetBrowser): Promise<void> {
  const out = resolve(DIST, browser);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const options: BuildOptions = {
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: TARGETS[browser],
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [noBundledMessages, minifiedReaderCss],
  };
  await Promise.all(
    Object.entries(ENTRIES).map(([file, entry]) => build({ ...options, entryPoints: [resolve(ROOT, entry)], outfile: resolve(out, file) })),
  );
  for (const [dest, src] of Object.entries(STATIC)) cpSync(resolve(ROOT, src), resolve(out, dest), { recursive: true });
  const source = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as Manifest;
  writeFileSync(resolve(out, 'manifest.json'), `${JSON.stringify(manifestFor(source, browser), null, 2)}\n`);
  for (const file of Object.keys(ENTRIES)) console.log(`  ${relative(ROOT, resolve(out, file)).padEnd(28)} ${kb(resolve(out, file))}`);
}

async function buildCli(): Promise<void> {
  const entry = resolve(ROOT, 'src/cli/verbatim.ts');
  if (!existsSync(entry)) {
    console.log('  dist/cli.js                  skipped (src/cli/verbatim.ts not present)');
    return;
  }
  const outfile = resolve(DIST, 'cli.js');
  await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  console.log(`  ${'dist/cli.js'.padEnd(28)} ${kb(outfile)}`);
}

const started = performance.now();
console.log('Building Verbatim');
await buildBrowser('chrome');
await buildBrowser('firefox');
await buildCli();
console.log(`Done in ${Math.round(performance.now() - started)} ms: load dist/chrome or dist/firefox as an unpacked extension.`);
