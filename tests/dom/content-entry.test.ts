/**
 * The content script's entry as injected: a second injection does not register twice; messages go
 * through sender and type checks; report/setReader run the real core on a clone and restore the
 * page exactly. Runs on the seed AMP reconstruction in jsdom with a fake extension API.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

type Listener = (message: unknown, sender: { id?: string; url?: string }) => Promise<unknown>;

const fake = vi.hoisted(() => ({
  listeners: [] as Array<(message: unknown, sender: object) => Promise<unknown>>,
  stored: {} as Record<string, unknown>,
  sent: [] as string[],
}));
vi.mock('../../src/shared/browser', () => ({
  browser: {
    runtime: {
      id: 'ext-id',
      getURL: (p: string) => `chrome-extension://ext-id/${p}`,
      onMessage: { addListener: (l: (m: unknown, s: object) => Promise<unknown>) => fake.listeners.push(l) },
      // The background's side of findQuotes: the real engine, as the background runs it.
      sendMessage: async (m: { type: string; data: unknown }) => {
        fake.sent.push(m.type);
        const { quoteFinder } = await import('../../src/core/quote-finder');
        return { ok: true, value: quoteFinder(m.data as Parameters<typeof quoteFinder>[0]) };
      },
    },
    storage: {
      sync: { get: async (k: string) => (k in fake.stored ? { [k]: fake.stored[k] } : {}), set: async (i: object) => void Object.assign(fake.stored, i) },
      onChanged: { addListener: () => {} },
    },
  },
}));

const SEED = readFileSync(resolve(__dirname, '../pages/amp-seed/source.html'), 'utf8');
const POPUP = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };

let dom: JSDOM;
beforeEach(() => {
  dom = new JSDOM(SEED, { url: 'https://news.example.test/amp/story', virtualConsole: new VirtualConsole() });
  vi.stubGlobal('window', dom.window);
  vi.stubGlobal('document', dom.window.document);
  vi.stubGlobal('location', dom.window.location);
  fake.listeners.length = 0;
  fake.sent.length = 0;
  vi.resetModules();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('verbatim.content-script')];
});
afterEach(() => {
  vi.unstubAllGlobals();
  dom.window.close();
});

async function inject(): Promise<Listener> {
  await import('../../src/content/index');
  return fake.listeners[0] as Listener;
}

describe('content script entry', () => {
  test('a second injection registers nothing more', async () => {
    await inject();
    vi.resetModules();
    await import('../../src/content/index');
    expect(fake.listeners).toHaveLength(1);
  });

  test.each<[string, unknown, { id?: string; url?: string }, string]>([
    ['an unknown type', { type: 'runScript', data: {} }, POPUP, 'unknown-message'],
    ['a web page sender', { type: 'report', data: {} }, { id: 'ext-id', url: 'https://evil.test/' }, 'forbidden-sender'],
    ['another extension', { type: 'report', data: {} }, { id: 'other', url: 'chrome-extension://other/x.html' }, 'forbidden-sender'],
    ['malformed data', { type: 'setReader', data: { open: 1 } }, POPUP, 'bad-request'],
  ])('rejects %s with a typed error', async (_name, message, sender, code) => {
    const listen = await inject();
    expect(await listen(message, sender)).toMatchObject({ ok: false, error: { code } });
  });

  test('report summarises the page without touching it', async () => {
    const clone = vi.spyOn(dom.window.document, 'cloneNode');
    const listen = await inject();
    const before = dom.window.document.documentElement.outerHTML;
    const reply = (await listen({ type: 'report', data: {} }, POPUP)) as { ok: boolean; value: { summary: { kind: string; title: string }; reader: { open: boolean } } };
    expect(reply.ok).toBe(true);
    expect(reply.value.summary.kind).toBe('article');
    expect(reply.value.summary.title).toMatch(/Russia sees room for dialogue/);
    expect(reply.value.reader.open).toBe(false);
    expect(dom.window.document.documentElement.outerHTML).toBe(before);
    expect(clone, 'an article is read on one clone').toHaveBeenCalledTimes(1);
  });

  test('the speakers and quotes come from the background (findQuotes), once per page', async () => {
    const listen = await inject();
    type Reply = { ok: boolean; value: { summary: { speakers: { name: string }[]; quotes: unknown[] } } };
    const reply = (await listen({ type: 'report', data: {} }, POPUP)) as Reply;
    expect(fake.sent).toEqual(['findQuotes']);
    expect(reply.value.summary.speakers.map((s) => s.name)).toContain('Dmitry Peskov');
    expect(reply.value.summary.quotes.length).toBeGreaterThan(5);
    await listen({ type: 'report', data: {} }, POPUP);
    expect(fake.sent, 'the outcome is cached').toEqual(['findQuotes']);
  });

  test('when the background cannot find quotes, the article is still reported, without speakers', async () => {
    const { browser } = (await import('../../src/shared/browser')) as unknown as { browser: { runtime: { sendMessage: unknown } } };
    const send = vi.spyOn(browser.runtime as { sendMessage: () => Promise<unknown> }, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const listen = await inject();
      type Reply = { ok: boolean; value: { summary: { kind: string; speakers: unknown[] } } };
      const reply = (await listen({ type: 'report', data: {} }, POPUP)) as Reply;
      expect(reply).toMatchObject({ ok: true, value: { summary: { kind: 'article', speakers: [] } } });
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/no quotes for this page \(Could not establish connection/));
      send.mockRestore();
      const again = (await listen({ type: 'report', data: {} }, POPUP)) as { value: { summary: { speakers: { name: string }[] } } };
      expect(again.value.summary.speakers.map((s) => s.name), 'the next report asks the background again').toContain('Dmitry Peskov');
    } finally {
      send.mockRestore();
      warn.mockRestore();
    }
  });

  test.each<[string, boolean, string]>([
    ['a refusal as malformed is not asked again (it would be refused again)', false, 'bad-request'],
    ['while the reader view shows the article without quotes, the popup reports the same', true, 'unreachable'],
  ])('%s', async (_name, openReader, code) => {
    const { browser } = (await import('../../src/shared/browser')) as unknown as { browser: { runtime: { sendMessage: unknown } } };
    const send = vi.spyOn(browser.runtime as { sendMessage: () => Promise<unknown> }, 'sendMessage').mockResolvedValue({ ok: false, error: { code, message: 'no' } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const listen = await inject();
      if (openReader) await listen({ type: 'setReader', data: { open: true } }, POPUP);
      else await listen({ type: 'report', data: {} }, POPUP);
      send.mockRestore();
      fake.sent.length = 0;
      const again = (await listen({ type: 'report', data: {} }, POPUP)) as { value: { summary: { speakers: unknown[] } } };
      expect(again.value.summary.speakers).toEqual([]);
      expect(fake.sent).toEqual([]);
    } finally {
      send.mockRestore();
      warn.mockRestore();
    }
  });

  test('setReader opens and closes the reader view; the page comes back exactly', async () => {
    const listen = await inject();
    const before = dom.window.document.documentElement.outerHTML;
    expect(await listen({ type: 'setReader', data: { open: 'toggle' } }, POPUP)).toEqual({ ok: true, value: { open: true } });
    expect(dom.window.document.querySelector('verbatim-reader')).not.toBeNull();
    expect(await listen({ type: 'setReader', data: { open: true } }, POPUP)).toEqual({ ok: true, value: { open: true } });
    expect(dom.window.document.querySelectorAll('verbatim-reader')).toHaveLength(1);
    expect(await listen({ type: 'setReader', data: { open: 'toggle' } }, POPUP)).toEqual({ ok: true, value: { open: false } });
    expect(dom.window.document.documentElement.outerHTML).toBe(before);
  });

  test('showQuote opens the reader view and reports a quote it cannot find', async () => {
    const listen = await inject();
    expect(await listen({ type: 'showQuote', data: { paragraph: 0, text: 'words nobody said anywhere' } }, POPUP)).toEqual({ ok: true, value: { found: false } });
    expect(dom.window.document.querySelector('verbatim-reader')).not.toBeNull();
  });

  test('a failure inside the core answers as a typed error and leaves the page as it was', async () => {
    vi.doMock('../../src/core/pipeline', () => ({
      precheck: () => ({ kind: 'accepted' }),
      runPagePaced: async () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    }));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const listen = await inject();
      const before = dom.window.document.documentElement.outerHTML;
      const report = await listen({ type: 'report', data: {} }, POPUP);
      expect(report).toMatchObject({ ok: false, error: { code: 'content-failed', message: expect.stringMatching(/could not read this page \(Maximum call stack/) } });
      expect(await listen({ type: 'setReader', data: { open: true } }, POPUP)).toMatchObject({ ok: false, error: { code: 'content-failed' } });
      expect(dom.window.document.documentElement.outerHTML).toBe(before);
    } finally {
      errors.mockRestore();
      vi.doUnmock('../../src/core/pipeline');
    }
  });

  test('a page that is not an article: the reader view is refused as data', async () => {
    const page = readFileSync(resolve(__dirname, '../pages/non-article/source.html'), 'utf8');
    dom = new JSDOM(page, { url: 'https://shop.example.test/', virtualConsole: new VirtualConsole() });
    vi.stubGlobal('window', dom.window);
    vi.stubGlobal('document', dom.window.document);
    vi.stubGlobal('location', dom.window.location);
    const clone = vi.spyOn(dom.window.document, 'cloneNode');
    const listen = await inject();
    expect(await listen({ type: 'report', data: {} }, POPUP)).toMatchObject({ ok: true, value: { summary: { kind: 'not-article' } } });
    expect(clone, 'refused before the page is cloned').not.toHaveBeenCalled();
    expect(await listen({ type: 'setReader', data: { open: true } }, POPUP)).toMatchObject({ ok: false, error: { code: 'not-article' } });
    expect(dom.window.document.querySelector('verbatim-reader')).toBeNull();
  });
});
