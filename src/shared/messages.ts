/**
 * THE message protocol between popup, background and content script. One interface per receiver,
 * so the direction of every message is explicit; each entry is `name(data): reply`. Every reply is a
 * Result: failures cross the boundary as data, because the polyfill forwards only an error's message.
 * Every receiver checks the sender and the shape of the data; unknown types get a typed error.
 */
import type { Quote, QuoteInput, QuotesNotice, QuotesResult, Removal, Speaker } from '../core/types';
import { browser } from './browser';

export type ErrorCode =
  | 'unknown-message' // a type the receiver does not declare
  | 'bad-request' // a declared type with malformed data
  | 'forbidden-sender' // not this extension's own pages
  | 'cannot-script' // the browser refused injection (browser pages, extension stores, no activeTab)
  | 'unreachable' // nobody answered (no content script, tab closed)
  | 'not-article' // the reader view was asked for on a page that is not an article
  | 'content-failed' // the core or the reader view failed inside the page
  | 'no-tab' // no active tab to work on
  | 'internal'; // a bug: an exception nobody expected

export interface MessageFailure {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: MessageFailure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode, message: string): Result<T> => ({ ok: false, error: { code, message } });

/** Thrown by a handler to answer with a typed error instead of 'internal'. */
export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** What the popup shows about a page: the outcome without reader markup and trace. */
export type PageSummary =
  | {
      kind: 'article';
      title: string;
      byline: string | null;
      siteName: string | null;
      publishedTime: string | null;
      url: string;
      readingMinutes: number;
      speakers: Speaker[];
      quotes: Quote[];
      /** Why there are no speakers when the quotes engine did not read the article. */
      notice?: QuotesNotice;
      removed: Removal[];
    }
  /** `limit`: refused for its size or the time it took, not for what it is. */
  | { kind: 'not-article'; title: string; url: string; reason: string; limit: boolean };

export interface ReaderState {
  open: boolean;
}

export interface PageReport {
  summary: PageSummary;
  reader: ReaderState;
}

/** A quote's place in the article: its block index and its text. */
export interface QuoteTarget {
  paragraph: number;
  text: string;
}

/** Handled by the content script; sent with tabs.sendMessage. */
export interface ToContent {
  /** Runs the core (once, cached) and summarises the page. */
  report(data: Record<string, never>): PageReport;
  /** Opens, closes or toggles the reader view. */
  setReader(data: { open: boolean | 'toggle' }): ReaderState;
  /** Opens the reader view if needed, scrolls to a quote and highlights it. */
  showQuote(data: QuoteTarget): { found: boolean };
}

/** Handled by the background; sent with runtime.sendMessage from extension pages (and findQuotes from the content script). */
export interface ToBackground {
  /** Injects the content script into the tab (activeTab) and returns its report. */
  inspectTab(data: { tabId: number }): PageReport;
  /** Runs the quotes engine on an article's paragraphs (the engine lives here, not in the page). */
  findQuotes(data: QuoteInput): QuotesResult;
}

/** The messages of ToBackground a content script of this extension may send; every other one only its own pages may. */
const FROM_CONTENT: ReadonlySet<unknown> = new Set<keyof ToBackground>(['findQuotes']);

export type DataOf<P, K extends keyof P> = P[K] extends (data: infer D) => unknown ? D : never;
export type ReplyOf<P, K extends keyof P> = P[K] extends (data: never) => infer R ? R : never;

/** What a receiver knows about who sent a message (a subset of runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type Handlers<P> = {
  [K in keyof P]: (data: DataOf<P, K>, sender: Sender) => ReplyOf<P, K> | Promise<ReplyOf<P, K>>;
};
/** Shape checks for incoming data, one per message type. */
export type Guards<P> = { [K in keyof P]: (data: unknown) => boolean };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isTabId = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;

export const CONTENT_GUARDS: Guards<ToContent> = {
  report: (d) => isObject(d),
  setReader: (d) => isObject(d) && (typeof d.open === 'boolean' || d.open === 'toggle'),
  showQuote: (d) => isObject(d) && Number.isSafeInteger(d.paragraph) && typeof d.text === 'string' && d.text.length < 20_000,
};

/** Bounds of a findQuotes request: a page the core accepts never comes near them. */
const MAX_PARAGRAPHS = 20_000;
const MAX_QUOTE_INPUT_CHARS = 2_000_000;
const MAX_NOT_SPEAKERS = 200;

const isStrings = (v: unknown, max: number): v is string[] => Array.isArray(v) && v.length <= max && v.every((s) => typeof s === 'string');

export const BACKGROUND_GUARDS: Guards<ToBackground> = {
  inspectTab: (d) => isObject(d) && isTabId(d.tabId),
  findQuotes: (d) =>
    isObject(d) &&
    isStrings(d.paragraphs, MAX_PARAGRAPHS) &&
    isStrings(d.notSpeakers, MAX_NOT_SPEAKERS) &&
    d.paragraphs.reduce((n, p) => n + p.length, 0) + d.notSpeakers.reduce((n, p) => n + p.length, 0) <= MAX_QUOTE_INPUT_CHARS,
};

/** True when the sender is one of this extension's own pages (popup, options, background). */
export function isExtensionPage(sender: Sender, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/**
 * True when the sender is a content script this extension injected into a tab (its id is the
 * extension's; web pages cannot reach runtime.onMessage, and no other extension is allowed to).
 */
function isOwnContentScript(sender: Sender, runtimeId: string): boolean {
  return sender.id === runtimeId && typeof sender.tab?.id === 'number';
}

/** The background's sender policy: its own pages may send any message, its content scripts only findQuotes. */
export function mayMessageBackground(sender: Sender, type: unknown, runtimeId: string, extensionOrigin: string): boolean {
  return isExtensionPage(sender, runtimeId, extensionOrigin) || (FROM_CONTENT.has(type) && isOwnContentScript(sender, runtimeId));
}

/**
 * A runtime.onMessage listener for a protocol: checks the sender, the type and the data, runs the
 * handler and always answers with a Result (never throws across the boundary).
 */
export function createListener<P>(
  handlers: Handlers<P>,
  guards: Guards<P>,
  isAllowed: (sender: Sender, type: unknown) => boolean,
  report: (error: unknown) => void = () => {},
): (message: unknown, sender: Sender) => Promise<Result<unknown>> {
  return async (message, sender) => {
    const type = isObject(message) ? message.type : undefined;
    if (!isAllowed(sender, type)) return fail('forbidden-sender', 'Message refused: it did not come from this extension.');
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) {
      return fail('unknown-message', `Unknown message type: ${typeof type === 'string' ? type.slice(0, 60) : typeof type}.`);
    }
    const data = (message as { data?: unknown }).data;
    if (!(guards[type as keyof P] as (d: unknown) => boolean)(data)) return fail('bad-request', `Malformed data for ${type}.`);
    try {
      const handler = handlers[type as keyof P] as (d: unknown, s: Sender) => unknown;
      return ok(await handler(data, sender));
    } catch (error) {
      if (error instanceof MessageError) return fail(error.code, error.message);
      report(error);
      return fail('internal', String((error as Error)?.message ?? error));
    }
  };
}

function asResult<T>(reply: unknown): Result<T> {
  if (isObject(reply) && (reply.ok === true || (reply.ok === false && isObject(reply.error)))) return reply as Result<T>;
  return fail('unreachable', 'No answer from the receiver.');
}

/** Sends a message to the background and returns its Result (transport failures included). */
export async function sendToBackground<K extends keyof ToBackground & string>(type: K, data: DataOf<ToBackground, K>): Promise<Result<ReplyOf<ToBackground, K>>> {
  try {
    return asResult(await browser.runtime.sendMessage({ type, data }));
  } catch (error) {
    return fail('unreachable', String((error as Error)?.message ?? error));
  }
}

/** Sends a message to the content script in a tab and returns its Result. */
export async function sendToTab<K extends keyof ToContent & string>(tabId: number, type: K, data: DataOf<ToContent, K>): Promise<Result<ReplyOf<ToContent, K>>> {
  try {
    return asResult(await browser.tabs.sendMessage(tabId, { type, data }));
  } catch (error) {
    return fail('unreachable', String((error as Error)?.message ?? error));
  }
}
