/**
 * One manifest source (manifest.json), two browsers. This pure function holds every per-browser
 * difference, so the differences are listed and tested in one place:
 *   - Chrome: no `browser_specific_settings` (a Gecko-only key); `minimum_chrome_version` matches the
 *     bundles' esbuild target.
 *   - Firefox: keeps `browser_specific_settings.gecko` (id, strict_min_version, data collection).
 *   - Both keep `background.service_worker` and `background.scripts`: Chrome runs the first and ignores
 *     the second, Firefox runs the second (an event page); web-ext lint errors without the fallback.
 */

export type TargetBrowser = 'chrome' | 'firefox';

/** The manifest shape the build relies on; other keys pass through untouched. */
export interface Manifest {
  manifest_version: number;
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: unknown[];
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: Record<string, unknown> };
  minimum_chrome_version?: string;
  [key: string]: unknown;
}

/** The only permissions Verbatim may ask for (issue: "activeTab, scripting, storage and nothing broader"). */
export const ALLOWED_PERMISSIONS: readonly string[] = ['activeTab', 'scripting', 'storage'];

/** Oldest Chrome the bundles target (esbuild `chrome120`). */
export const MINIMUM_CHROME_VERSION = '120';

/** Throws when the source manifest asks for more than Verbatim needs. */
function checkSource(manifest: Manifest): void {
  if (manifest.manifest_version !== 3) throw new Error('manifest.json must be Manifest V3');
  const extra = (manifest.permissions ?? []).filter((p) => !ALLOWED_PERMISSIONS.includes(p));
  if (extra.length) throw new Error(`manifest.json asks for permissions beyond activeTab, scripting, storage: ${extra.join(', ')}`);
  if (manifest.host_permissions?.length) throw new Error('manifest.json must not ask for host permissions (activeTab is enough)');
  if (manifest.content_scripts?.length) throw new Error('manifest.json must not declare content_scripts (injected on click)');
  if (!manifest.background?.service_worker || !manifest.background.scripts?.length) {
    throw new Error('manifest.json needs both background.service_worker and background.scripts');
  }
}

/** The manifest for `browser`, derived from the source manifest without changing it. */
export function manifestFor(source: Manifest, browser: TargetBrowser): Manifest {
  checkSource(source);
  const manifest = structuredClone(source);
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings;
    manifest.minimum_chrome_version = MINIMUM_CHROME_VERSION;
  } else {
    delete manifest.minimum_chrome_version;
    if (!manifest.browser_specific_settings?.gecko?.id) throw new Error('manifest.json needs browser_specific_settings.gecko.id for Firefox');
  }
  return manifest;
}
