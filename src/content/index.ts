/**
 * Content script, injected on demand (toolbar click or shortcut, through activeTab + scripting).
 *
 *   inject ──▶ guard (a second injection is a no-op) ──▶ listen for ToContent messages
 *   report    ──▶ precheck on the live page (read only: too large, too deep, not an article?)
 *             ──▶ core on a clone of the document, paced (once, cached)
 *             ──▶ findQuotes to the background (the quotes engine is not loaded into the page)
 *             ──▶ summary for the popup
 *   setReader ──▶ mount / unmount the reader view over the untouched page
 *   showQuote ──▶ reader view open, scroll to the quote, highlight it
 *
 * Settings come from storage.sync and apply live. Failures answer as data (MessageError).
 */
// The pipeline and the sanitizer, not core/index: that binds the quotes engine, which stays out of the page.
import { precheck, quoteInput, runPagePaced } from '../core/pipeline';
import { sanitizedFragment } from '../core/render/sanitize';
import type { Outcome, Pacing } from '../core/types';
import { browser } from '../shared/browser';
import { CONTENT_GUARDS, MessageError, createListener, isExtensionPage, sendToBackground, type Handlers, type ReaderState, type ToContent } from '../shared/messages';
import { loadSettings, saveSettings, settingsFromChange } from '../shared/settings';
import { HOST_TAG, mountReader, type ReaderHandle } from './mount-reader';
import { summarize } from './summarize';

const INSTALLED = Symbol.for('verbatim.content-script');
/**
 * The core runs in the tab: it yields to the page after every stage (so the longest stall is one
 * stage, bounded by the core's element and text budgets) and gives up past 3 s; pages take 10–100 ms.
 */
const PACING: Pacing = { pause: () => new Promise((resolve) => setTimeout(resolve, 0)), budgetMs: 3_000 };
const scope = globalThis as typeof globalThis & { [INSTALLED]?: boolean };

function start(): void {
  let cache: { url: string; outcome: Promise<Outcome>; retry: boolean } | null = null;
  let reader: ReaderHandle | null = null;
  const view = window as Window & typeof globalThis;

  /** The core's outcome on this page's document; the page itself is never touched. */
  async function compute(url: string): Promise<Outcome> {
    try {
      const options = { view, url };
      // A page that is too large, too deep or not an article is answered before it is cloned.
      const checked = precheck(document, options);
      if (checked.kind === 'not-article') return checked;
      const clone = document.cloneNode(true) as Document;
      clone.querySelector(HOST_TAG)?.remove();
      return withQuotes(await runPagePaced(clone, options, PACING, null, checked));
    } catch (error) {
      console.error('Verbatim: could not process the page', error);
      throw new MessageError('content-failed', `Verbatim could not read this page (${String((error as Error)?.message ?? error)}).`);
    }
  }

  /**
   * Article outcomes whose speakers and quotes the background could not give for a passing reason
   * (not reachable, an internal error): asked again on the next click unless the reader view shows them.
   * A request the background refuses as malformed would be refused again, so that outcome is kept.
   */
  const withoutQuotes = new WeakSet<Outcome>();

  /** An article outcome completed with the speakers and quotes the background found (none if it could not). */
  async function withQuotes(outcome: Outcome): Promise<Outcome> {
    if (outcome.kind !== 'article') return outcome;
    const t0 = view.performance.now();
    const found = await sendToBackground('findQuotes', quoteInput(outcome.article));
    outcome.timings.quotesMs = view.performance.now() - t0;
    outcome.timings.totalMs += outcome.timings.quotesMs;
    if (found.ok) return { ...outcome, ...found.value };
    console.warn(`Verbatim: no quotes for this page (${found.error.message})`);
    if (found.error.code !== 'bad-request') withoutQuotes.add(outcome);
    return outcome;
  }

  /** The outcome for this page, computed once per URL (messages that arrive meanwhile share it). */
  function outcome(): Promise<Outcome> {
    // While the reader view is open, the popup reports what it shows.
    if (cache && (reader || (cache.url === location.href && !cache.retry))) return cache.outcome;
    const entry = { url: location.href, outcome: compute(location.href), retry: false };
    // A failure is not cached, and an article without its quotes is asked again: the next click tries again.
    entry.outcome.then(
      (o) => {
        entry.retry = withoutQuotes.has(o);
      },
      () => {
        if (cache === entry) cache = null;
      },
    );
    cache = entry;
    return entry.outcome;
  }

  const closeReader = (): void => {
    reader?.close();
    reader = null;
  };

  async function setReader(open: boolean | 'toggle'): Promise<ReaderState> {
    const want = open === 'toggle' ? !reader : open;
    if (want && !reader) {
      const result = await outcome();
      if (result.kind !== 'article') throw new MessageError('not-article', result.reason);
      const settings = await loadSettings(browser.storage.sync);
      if (!reader) {
        reader = mountReader(
          document,
          view,
          { article: result.article, quotes: result.quotes },
          settings,
          {
            onClose: closeReader,
            onChangeSettings: (change) => void saveSettings(browser.storage.sync, change),
          },
          sanitizedFragment,
        );
      }
    } else if (!want) {
      closeReader();
    }
    return { open: reader !== null };
  }

  const handlers: Handlers<ToContent> = {
    report: async () => ({ summary: summarize(await outcome(), location.href), reader: { open: reader !== null } }),
    setReader: ({ open }) => setReader(open),
    async showQuote(target) {
      await setReader(true);
      return { found: reader?.showQuote(target) ?? false };
    },
  };

  const origin = browser.runtime.getURL('');
  browser.runtime.onMessage.addListener(
    createListener(handlers, CONTENT_GUARDS, (sender) => isExtensionPage(sender, browser.runtime.id, origin), (e) =>
      console.error('Verbatim: message handler failed', e),
    ),
  );
  browser.storage.onChanged.addListener((changes, area) => {
    const next = settingsFromChange(changes, area);
    if (next) reader?.applySettings(next);
  });
}

if (!scope[INSTALLED]) {
  scope[INSTALLED] = true;
  start();
}
