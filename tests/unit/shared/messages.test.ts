import { beforeEach, describe, expect, test, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  runtime: { sendMessage: vi.fn() },
  tabs: { sendMessage: vi.fn() },
}));
vi.mock('../../../src/shared/browser', () => ({ browser: fake }));

const {
  BACKGROUND_GUARDS,
  CONTENT_GUARDS,
  MessageError,
  createListener,
  isExtensionPage,
  mayMessageBackground,
  sendToBackground,
  sendToTab,
} = await import('../../../src/shared/messages');
type Handlers<P> = import('../../../src/shared/messages').Handlers<P>;
type ToContent = import('../../../src/shared/messages').ToContent;

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const popup = { id: ID, url: `${ORIGIN}popup.html` };
const allow = (s: { id?: string; url?: string }) => isExtensionPage(s, ID, ORIGIN);

const report = { summary: { kind: 'not-article' as const, title: 't', url: 'https://example.test/', reason: 'r', limit: false }, reader: { open: false } };
const handlers: Handlers<ToContent> = {
  report: () => report,
  setReader: async ({ open }) => ({ open: open === true }),
  showQuote: ({ paragraph }) => {
    if (paragraph < 0) throw new MessageError('bad-request', 'no such paragraph');
    if (paragraph > 1000) throw new Error('boom');
    return { found: true };
  },
};
const listen = createListener(handlers, CONTENT_GUARDS, allow);

describe('isExtensionPage', () => {
  test.each<[string, { id?: string; url?: string }, boolean]>([
    ['the popup', popup, true],
    ['the background', { id: ID, url: `${ORIGIN}background.js` }, true],
    ['another extension', { id: 'zzzz', url: 'chrome-extension://zzzz/popup.html' }, false],
    ['a web page claiming our id', { id: ID, url: 'https://evil.test/' }, false],
    ['a page whose URL merely contains our origin', { id: ID, url: `https://evil.test/?${ORIGIN}` }, false],
    ['no url', { id: ID }, false],
    ['nothing', {}, false],
  ])('%s → %s', (_name, sender, expected) => {
    expect(allow(sender)).toBe(expected);
  });
});

describe('mayMessageBackground', () => {
  const contentScript = { id: ID, url: 'https://news.example.test/story', tab: { id: 7 } };
  test.each<[string, { id?: string; url?: string; tab?: { id?: number } }, string, boolean]>([
    ['the popup, inspectTab', popup, 'inspectTab', true],
    ['the popup, findQuotes', popup, 'findQuotes', true],
    ['our content script, findQuotes', contentScript, 'findQuotes', true],
    ['our content script, inspectTab (it may not inject)', contentScript, 'inspectTab', false],
    ['our content script, an unknown type', contentScript, 'constructor', false],
    ['another extension’s content script, findQuotes', { ...contentScript, id: 'zzzz' }, 'findQuotes', false],
    ['a sender with our id but no tab, findQuotes', { id: ID, url: 'https://evil.test/' }, 'findQuotes', false],
  ])('%s → %s', (_name, sender, type, expected) => {
    expect(mayMessageBackground(sender, type, ID, ORIGIN)).toBe(expected);
  });

  test('wired into a listener, the policy sees each message type', async () => {
    type ToBackground = import('../../../src/shared/messages').ToBackground;
    const background: Handlers<ToBackground> = {
      inspectTab: () => report,
      findQuotes: () => ({ speakers: [], quotes: [] }),
    };
    const l = createListener(background, BACKGROUND_GUARDS, (s, t) => mayMessageBackground(s, t, ID, ORIGIN));
    expect(await l({ type: 'findQuotes', data: { paragraphs: [], notSpeakers: [] } }, contentScript)).toEqual({ ok: true, value: { speakers: [], quotes: [] } });
    expect(await l({ type: 'inspectTab', data: { tabId: 7 } }, contentScript)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await l({ type: 'inspectTab', data: { tabId: 7 } }, popup)).toEqual({ ok: true, value: report });
  });
});

describe('createListener', () => {
  test('answers a declared message with ok and the value', async () => {
    expect(await listen({ type: 'report', data: {} }, popup)).toEqual({ ok: true, value: report });
    expect(await listen({ type: 'setReader', data: { open: true } }, popup)).toEqual({ ok: true, value: { open: true } });
  });

  test.each<[string, unknown, string]>([
    ['an unknown type', { type: 'evalThis', data: {} }, 'unknown-message'],
    ['a prototype key as type', { type: 'constructor', data: {} }, 'unknown-message'],
    ['a message without type', { data: {} }, 'unknown-message'],
    ['a string message', 'report', 'unknown-message'],
    ['null', null, 'unknown-message'],
    ['bad data for setReader', { type: 'setReader', data: { open: 'yes' } }, 'bad-request'],
    ['missing data', { type: 'showQuote' }, 'bad-request'],
    ['a non-integer paragraph', { type: 'showQuote', data: { paragraph: 1.5, text: 'x' } }, 'bad-request'],
  ])('rejects %s with a typed error', async (_name, message, code) => {
    const result = await listen(message, popup);
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  test('refuses a sender that is not this extension before looking at the message', async () => {
    const result = await listen({ type: 'report', data: {} }, { id: ID, url: 'https://evil.test/' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  test('a MessageError crosses as its code; any other error as internal, reported once', async () => {
    const errors: unknown[] = [];
    const l = createListener(handlers, CONTENT_GUARDS, allow, (e) => errors.push(e));
    expect(await l({ type: 'showQuote', data: { paragraph: -1, text: 'x' } }, popup)).toEqual({ ok: false, error: { code: 'bad-request', message: 'no such paragraph' } });
    expect(await l({ type: 'showQuote', data: { paragraph: 5000, text: 'x' } }, popup)).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
    expect(errors).toHaveLength(1);
  });

  test.each<[string, unknown, boolean]>([
    ['paragraphs and names', { paragraphs: ['“Yes,” she said.'], notSpeakers: ['Jane Doe'] }, true],
    ['no paragraphs', { paragraphs: [], notSpeakers: [] }, true],
    ['a paragraph that is not a string', { paragraphs: [1], notSpeakers: [] }, false],
    ['names missing', { paragraphs: ['a'] }, false],
    ['too many paragraphs', { paragraphs: Array.from({ length: 20_001 }, () => 'a'), notSpeakers: [] }, false],
    ['too much text', { paragraphs: ['a'.repeat(2_000_001)], notSpeakers: [] }, false],
    ['too many names', { paragraphs: [], notSpeakers: Array.from({ length: 201 }, () => 'A B') }, false],
  ])('findQuotes guard: %s → %s', (_name, data, expected) => {
    expect(BACKGROUND_GUARDS.findQuotes(data)).toBe(expected);
  });

  test('background guard accepts only a tab id', () => {
    expect(BACKGROUND_GUARDS.inspectTab({ tabId: 3 })).toBe(true);
    expect(BACKGROUND_GUARDS.inspectTab({ tabId: -1 })).toBe(false);
    expect(BACKGROUND_GUARDS.inspectTab({ tabId: '3' })).toBe(false);
  });
});

describe('send helpers', () => {
  beforeEach(() => {
    fake.runtime.sendMessage.mockReset();
    fake.tabs.sendMessage.mockReset();
  });

  test('pass a Result through and send {type, data}', async () => {
    fake.tabs.sendMessage.mockResolvedValue({ ok: true, value: { open: true } });
    expect(await sendToTab(7, 'setReader', { open: 'toggle' })).toEqual({ ok: true, value: { open: true } });
    expect(fake.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'setReader', data: { open: 'toggle' } });
  });

  test('turn a transport failure into an unreachable error', async () => {
    fake.runtime.sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await sendToBackground('inspectTab', { tabId: 1 })).toMatchObject({ ok: false, error: { code: 'unreachable', message: /Receiving end/ } });
  });

  test('treat a reply that is not a Result as unreachable', async () => {
    fake.tabs.sendMessage.mockResolvedValue(undefined);
    expect(await sendToTab(1, 'report', {})).toMatchObject({ ok: false, error: { code: 'unreachable' } });
  });
});
