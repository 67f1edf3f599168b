/**
 * The built extension as the stores receive it: its scripts compile no strings and load no remote
 * code, its manifests keep the default CSP, web-ext lint on the Firefox build reports no error (only
 * the expected dual-background warning and library innerHTML notes), and `npm run package` writes
 * both zips with the manifest at the archive root.
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

/** Code that compiles strings, or loads code from elsewhere, in the built scripts (bundled libraries included). */
const DYNAMIC_CODE = /(?<![\w$.])eval\s*\(|new\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]|importScripts\s*\(|\bimport\s*\(\s*["'`]https?:/;

describe('the built extension runs only its own code', () => {
  for (const target of ['chrome', 'firefox']) {
    const dir = path.join(ROOT, 'dist', target);

    it(`${target}: no script compiles strings or loads remote code`, () => {
      const scripts = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
      assert.ok(scripts.length >= 4, `built scripts: ${scripts.join(', ')}`);
      assert.deepEqual(scripts.filter((f) => DYNAMIC_CODE.test(fs.readFileSync(path.join(dir, f), 'utf8'))), []);
      for (const html of fs.readdirSync(dir).filter((f) => f.endsWith('.html'))) {
        const srcs = [...fs.readFileSync(path.join(dir, html), 'utf8').matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
        assert.ok(srcs.every((src) => !/^(https?:)?\/\//.test(src) && fs.existsSync(path.join(dir, src))), `${html} loads only packaged scripts: ${srcs.join(', ')}`);
        assert.doesNotMatch(fs.readFileSync(path.join(dir, html), 'utf8'), /<script\b(?![^>]*\bsrc=)/, `${html} has no inline script`);
      }
    });

    it(`${target}: the manifest keeps the default content security policy and exposes nothing`, () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      for (const key of ['content_security_policy', 'externally_connectable', 'web_accessible_resources', 'host_permissions', 'content_scripts']) {
        assert.equal(manifest[key], undefined, key);
      }
    });
  }

  it('the rule catches what it should', () => {
    for (const code of ['x=eval("1")', 'new Function("a", "return a")', 'Function("return this")()', 'importScripts("w.js")', 'import("https://cdn.example/x.js")']) {
      assert.ok(DYNAMIC_CODE.test(code), code);
    }
    assert.ok(!DYNAMIC_CODE.test('node.evaluate(x); retrieval(y); myFunction(z)'));
  });
});

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
