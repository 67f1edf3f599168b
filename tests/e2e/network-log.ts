/**
 * Records every network request the browser makes while the tests run: page requests in both
 * browsers, and in Chromium also the extension's service worker and popup (CDP Network domain on
 * every target). Used to prove the extension makes no request of its own.
 */
import type { Target } from 'puppeteer-core';
import type { Launched } from './browsers';

export interface NetworkLog {
  urls: string[];
}

async function watchTarget(target: Target, log: NetworkLog, kind: Launched['kind']): Promise<void> {
  try {
    if (kind === 'chromium') {
      if (!['page', 'service_worker', 'other', 'background_page'].includes(target.type())) return;
      const session = await target.createCDPSession();
      session.on('Network.requestWillBeSent', (e: { request: { url: string } }) => log.urls.push(e.request.url));
      await session.send('Network.enable');
      return;
    }
    const page = await target.page();
    page?.on('request', (r) => log.urls.push(r.url()));
  } catch {
    // the target went away before it could be watched (closed popup, finished navigation)
  }
}

export async function watchNetwork(l: Launched): Promise<NetworkLog> {
  const log: NetworkLog = { urls: [] };
  l.browser.on('targetcreated', (t: Target) => void watchTarget(t, log, l.kind));
  await Promise.all(l.browser.targets().map((t) => watchTarget(t, log, l.kind)));
  return log;
}

/** URLs that are neither the fixture server, nor the extension itself, nor local (data:, blob:, about:). */
export function foreignRequests(urls: readonly string[], fixtureOrigin: string, pageAssets: ReadonlySet<string>): string[] {
  return urls.filter((url) => {
    if (url.startsWith(fixtureOrigin + '/')) return false;
    if (/^(data|blob|about|javascript|chrome|chrome-extension|moz-extension|chrome-untrusted|devtools):/.test(url)) return false; // never the network
    return !pageAssets.has(url);
  });
}
