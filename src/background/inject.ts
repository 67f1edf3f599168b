/**
 * Injects the content script into a tab. Works only where the user granted activeTab (toolbar
 * click, shortcut) and the browser allows extensions at all; anything else becomes a readable
 * 'cannot-script' error. The content script guards itself, so injecting twice is harmless.
 */
import { browser } from '../shared/browser';
import { MessageError } from '../shared/messages';

export const CANNOT_SCRIPT =
  'Verbatim cannot read this page. Browsers keep extensions out of their own pages (settings, new tab, extension stores) and some special pages.';

export async function inject(tabId: number): Promise<void> {
  let results: unknown[];
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  } catch (error) {
    console.warn('Verbatim: injection refused', error);
    throw new MessageError('cannot-script', CANNOT_SCRIPT);
  }
  // Firefox resolves with no result instead of rejecting on pages it keeps extensions out of.
  if (results.length === 0) throw new MessageError('cannot-script', CANNOT_SCRIPT);
}
