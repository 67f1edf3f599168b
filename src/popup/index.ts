/**
 * The toolbar popup. On open it asks the background to inspect the active tab (the click granted
 * activeTab): the background injects the content script and returns the page report. Then:
 *   - article: title, site, reading time, speakers and quotes, removals, reader toggle, exports;
 *   - not an article / cannot script / failure: a clear sentence.
 * Clicking a quote shows it in the reader view. Page-derived text is rendered with textContent only.
 */
import type { Quote } from '../core/types';
import { browser } from '../shared/browser';
import { localizePage, t } from '../shared/i18n';
import { sendToBackground, sendToTab, type PageReport, type PageSummary } from '../shared/messages';
import { citation, quotesJson, quotesMarkdown } from './export-quotes';
import { renderArticle, renderNotice } from './render-report';

type ArticleSummary = Extract<PageSummary, { kind: 'article' }>;

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const content = $<HTMLElement>('content');
const actions = $<HTMLElement>('actions');
const toggle = $<HTMLButtonElement>('toggle-reader');
const status = $<HTMLElement>('status');

function say(message: string): void {
  status.textContent = message;
}

function show(fragment: DocumentFragment): void {
  content.replaceChildren(fragment);
  content.setAttribute('aria-busy', 'false');
}

function setReaderState(open: boolean): void {
  toggle.textContent = open ? t('originalPage') : t('readerView');
  toggle.setAttribute('aria-pressed', String(open));
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function wireArticle(tabId: number, page: ArticleSummary, report: PageReport): void {
  let open = report.reader.open;
  setReaderState(open);
  actions.hidden = false;
  toggle.addEventListener('click', async () => {
    const result = await sendToTab(tabId, 'setReader', { open: !open });
    if (!result.ok) return say(result.error.message);
    open = result.value.open;
    setReaderState(open);
  });
  $('copy-markdown').addEventListener('click', async () => say((await copyText(quotesMarkdown(page))) ? t('quotesCopiedMarkdown') : t('couldNotCopy')));
  $('download-json').addEventListener('click', () => {
    download('quotes.json', 'application/json', quotesJson(page));
    say(t('quotesSavedJson'));
  });
  const quoteActions = {
    async showQuote(quote: Quote) {
      const result = await sendToTab(tabId, 'showQuote', { paragraph: quote.paragraph, text: quote.text });
      if (!result.ok) return say(result.error.message);
      open = true;
      setReaderState(true);
      say(result.value.found ? t('quoteShown') : t('quoteShownNear'));
    },
    async copyQuote(quote: Quote) {
      say((await copyText(citation(quote, page))) ? t('quoteCopied') : t('couldNotCopy'));
    },
  };
  show(renderArticle(document, page, quoteActions));
}

async function main(): Promise<void> {
  localizePage(document);
  $('open-options').addEventListener('click', () => void browser.runtime.openOptionsPage());
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return show(renderNotice(document, t('noPageTitle'), t('noPageText')));
  const result = await sendToBackground('inspectTab', { tabId: tab.id });
  if (!result.ok) {
    const title = result.error.code === 'cannot-script' ? t('cannotReadTitle') : t('failureTitle');
    return show(renderNotice(document, title, result.error.message));
  }
  const { summary } = result.value;
  if (summary.kind === 'not-article') {
    if (summary.limit) return show(renderNotice(document, t('tooLargeTitle'), summary.reason));
    return show(renderNotice(document, t('notArticleTitle'), t('notArticleText', summary.reason)));
  }
  wireArticle(tab.id, summary, result.value);
}

main().catch((error: unknown) => show(renderNotice(document, t('failureTitle'), String((error as Error)?.message ?? error))));
