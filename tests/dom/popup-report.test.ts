import { describe, expect, test, vi } from 'vitest';
import { citation, quotesJson, quotesMarkdown } from '../../src/popup/export-quotes';
import { renderArticle, renderNotice } from '../../src/popup/render-report';
import { QUOTES, SUMMARY, pageWindow } from './fixtures';

function render(summary = SUMMARY) {
  const view = pageWindow('<!doctype html><html><body><main></main></body></html>');
  const actions = { showQuote: vi.fn(), copyQuote: vi.fn() };
  const main = view.document.querySelector('main')!;
  main.append(renderArticle(view.document, summary, actions));
  return { main, actions };
}

describe('popup report', () => {
  test('lists speakers in the given order with role, kind and quote count', () => {
    const { main } = render();
    const speakers = [...main.querySelectorAll('.speaker')];
    expect(speakers.map((s) => s.querySelector('.speaker-name')?.textContent)).toEqual(['Dmitry Peskov', 'NATO', 'Unattributed']);
    expect(speakers[0]!.querySelector('.speaker-facts')?.textContent).toBe('Kremlin spokesmanperson2 quotes');
    expect(speakers[1]!.querySelector('.speaker-facts')?.textContent).toBe('organization1 quote');
    expect(main.querySelector('#speakers-heading')?.textContent).toBe('Speakers (2)');
  });

  test('marks each quote with its kind and renders page text as text only', () => {
    const { main } = render();
    const quotes = [...main.querySelectorAll('.quote-text')];
    expect(quotes.map((q) => q.querySelector('.kind')?.textContent)).toEqual(['direct', 'direct', 'reported', 'partial']);
    expect(quotes[1]!.querySelector('.said')?.textContent).toBe('“We are <b>ready</b>.”');
    expect(quotes[2]!.querySelector('.said')?.textContent).toBe('the alliance was watching');
    expect(main.querySelector('b, img')).toBeNull();
    expect(main.querySelector('h1')?.textContent).toBe(SUMMARY.title);
  });

  test('quote buttons call back with the quote; copy buttons are labelled', () => {
    const { main, actions } = render();
    main.querySelectorAll<HTMLButtonElement>('.quote-text')[1]!.click();
    expect(actions.showQuote).toHaveBeenCalledWith(QUOTES[1]);
    const copy = main.querySelectorAll<HTMLButtonElement>('.copy')[0]!;
    expect(copy.getAttribute('aria-label')).toBe('Copy this quote by Dmitry Peskov with its citation');
    copy.click();
    expect(actions.copyQuote).toHaveBeenCalledWith(QUOTES[0]);
  });

  test('counts removed boilerplate and groups it by kind', () => {
    const { main } = render();
    expect(main.querySelector('.removed summary')?.textContent).toBe('3 boilerplate items removed');
    expect([...main.querySelectorAll('.removed-kind')].map((k) => k.textContent)).toEqual(['ad-break (2)', 'menu (1)']);
  });

  test.each([
    ['no quotes at all', { ...SUMMARY, speakers: [], quotes: [] }, 'No quotes found in this article.'],
    ['an article not in English', { ...SUMMARY, speakers: [], quotes: [], notice: 'not-english' as const }, 'Speakers and quotes are found in English articles only.'],
  ])('says so when there are %s', (_name, summary, text) => {
    expect(render(summary).main.querySelector('.empty')?.textContent).toBe(text);
  });

  test('a notice is a heading and a sentence, as text', () => {
    const view = pageWindow('<!doctype html><html><body></body></html>');
    view.document.body.append(renderNotice(view.document, 'Not an article', '<i>reason</i>'));
    expect(view.document.querySelector('h1')?.textContent).toBe('Not an article');
    expect(view.document.querySelector('i')).toBeNull();
  });
});

describe('quote exports', () => {
  test('citation: quote, speaker, role, outlet, date, URL', () => {
    expect(citation(QUOTES[0]!, SUMMARY)).toBe(
      '“the talks were useful,” — Dmitry Peskov, Kremlin spokesman. Example News. 2024-03-02. https://news.example.test/world/talks',
    );
    expect(citation(QUOTES[2]!, { ...SUMMARY, siteName: null, publishedTime: 'not a date' })).toBe(
      `the alliance was watching (reported) — NATO. ${SUMMARY.title}. https://news.example.test/world/talks`,
    );
  });

  test('markdown groups quotes under speakers, unattributed last', () => {
    const md = quotesMarkdown(SUMMARY);
    expect(md).toContain('## Dmitry Peskov, Kremlin spokesman\n\n- “the talks were useful,” *(direct)*\n- “We are <b>ready</b>.” *(direct)*');
    expect(md).toContain('## NATO\n\n- the alliance was watching *(reported)*');
    expect(md.indexOf('## Unattributed')).toBeGreaterThan(md.indexOf('## NATO'));
  });

  test('json has the CLI field names', () => {
    const data = JSON.parse(quotesJson(SUMMARY)) as { speakers: object[]; quotes: object[] };
    expect(Object.keys(data.speakers[0]!)).toEqual(['name', 'role', 'kind', 'aliases', 'quoteCount']);
    expect(Object.keys(data.quotes[0]!)).toEqual(['speaker', 'role', 'text', 'kind', 'paragraph']);
  });
});
