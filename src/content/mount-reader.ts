/**
 * Shows the reader view over the page without destroying it, and takes it away again.
 *
 * The view lives in a host element appended to <html>, with a CLOSED shadow root (page scripts and
 * page styles cannot reach in) and its own reset styles. The page underneath stays in the DOM; only
 * <html>'s style attribute is touched (overflow hidden), and it is restored to the exact previous
 * value on close, along with the scroll position and focus, so the serialized DOM is as before.
 */
import type { Article, Quote } from '../core/types';
import type { QuoteTarget } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { buildArticle, type ToFragment } from './build-article';
import { foldText, markText } from './mark-quotes';
import { READER_CSS } from './reader-styles';
import { buildToolbar } from './reader-toolbar';

export const HOST_TAG = 'verbatim-reader';

export type { ToFragment } from './build-article';

export interface ReaderContent {
  article: Article;
  quotes: readonly Quote[];
}

export interface ReaderCallbacks {
  /** The user asked for the original page (button or Escape). */
  onClose(): void;
  /** The user changed a setting from the toolbar. */
  onChangeSettings(change: Partial<Settings>): void;
}

export interface ReaderHandle {
  close(): void;
  applySettings(settings: Settings): void;
  showQuote(target: QuoteTarget): boolean;
}

const FONT_STACKS: Record<Settings['fontFamily'], string> = {
  serif: "Georgia, 'Iowan Old Style', 'Palatino Linotype', 'Times New Roman', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
};

const HOST_STYLE =
  'all: initial !important; display: block !important; position: fixed !important; inset: 0 !important; ' +
  'z-index: 2147483647 !important; width: auto !important; height: auto !important; margin: 0 !important;';

const quoteKey = (paragraph: number, text: string): string => `${paragraph}\u0000${foldText(text)}`;

/**
 * An image the network cannot give (gone, blocked, offline) would show as a broken icon with its alt
 * text: it is taken out of the view when it fails, and its caption stays. Listening before the view
 * is mounted means no failure can come first.
 */
function hideBrokenImages(articleEl: Element): void {
  for (const img of articleEl.querySelectorAll('img')) {
    img.addEventListener('error', () => (img.parentElement?.tagName === 'PICTURE' ? img.parentElement : img).remove(), { once: true });
  }
}

/** Mounts the reader view; the returned handle closes it and restores the page exactly. */
export function mountReader(
  doc: Document,
  view: Window & typeof globalThis,
  content: ReaderContent,
  settings: Settings,
  callbacks: ReaderCallbacks,
  toFragment: ToFragment,
): ReaderHandle {
  const html = doc.documentElement;
  const saved = { style: html.getAttribute('style'), x: view.scrollX, y: view.scrollY, focus: doc.activeElement };
  let current = settings;

  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = READER_CSS;
  const root = doc.createElement('div');
  root.className = 'vb-root';
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-modal', 'true');
  root.setAttribute('aria-label', `Reader view: ${content.article.title}`);
  if (content.article.lang) root.setAttribute('lang', content.article.lang);
  const main = doc.createElement('div');
  main.className = 'vb-main';
  main.tabIndex = -1;
  const articleEl = buildArticle(doc, view, content.article, toFragment);
  hideBrokenImages(articleEl);
  main.append(articleEl);
  const toolbar = buildToolbar(doc, () => current, {
    close: () => callbacks.onClose(),
    change: (change) => callbacks.onChangeSettings(change),
  });
  root.append(toolbar.element, main);
  shadow.append(style, root);

  const marks = new Map<string, HTMLElement[]>();
  for (const quote of content.quotes) {
    const block = articleEl.querySelector(`[data-vb-block="${quote.paragraph}"]`);
    const key = quoteKey(quote.paragraph, quote.text);
    if (!block || marks.has(key)) continue;
    const found = markText(block, quote.text, `vb-quote vb-quote-${quote.kind}`);
    for (const mark of found) mark.title = quote.speaker ? `${quote.speaker} (${quote.kind})` : quote.kind;
    if (found.length) marks.set(key, found);
  }

  const applySettings = (next: Settings): void => {
    current = next;
    root.dataset.theme = next.theme;
    root.style.setProperty('--vb-font-size', `${next.fontSize}px`);
    root.style.setProperty('--vb-line-width', `${next.lineWidth}ch`);
    root.style.setProperty('--vb-font', FONT_STACKS[next.fontFamily]);
    toolbar.update(next);
  };
  applySettings(settings);

  // The attribute, not the CSSOM: Chromium syncs a CSSOM-changed style attribute lazily, and a
  // later removeAttribute could then serialize as style="" instead of no attribute.
  html.setAttribute('style', `${saved.style ? saved.style.replace(/;?\s*$/, '; ') : ''}overflow: hidden !important;`);
  html.appendChild(host);
  main.focus({ preventScroll: true });
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      callbacks.onClose();
    }
  };
  view.addEventListener('keydown', onKey, true);

  let active: HTMLElement[] = [];
  return {
    applySettings,
    close() {
      view.removeEventListener('keydown', onKey, true);
      host.remove();
      if (saved.style === null) html.removeAttribute('style');
      else html.setAttribute('style', saved.style);
      try {
        view.scrollTo(saved.x, saved.y);
      } catch {
        // not implemented in some DOMs (jsdom); the real page keeps its position regardless
      }
      if (saved.focus instanceof view.HTMLElement && saved.focus.isConnected) saved.focus.focus({ preventScroll: true });
    },
    showQuote(target) {
      const key = quoteKey(target.paragraph, target.text);
      let found = marks.get(key);
      if (!found) {
        const block = articleEl.querySelector(`[data-vb-block="${target.paragraph}"]`);
        found = block ? markText(block, target.text, 'vb-quote') : [];
        if (found.length) marks.set(key, found);
      }
      for (const mark of active) mark.classList.remove('vb-active');
      active = found;
      for (const mark of active) mark.classList.add('vb-active');
      const first = found[0] ?? articleEl.querySelector(`[data-vb-block="${target.paragraph}"]`);
      first?.scrollIntoView?.({ block: 'center' });
      return found.length > 0;
    },
  };
}
