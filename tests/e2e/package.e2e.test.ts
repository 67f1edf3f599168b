/**
 * The built extension as the stores receive it: web-ext lint on the Firefox build reports no error
 * (only the expected dual-background warning and library innerHTML notes), and `npm run package`
 * writes both zips with the manifest at the archive root.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { inflateRawSync } from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '../..');
const bin = (name: string): string => path.join(ROOT, 'node_modules/.bin', name);

interface LintMessage {
  code: string;
  file?: string;
}

/** Expected warnings: Firefox ignores background.service_worker (kept for Chrome). */
const EXPECTED_WARNINGS = new Set(['BACKGROUND_SERVICE_WORKER_IGNORED', 'UNSAFE_VAR_ASSIGNMENT']);

/** Name → contents of a ZIP archive, read through its central directory. */
function readZip(buf: Buffer): Map<string, Buffer> {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const files = new Map<string, Buffer>();
  let p = buf.readUInt32LE(end + 16);
  for (let i = buf.readUInt16LE(end + 10); i > 0; i--) {
    const nameLength = buf.readUInt16LE(p + 28);
    const name = buf.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    const local = buf.readUInt32LE(p + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + buf.readUInt32LE(p + 20));
    files.set(name, buf.readUInt16LE(p + 10) === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return files;
}

describe('store packages', { timeout: 60_000 }, () => {
  it('web-ext lint: no errors on dist/firefox, only expected warnings', () => {
    let out: string;
    try {
      out = execFileSync(bin('web-ext'), ['lint', '--source-dir', path.join(ROOT, 'dist/firefox'), '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
    } catch (error) {
      out = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: LintMessage[]; warnings: LintMessage[] };
    assert.deepEqual(report.errors, []);
    const unexpected = report.warnings.filter((w) => !EXPECTED_WARNINGS.has(w.code) || (w.code === 'UNSAFE_VAR_ASSIGNMENT' && w.file !== 'content.js'));
    assert.deepEqual(unexpected, []);
  });

  it('npm run package: both zips hold the built files with the manifest at the root', () => {
    execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/package.ts')], { cwd: ROOT, encoding: 'utf8' });
    for (const browser of ['chrome', 'firefox']) {
      const files = readZip(fs.readFileSync(path.join(ROOT, 'dist', `verbatim-${browser}.zip`)));
      for (const file of ['manifest.json', 'background.js', 'content.js', 'popup.html', 'popup.js', 'popup.css', 'options.html', 'options.js', 'icons/icon-128.png', '_locales/en/messages.json']) {
        assert.ok(files.has(file), `${browser}: ${file}`);
      }
      const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as { browser_specific_settings?: unknown };
      assert.equal('browser_specific_settings' in manifest, browser === 'firefox');
      assert.ok(files.get('content.js')!.equals(fs.readFileSync(path.join(ROOT, 'dist', browser, 'content.js'))));
    }
  });
});
