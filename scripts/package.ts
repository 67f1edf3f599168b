/**
 * npm run package: store-ready zips of the built extension, dist/verbatim-chrome.zip and
 * dist/verbatim-firefox.zip (manifest.json at the archive root, files sorted for reproducible
 * archives). Run after the build (the npm script builds first).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip, type ZipEntry } from './zip';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** Every file under `dir`, as archive entries relative to it, sorted by name. */
export function entriesOf(dir: string): ZipEntry[] {
  const walk = (d: string): string[] =>
    readdirSync(d)
      .sort()
      .flatMap((name) => (statSync(join(d, name)).isDirectory() ? walk(join(d, name)) : [join(d, name)]));
  return walk(dir).map((file) => ({ name: relative(dir, file).split('\\').join('/'), data: readFileSync(file) }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const browser of ['chrome', 'firefox']) {
    const entries = entriesOf(join(DIST, browser));
    if (!entries.some((e) => e.name === 'manifest.json')) throw new Error(`dist/${browser} has no manifest.json: run npm run build first`);
    const out = join(DIST, `verbatim-${browser}.zip`);
    const bytes = zip(entries);
    writeFileSync(out, bytes);
    console.log(`${relative(process.cwd(), out)}: ${entries.length} files, ${(bytes.length / 1024).toFixed(1)} KB`);
  }
}
