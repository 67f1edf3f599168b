/**
 * User-facing strings, from `_locales/<lang>/messages.json` through the browser's i18n API (which
 * falls back to the default locale by itself). Outside the extension (jsdom tests) the English file
 * is the fallback; the extension bundles leave it out (scripts/build.ts), since getMessage is
 * synchronous and exists in every extension context of both browsers, so no polyfill is needed here.
 */
import english from '../_locales/en/messages.json';

export type MessageKey = keyof typeof english;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

type GetMessage = (key: string, substitutions?: string[]) => string | undefined;

function browserGetMessage(): GetMessage | null {
  const api = (globalThis as { chrome?: { i18n?: { getMessage?: GetMessage } } }).chrome?.i18n;
  return typeof api?.getMessage === 'function' ? api.getMessage.bind(api) : null;
}

/** messages.json semantics: $NAME$ → its placeholder's content, where $1…$9 are the substitutions. */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const fill = (s: string): string => s.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : whole;
  });
}

/** The localized string for `key`, with its placeholders filled from `substitutions` in order. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  const localized = browserGetMessage()?.(key, substitutions);
  const entry = (english as Partial<Record<MessageKey, MessageEntry>>)[key];
  return localized || (entry ? formatMessage(entry, substitutions) : key);
}

/** "1 quote" / "4 quotes": the key for one and the key for several. */
export const countOf = (n: number, one: MessageKey, many: MessageKey): string => (n === 1 ? t(one) : t(many, String(n)));

/**
 * Fills a static page's strings: `data-i18n` sets the text, `data-i18n-title` and
 * `data-i18n-aria-label` set those attributes. Keys come from our own HTML, never from page content.
 */
export function localizePage(root: ParentNode): void {
  const known = (k: string | undefined): k is MessageKey => k !== undefined && Object.hasOwn(english, k);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n], [data-i18n-title], [data-i18n-aria-label]')) {
    const { i18n, i18nTitle, i18nAriaLabel } = el.dataset;
    if (known(i18n)) el.textContent = t(i18n);
    if (known(i18nTitle)) el.title = t(i18nTitle);
    if (known(i18nAriaLabel)) el.setAttribute('aria-label', t(i18nAriaLabel));
  }
}
