import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  normalizeSettings,
  saveSettings,
  settingsFromChange,
  type SettingsArea,
} from '../../../src/shared/settings';

function memoryArea(initial: Record<string, unknown> = {}): SettingsArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    async get(key) {
      return key in data ? { [key]: data[key] } : {};
    },
    async set(items) {
      Object.assign(data, items);
    },
  };
}

describe('normalizeSettings', () => {
  test.each<[string, unknown, object]>([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['not an object', 'dark', DEFAULT_SETTINGS],
    ['an array', [1, 2], DEFAULT_SETTINGS],
    ['a valid value', { theme: 'dark', fontSize: 24, lineWidth: 70, fontFamily: 'sans' }, { theme: 'dark', fontSize: 24, lineWidth: 70, fontFamily: 'sans' }],
    ['an unknown theme', { theme: 'sepia' }, { theme: 'auto' }],
    ['a font size too large', { fontSize: 400 }, { fontSize: 32 }],
    ['a font size too small', { fontSize: 2 }, { fontSize: 14 }],
    ['a font size that is not a number', { fontSize: '20px' }, { fontSize: 20 }],
    ['NaN line width', { lineWidth: Number.NaN }, { lineWidth: 65 }],
    ['a fractional size', { fontSize: 21.6 }, { fontSize: 22 }],
    ['an unknown font', { fontFamily: 'comic' }, { fontFamily: 'serif' }],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeSettings(raw)).toMatchObject(expected);
  });

  test('drops unknown fields', () => {
    expect(Object.keys(normalizeSettings({ theme: 'light', evil: '<script>' })).sort()).toEqual(['fontFamily', 'fontSize', 'lineWidth', 'theme']);
  });
});

describe('storage', () => {
  test('load gives defaults when nothing is stored, and when storage fails', async () => {
    expect(await loadSettings(memoryArea())).toEqual(DEFAULT_SETTINGS);
    const broken: SettingsArea = { get: () => Promise.reject(new Error('no storage')), set: () => Promise.resolve() };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });

  test('save merges a change into what is stored and normalizes it', async () => {
    const area = memoryArea({ settings: { theme: 'dark', fontSize: 18, lineWidth: 60, fontFamily: 'serif' } });
    expect(await saveSettings(area, { fontSize: 99 })).toEqual({ theme: 'dark', fontSize: 32, lineWidth: 60, fontFamily: 'serif' });
    expect(area.data.settings).toEqual({ theme: 'dark', fontSize: 32, lineWidth: 60, fontFamily: 'serif' });
  });
});

describe('settingsFromChange', () => {
  test.each<[string, Record<string, { newValue?: unknown }>, string, object | null]>([
    ['a sync change of the settings', { settings: { newValue: { theme: 'light' } } }, 'sync', { ...DEFAULT_SETTINGS, theme: 'light' }],
    ['a local-area change', { settings: { newValue: { theme: 'light' } } }, 'local', null],
    ['another key', { other: { newValue: 1 } }, 'sync', null],
    ['settings removed', { settings: {} }, 'sync', DEFAULT_SETTINGS],
  ])('%s', (_name, changes, area, expected) => {
    expect(settingsFromChange(changes, area)).toEqual(expected);
  });
});
