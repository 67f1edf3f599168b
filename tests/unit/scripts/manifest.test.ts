import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { manifestFor, type Manifest, type TargetBrowser } from '../../../scripts/manifest';

const ROOT = resolve(__dirname, '../../..');
const source = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as Manifest;
const messages = JSON.parse(readFileSync(resolve(ROOT, 'src/_locales/en/messages.json'), 'utf8')) as Record<string, unknown>;

describe('the source manifest', () => {
  test('asks for exactly activeTab, scripting and storage, no hosts, no content scripts', () => {
    expect(source.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(source.host_permissions).toBeUndefined();
    expect(source.content_scripts).toBeUndefined();
  });

  test('every __MSG_*__ string has a message in the default locale', () => {
    const keys = [...JSON.stringify(source).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] as string);
    expect(keys.length).toBeGreaterThan(2);
    expect(keys.filter((k) => !(k in messages))).toEqual([]);
  });

  test('declares the reader shortcut and an icon for every size', () => {
    expect(source.commands).toMatchObject({ 'toggle-reader': { suggested_key: { default: 'Alt+Shift+R' } } });
    expect(Object.keys(source.icons as object)).toEqual(['16', '32', '48', '96', '128']);
  });
});

describe('manifestFor', () => {
  test.each<[TargetBrowser, boolean]>([
    ['chrome', false],
    ['firefox', true],
  ])('%s: keeps Gecko settings = %s, keeps both background keys', (browser, gecko) => {
    const m = manifestFor(source, browser);
    expect('browser_specific_settings' in m).toBe(gecko);
    expect(m.background).toEqual({ service_worker: 'background.js', scripts: ['background.js'] });
    expect(m.permissions).toEqual(['activeTab', 'scripting', 'storage']);
  });

  test('chrome gets the minimum version matching the bundle target; firefox does not', () => {
    expect(manifestFor(source, 'chrome').minimum_chrome_version).toBe('120');
    expect(manifestFor(source, 'firefox').minimum_chrome_version).toBeUndefined();
  });

  test('firefox keeps id, strict_min_version 142.0 and no data collection', () => {
    expect(manifestFor(source, 'firefox').browser_specific_settings?.gecko).toMatchObject({
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  test('does not change its input', () => {
    const before = JSON.stringify(source);
    manifestFor(source, 'chrome');
    manifestFor(source, 'firefox');
    expect(JSON.stringify(source)).toBe(before);
  });

  test.each<[string, Partial<Manifest>, RegExp]>([
    ['a broader permission', { permissions: ['activeTab', 'tabs'] }, /beyond/],
    ['host permissions', { host_permissions: ['<all_urls>'] }, /host permissions/],
    ['content scripts', { content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'] }] }, /content_scripts/],
    ['a service worker without the scripts fallback', { background: { service_worker: 'background.js' } }, /both/],
    ['Manifest V2', { manifest_version: 2 }, /V3/],
  ])('rejects %s', (_name, change, error) => {
    expect(() => manifestFor({ ...source, ...change } as Manifest, 'chrome')).toThrow(error);
  });

  test('rejects a Firefox build without a gecko id', () => {
    expect(() => manifestFor({ ...source, browser_specific_settings: {} }, 'firefox')).toThrow(/gecko.id/);
  });
});
