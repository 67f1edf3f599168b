/**
 * Reader settings: typed, with defaults, kept in storage.sync. Values read from storage are
 * untrusted (another version, a sync conflict, a hand edit), so `normalizeSettings` clamps and
 * falls back to defaults field by field. Storage is passed in, keeping this module free of the
 * extension API and testable.
 */

export type Theme = 'auto' | 'light' | 'dark';
export type FontFamily = 'serif' | 'sans';

export interface Settings {
  /** 'auto' follows the system (prefers-color-scheme). */
  theme: Theme;
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Measure of the text column in `ch`. */
  lineWidth: number;
  fontFamily: FontFamily;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ theme: 'auto', fontSize: 20, lineWidth: 65, fontFamily: 'serif' });

/** Inclusive bounds and step of the numeric settings (the options form uses the same numbers). */
export const FONT_SIZE = { min: 14, max: 32, step: 1 } as const;
export const LINE_WIDTH = { min: 45, max: 90, step: 5 } as const;

export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
export const FONT_FAMILIES: readonly FontFamily[] = ['serif', 'sans'];

/** The key in storage.sync that holds the settings object. */
export const SETTINGS_KEY = 'settings';

function clampNumber(value: unknown, range: { min: number; max: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(range.max, Math.max(range.min, Math.round(value)));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Any stored value → valid settings (unknown fields dropped, bad ones replaced by defaults). */
export function normalizeSettings(raw: unknown): Settings {
  const r = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    theme: oneOf(r.theme, THEMES, DEFAULT_SETTINGS.theme),
    fontSize: clampNumber(r.fontSize, FONT_SIZE, DEFAULT_SETTINGS.fontSize),
    lineWidth: clampNumber(r.lineWidth, LINE_WIDTH, DEFAULT_SETTINGS.lineWidth),
    fontFamily: oneOf(r.fontFamily, FONT_FAMILIES, DEFAULT_SETTINGS.fontFamily),
  };
}

/** The part of a storage area these functions use (browser.storage.sync fits). */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: SettingsArea): Promise<Settings> {
  try {
    return normalizeSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS }; // storage unavailable: the reader still works with defaults
  }
}

/** Merges `change` into the stored settings and returns what was stored. */
export async function saveSettings(area: SettingsArea, change: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings(area)), ...change });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** New settings from a storage.onChanged event, or null when the settings did not change. */
export function settingsFromChange(changes: Record<string, { newValue?: unknown }>, areaName: string): Settings | null {
  if (areaName !== 'sync' || !(SETTINGS_KEY in changes)) return null;
  return normalizeSettings(changes[SETTINGS_KEY]?.newValue);
}
