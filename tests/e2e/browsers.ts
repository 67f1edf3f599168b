/**
 * Launching Debian's chromium (CDP) and firefox-esr (WebDriver BiDi) with the built extension, and
 * driving its toolbar button and real popup. Follows the project's verified browser-test recipe;
 * the Firefox parts use puppeteer and Firefox internals (pinned versions: puppeteer-core 24.43.1,
 * firefox-esr 153), see the comments where they do.
 */
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type Kind = 'chromium' | 'firefox';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as {
  browser_specific_settings: { gecko: { id: string } };
};
export const GECKO_ID = MANIFEST.browser_specific_settings.gecko.id;
/** Pinned moz-extension://<uuid>/ host, so extension URLs are known before install. */
const FIREFOX_UUID = '6c1f7a52-3b0e-4d5a-9f3e-7e2b1c0d9a41';

export interface Launched {
  kind: Kind;
  browser: Browser;
  extId: string;
  extUrl(file: string): string;
}

export const extensionDir = (kind: Kind): string => path.join(ROOT, 'dist', kind === 'chromium' ? 'chrome' : 'firefox');

export async function launch(kind: Kind): Promise<Launched> {
  if (kind === 'chromium') {
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
      headless: true,
      pipe: true,
      enableExtensions: [extensionDir(kind)],
      defaultViewport: { width: 1100, height: 800 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update', '--hide-scrollbars'],
    });
    const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
    const extId = new URL(sw.url()).host;
    return { kind, browser, extId, extUrl: (p) => `chrome-extension://${extId}/${p}` };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    args: ['--remote-allow-system-access'], // BiDi: moz-extension:// navigation and chrome-scope evaluation
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
  });
  const extId = await browser.installExtension(extensionDir(kind));
  return { kind, browser, extId, extUrl: (p) => `moz-extension://${FIREFOX_UUID}/${p}` };
}

/** Opens an extension page in a normal tab. */
export async function openExtensionPage(l: Launched, file: string): Promise<Page> {
  const page = await l.browser.newPage();
  if (l.kind === 'chromium') {
    await page.goto(l.extUrl(file));
    return page;
  }
  // Firefox sends no BiDi navigation events for moz-extension:// pages (page.goto would time out):
  // internal puppeteer API, raw browsingContext.navigate, then wait on the DOM.
  const frame = page.mainFrame() as unknown as { browsingContext: { navigate(u: string, w: string): Promise<void> } };
  await frame.browsingContext.navigate(l.extUrl(file), 'complete');
  await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete');
  return page;
}

/** Simulates a click on the toolbar button for the tab shown by `page` (grants activeTab, opens the popup). */
export async function clickToolbarButton(l: Launched, page: Page): Promise<void> {
  await page.bringToFront();
  if (l.kind === 'chromium') {
    const ext = (await l.browser.extensions()).get(l.extId);
    if (!ext) throw new Error('extension not found');
    await page.triggerExtensionAction(ext); // CDP Extensions.triggerAction
    return;
  }
  // Firefox internals: privileged JS in the browser window (needs --remote-allow-system-access).
  const result = await evaluateInFirefoxChrome(l, `(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
      ExtensionParent.apiManager.global.browserActionFor(ext).triggerAction(window);
    })()`);
  if (result.type === 'exception') throw new Error('triggerAction failed: ' + result.exceptionDetails.text);
}

/** Evaluates `expression` in Firefox's browser window (privileged; needs --remote-allow-system-access). */
async function evaluateInFirefoxChrome(l: Launched, expression: string): Promise<any> {
  const bidi = (l.browser as unknown as { connection: { send(m: string, p: object): Promise<{ result: any }> } }).connection;
  const { result: tree } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const { result } = await bidi.send('script.evaluate', { target: { context: tree.contexts[0].context }, awaitPromise: false, expression });
  return result;
}

/** Source of a function returning the real popup's window (or undefined), for driver.evaluate. */
export const POPUP_WINDOW = `(() => ((globalThis.browser ?? globalThis.chrome).extension.getViews({ type: 'popup' })[0]))()`;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` (evaluated in `page`) from Node until it is truthy; timers in background tabs are throttled. */
export async function pollFor<T>(page: Page, expression: string, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = (await page.evaluate(expression)) as T;
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Waits until the real toolbar popup is open and loaded; `driver` is any extension page. */
export async function waitForRealPopup(driver: Page): Promise<void> {
  await pollFor(driver, `(() => { const w = ${POPUP_WINDOW}; return !!w && w.location.protocol !== 'about:' && w.document.readyState === 'complete'; })()`, 'the toolbar popup');
}

/** Closes the real popup and waits until it is gone (a later toolbar click would otherwise just close it). */
export async function closeRealPopup(driver: Page): Promise<void> {
  await pollFor(
    driver,
    `(() => { const v = (globalThis.browser ?? globalThis.chrome).extension.getViews({ type: 'popup' }); v.forEach((w) => w.close()); return v.length === 0; })()`,
    'the toolbar popup to close',
  );
}

/** Runs `expression` (a string evaluated in the real popup's window) and returns its JSON-able value. */
export function inPopup<T>(driver: Page, expression: string): Promise<T> {
  return driver.evaluate(`((w) => { const document = w.document; return (${expression}); })(${POPUP_WINDOW})`) as Promise<T>;
}

/** The tab id of `page`, asked from an extension page (as the popup does, with tabs.query). */
export async function tabIdOf(page: Page, driver: Page): Promise<number> {
  await page.bringToFront();
  return driver.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id as number;
  });
}

/**
 * Evaluates `body` (a JS expression over `shadow`, `host` and `arg`) in the tab's isolated world, a
 * content-script context, where the reader's closed shadow root can be opened (Firefox:
 * openOrClosedShadowRoot; Chrome: chrome.dom). Needs activeTab for the tab (the toolbar click).
 * Built as source text: isolated worlds forbid eval, and the browser serializes `func` itself.
 */
export async function inReader<T>(driver: Page, tabId: number, body: string, arg: unknown = null): Promise<T> {
  return driver.evaluate(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const [res] = await api.scripting.executeScript({
      target: { tabId: ${tabId} },
      args: [${JSON.stringify(arg)}],
      func: (arg) => {
        const host = document.querySelector('verbatim-reader');
        const shadow = host ? (host.openOrClosedShadowRoot ?? globalThis.chrome.dom.openOrClosedShadowRoot(host)) : null;
        return (${body});
      },
    });
    return res ? res.result : undefined;
  })()`) as Promise<T>;
}

/**
 * Firefox: runs the extension's keyboard shortcut as the browser does when the keys are pressed
 * (the <key> element Firefox created for the command; this also grants activeTab). Firefox
 * internals, like clickToolbarButton. Chromium has no equivalent: it leaves the keys of
 * command-line-loaded extensions unbound.
 */
export async function runShortcut(l: Launched, page: Page, key: string): Promise<void> {
  if (l.kind !== 'firefox') throw new Error('runShortcut: Firefox only');
  await page.bringToFront();
  const result = await evaluateInFirefoxChrome(l, `(() => {
      const keys = [...document.querySelectorAll('keyset[id^="ext-keyset-id-"] key')].filter((k) => k.getAttribute('key') === ${JSON.stringify(key)});
      keys.forEach((k) => k.doCommand());
      return keys.length;
    })()`);
  if (result.type === 'exception' || result.result?.value !== 1) throw new Error('shortcut not found: ' + JSON.stringify(result));
}
