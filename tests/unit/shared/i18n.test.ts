import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, test } from 'vitest';
import english from '../../../src/_locales/en/messages.json';
import { countOf, formatMessage, localizePage, t } from '../../../src/shared/i18n';

const scope = globalThis as { chrome?: unknown };
afterEach(() => {
  delete scope.chrome;
});

describe('formatMessage (messages.json semantics)', () => {
  test.each([
    [{ message: 'Saved.' }, [], 'Saved.'],
    [{ message: '$COUNT$ quotes', placeholders: { count: { content: '$1' } } }, ['4'], '4 quotes'],
    [{ message: 'Theme: $theme$', placeholders: { theme: { content: '$1' } } }, ['Dark'], 'Theme: Dark'],
    [{ message: '$A$ and $B$', placeholders: { a: { content: '$2' }, b: { content: '$1' } } }, ['x', 'y'], 'y and x'],
    [{ message: 'Costs $5$', placeholders: {} }, [], 'Costs $5$'],
  ])('%j with %j → %s', (entry, subs, expected) => {
    expect(formatMessage(entry, subs)).toBe(expected);
  });
});

describe('t', () => {
  test('falls back to the bundled English outside the extension', () => {
    expect(t('speakersCount', '9')).toBe('Speakers (9)');
    expect(countOf(1, 'quoteCountOne', 'quoteCountMany')).toBe('1 quote');
    expect(countOf(3, 'quoteCountOne', 'quoteCountMany')).toBe('3 quotes');
  });

  test("uses the browser's localized string when there is one", () => {
    scope.chrome = { i18n: { getMessage: (key: string, subs: string[]) => (key === 'speakersCount' ? `Sprecher (${subs[0]})` : '') } };
    expect(t('speakersCount', '9')).toBe('Sprecher (9)');
    expect(t('copy')).toBe('Copy'); // missing in the locale → English
  });

  test('every placeholder in messages.json has a $n content', () => {
    const bad = Object.entries(english as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>)
      .filter(([, e]) => [...e.message.matchAll(/\$([A-Za-z_]+)\$/g)].some(([, name]) => !/^\$\d$/.test(e.placeholders?.[name!.toLowerCase()]?.content ?? '')))
      .map(([k]) => k);
    expect(bad).toEqual([]);
  });
});

describe('localizePage', () => {
  test('fills text, title and aria-label from data attributes, keeping child controls', () => {
    const { document } = new JSDOM(
      '<button data-i18n="copy" data-i18n-title="showInReader">x</button>' +
        '<label><input type="radio"> <span data-i18n="themeAuto">?</span></label>' +
        '<div data-i18n-aria-label="pageActions"></div><p data-i18n="no-such-key">kept</p>',
    ).window;
    localizePage(document);
    const button = document.querySelector('button')!;
    expect([button.textContent, button.title]).toEqual(['Copy', 'Show in the reader view']);
    expect(document.querySelector('label input')).not.toBeNull();
    expect(document.querySelector('label')!.textContent!.trim()).toBe('Follow the system');
    expect(document.querySelector('div')!.getAttribute('aria-label')).toBe('Page actions');
    expect(document.querySelector('p')!.textContent).toBe('kept');
  });
});
