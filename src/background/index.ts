/**
 * Background (Chrome: service worker; Firefox: event page). Holds no page data.
 *
 *   popup ──inspectTab──▶ inject content.js into the tab (activeTab from the click) ──report──▶ popup
 *   shortcut "toggle-reader" ──▶ inject ──setReader(toggle)──▶ content script
 *   content script ──findQuotes(paragraphs)──▶ quotes engine ──▶ speakers and quotes
 *
 * The quotes engine runs here, so it never loads into the page. Only this extension's own pages may
 * message it, and its own content scripts only findQuotes; injection failures (browser pages,
 * extension stores) answer as data with the code 'cannot-script'.
 */
import { quoteFinder } from '../core/quote-finder';
import { browser } from '../shared/browser';
import {
  BACKGROUND_GUARDS,
  MessageError,
  createListener,
  mayMessageBackground,
  sendToTab,
  type Handlers,
  type Result,
  type Sender,
  type ToBackground,
} from '../shared/messages';
import { CANNOT_SCRIPT, inject } from './inject';

/** A content script that cannot be reached right after injection never ran: the page is off limits
 *  (Firefox reports success when injecting into its privileged pages, e.g. about:robots). */
function unwrap<T>(result: Result<T>): T {
  if (!result.ok) {
    if (result.error.code === 'unreachable') throw new MessageError('cannot-script', CANNOT_SCRIPT);
    throw new MessageError(result.error.code, result.error.message);
  }
  return result.value;
}

const handlers: Handlers<ToBackground> = {
  async inspectTab({ tabId }) {
    await inject(tabId);
    return unwrap(await sendToTab(tabId, 'report', {}));
  },
  findQuotes: (input) => quoteFinder(input),
};

const origin = browser.runtime.getURL('');

const allowed = (sender: Sender, type: unknown): boolean => mayMessageBackground(sender, type, browser.runtime.id, origin);

browser.runtime.onMessage.addListener(
  createListener(handlers, BACKGROUND_GUARDS, allowed, (e) =>
    console.error('Verbatim: message handler failed', e),
  ),
);

browser.commands.onCommand.addListener(async (command, tab) => {
  if (command !== 'toggle-reader') return;
  try {
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    await inject(tabId);
    const result = await sendToTab(tabId, 'setReader', { open: 'toggle' });
    if (!result.ok) console.warn(`Verbatim: ${result.error.message}`);
  } catch (error) {
    console.warn('Verbatim: the reader view is not available on this page', error);
  }
});
