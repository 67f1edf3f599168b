import { describe, expect, test, vi } from 'vitest';
import { HOST_TAG, mountReader, type ReaderCallbacks } from '../../src/content/mount-reader';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { ARTICLE, PAGE, QUOTES, pageWindow, toFragment } from './fixtures';

const callbacks = () => ({
  onClose: vi.fn<ReaderCallbacks['onClose']>(),
  onChangeSettings: vi.fn<ReaderCallbacks['onChangeSettings']>(),
});

/** The closed shadow root, reached the way only the mounting code can: by intercepting attachShadow. */
function mountCapturingShadow(view: Window & typeof globalThis, cb = callbacks(), article = ARTICLE) {
  let shadow: ShadowRoot | null = null;
  const original = view.Element.prototype.attachShadow;
  view.Element.prototype.attachShadow = function (init) {
    shadow = original.call(this, init);
    return shadow;
  };
  const handle = mountReader(view.document, view, { article, quotes: QUOTES }, DEFAULT_SETTINGS, cb, toFragment);
  view.Element.prototype.attachShadow = original;
  return { handle, shadow: shadow as unknown as ShadowRoot, cb };
}

describe('mountReader', () => {
  test.each([
    ['a page with a style attribute on <html>', PAGE],
    ['a page without one', PAGE.replace(' style="color: red"', '')],
    ['an empty document', '<!doctype html><html><head></head><body></body></html>'],
    ['a frameset-less page with odd markup', '<html><body><p>unclosed <b>bold<table><tr><td>cell</body>'],
  ])('mount then close restores %s exactly', (_name, html) => {
    const view = pageWindow(html);
    const before = view.document.documentElement.outerHTML;
    const { handle } = mountCapturingShadow(view);
    expect(view.document.documentElement.outerHTML).not.toBe(before);
    handle.close();
    expect(view.document.documentElement.outerHTML).toBe(before);
  });

  test('mounts a host with a closed shadow root and hides the page overflow only', () => {
    const view = pageWindow();
    const { shadow } = mountCapturingShadow(view);
    const host = view.document.querySelector(HOST_TAG)!;
    expect(host.parentElement).toBe(view.document.documentElement);
    expect(host.shadowRoot).toBeNull(); // closed: invisible to page scripts
    expect(shadow.mode).toBe('closed');
    expect(view.document.documentElement.style.getPropertyValue('overflow')).toBe('hidden');
    expect(view.document.documentElement.style.getPropertyValue('color')).toBe('red');
    expect(view.document.getElementById('p1')).not.toBeNull();
  });

  test('keeps the markup header and adds the reading time to its meta line', () => {
    const html = '<header><h1>T</h1><p class="vb-meta">Site · <time>March 2</time></p></header><p data-vb-block="0">x</p><footer class="vb-credits">(Additional reporting by Ann Other)</footer>';
    const { shadow } = mountCapturingShadow(pageWindow(), callbacks(), { ...ARTICLE, html });
    expect(shadow.querySelectorAll('h1')).toHaveLength(1);
    expect(shadow.querySelector('.vb-kicker')).toBeNull();
    expect(shadow.querySelector('.vb-meta')?.textContent).toBe('Site · March 2 · 1 min read');
    expect(shadow.querySelectorAll('.vb-credits')).toHaveLength(1);
  });

  test('one article landmark: the wrapper is a div around the core’s <article>', () => {
    const { shadow } = mountCapturingShadow(pageWindow(), callbacks(), { ...ARTICLE, html: '<article><header><h1>T</h1></header><p data-vb-block="0">x</p></article>' });
    expect(shadow.querySelectorAll('article')).toHaveLength(1);
    expect(shadow.querySelector('.vb-article')?.localName).toBe('div');
  });

  test('builds a header for markup without one, and the credits footnote', () => {
    const { shadow } = mountCapturingShadow(pageWindow(), callbacks(), { ...ARTICLE, html: '<p data-vb-block="0">x</p>' });
    expect(shadow.querySelector('h1')?.textContent).toBe('Talks resume');
    expect(shadow.querySelector('.vb-kicker')?.textContent).toBe('Example News');
    expect(shadow.querySelector('.vb-byline')?.textContent).toBe('Jane Writer');
    expect(shadow.querySelector('.vb-meta')?.textContent).toMatch(/^.*2024 · 1 min read$/);
    expect(shadow.querySelector('.vb-credits')?.textContent).toBe('(Additional reporting by Ann Other)');
    expect(shadow.querySelector('style')?.textContent).toContain('all: initial');
  });

  test('marks quotes across inline elements and nbsp, and text that only looks like markup as text', () => {
    const { shadow } = mountCapturingShadow(pageWindow());
    const marks = [...shadow.querySelectorAll('.vb-quote')];
    expect(marks.map((m) => m.textContent).join('|')).toBe('the |talks| were\u00a0useful,|We are <b>ready</b>.');
    expect(shadow.querySelector('b')).toBeNull();
    expect((marks[0] as HTMLElement).title).toBe('Dmitry Peskov (direct)');
  });

  test('showQuote highlights one quote at a time and reports quotes it cannot find', () => {
    const { handle, shadow } = mountCapturingShadow(pageWindow());
    expect(handle.showQuote({ paragraph: 1, text: 'We are <b>ready</b>.' })).toBe(true);
    expect([...shadow.querySelectorAll('.vb-active')].map((m) => m.textContent)).toEqual(['We are <b>ready</b>.']);
    expect(handle.showQuote({ paragraph: 0, text: 'the talks were useful,' })).toBe(true);
    expect(shadow.querySelectorAll('.vb-active')).toHaveLength(3);
    expect(handle.showQuote({ paragraph: 0, text: 'never said' })).toBe(false);
    expect(handle.showQuote({ paragraph: 99, text: 'nowhere' })).toBe(false);
    expect(shadow.querySelectorAll('.vb-active')).toHaveLength(0);
  });

  test('applies settings live and the toolbar asks for changes', () => {
    const { handle, shadow, cb } = mountCapturingShadow(pageWindow());
    const root = shadow.querySelector<HTMLElement>('.vb-root')!;
    handle.applySettings({ theme: 'dark', fontSize: 24, lineWidth: 50, fontFamily: 'sans' });
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.getPropertyValue('--vb-font-size')).toBe('24px');
    expect(root.style.getPropertyValue('--vb-line-width')).toBe('50ch');
    expect(root.style.getPropertyValue('--vb-font')).toMatch(/sans-serif/);
    shadow.querySelector<HTMLButtonElement>('.vb-larger')!.click();
    expect(cb.onChangeSettings).toHaveBeenLastCalledWith({ fontSize: 26 });
    shadow.querySelector<HTMLButtonElement>('.vb-theme')!.click();
    expect(cb.onChangeSettings).toHaveBeenLastCalledWith({ theme: 'auto' });
    expect(shadow.querySelector('.vb-theme')?.textContent).toBe('Theme: Dark');
  });

  test('Escape and the Original page button ask to close; listeners go away on close', () => {
    const view = pageWindow();
    const { handle, shadow, cb } = mountCapturingShadow(view);
    view.document.body.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cb.onClose).toHaveBeenCalledTimes(1);
    shadow.querySelector<HTMLButtonElement>('.vb-back')!.click();
    expect(cb.onClose).toHaveBeenCalledTimes(2);
    handle.close();
    view.document.body.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cb.onClose).toHaveBeenCalledTimes(2);
  });

  test('restores focus to what had it', () => {
    const view = pageWindow(PAGE.replace('<p>Second paragraph.</p>', '<button id="b">b</button>'));
    const button = view.document.getElementById('b') as HTMLButtonElement;
    button.focus();
    const { handle } = mountCapturingShadow(view);
    expect(view.document.activeElement).not.toBe(button);
    handle.close();
    expect(view.document.activeElement).toBe(button);
  });

  test('an image that fails to load is taken out, its caption stays; one that loads stays', () => {
    const html = '<figure><img src="https://img.example/gone.jpg" alt="Ferry at dawn"><figcaption>The first ferry.</figcaption></figure>' +
      '<figure><picture><source srcset="https://img.example/b.webp"><img src="https://img.example/b.jpg" alt="Pier"></picture></figure>' +
      '<figure><img src="https://img.example/ok.jpg" alt="Harbour"></figure><p data-vb-block="0">x</p>';
    const view = pageWindow();
    const { shadow } = mountCapturingShadow(view, callbacks(), { ...ARTICLE, html });
    const [gone, inPicture, ok] = [...shadow.querySelectorAll('img')];
    gone!.dispatchEvent(new view.Event('error'));
    inPicture!.dispatchEvent(new view.Event('error'));
    ok!.dispatchEvent(new view.Event('load'));
    expect([...shadow.querySelectorAll('img')].map((i) => i.getAttribute('alt'))).toEqual(['Harbour']);
    expect(shadow.querySelector('picture')).toBeNull();
    expect(shadow.querySelector('figcaption')?.textContent).toBe('The first ferry.');
  });

  test('page-derived title and markup-like text never become elements', () => {
    const view = pageWindow();
    const article = { ...ARTICLE, html: '<p data-vb-block="0">x</p>', title: '<img src=x onerror="globalThis.hit=1">', siteName: '<b>site</b>' };
    let shadow: ShadowRoot | null = null;
    const original = view.Element.prototype.attachShadow;
    view.Element.prototype.attachShadow = function (init) {
      shadow = original.call(this, init);
      return shadow;
    };
    mountReader(view.document, view, { article, quotes: [] }, DEFAULT_SETTINGS, callbacks(), toFragment);
    const root = shadow as unknown as ShadowRoot;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h1')?.textContent).toBe(article.title);
    expect(root.querySelector('.vb-kicker b')).toBeNull();
  });
});
