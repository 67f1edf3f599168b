/**
 * The pipeline's contract: outcome shapes, timings, the trace switch, quotes called with body blocks
 * only and never breaking the article when they fail.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { articleOf, articlePage, PROSE, runHtml } from '../../../helpers/load-page';

const findQuotes = vi.hoisted(() => vi.fn());
vi.mock('../../../../src/core/quotes/index', () => ({ findQuotes }));

const PAGE = articlePage(PROSE, {
  head: '<meta name="author" content="Ann Lee">',
  between: '<div class="ad-label">Story continues below advertisement</div>',
}).replace('</article>', '<p>(Reporting by Bo Chan; Editing by Cy Diaz)</p></article><div>You are viewing an Accelerated Mobile Webpage.</div>');

beforeEach(() => {
  findQuotes.mockReset();
  findQuotes.mockReturnValue({ speakers: [], quotes: [] });
});

describe('processPage', () => {
  test('quotes get exactly the body blocks, and byline and credits names as non-speakers', () => {
    const outcome = articleOf(runHtml(PAGE));
    expect(findQuotes).toHaveBeenCalledTimes(1);
    const [paragraphs, options] = findQuotes.mock.calls[0] as [string[], { notSpeakers: string[] }];
    expect(paragraphs).toEqual(outcome.article.blocks.map((b) => b.text));
    expect(paragraphs.join(' ')).not.toMatch(/advertisement|Accelerated Mobile|Editing by/i);
    expect(options.notSpeakers).toEqual(['Ann Lee', 'Bo Chan', 'Cy Diaz']);
  });

  test.each([
    ['captions', 'figcaption', '<figure><img src="https://img.example/clip.jpg" alt=""><figcaption>WATCH: Officials say the bridge will reopen in May</figcaption></figure>'],
    ['preformatted blocks (code, program output)', 'pre', '<pre>$ git push origin main --force\nremote: said the server, rejecting it</pre>'],
  ] as const)('%s are passed empty, keeping every block at its index', (_name, tag, html) => {
    const page = articlePage(PROSE).replace(/(<\/p>)/, `$1${html}`);
    const outcome = articleOf(runHtml(page));
    const [paragraphs] = findQuotes.mock.calls[0] as [string[]];
    const at = outcome.article.blocks.findIndex((b) => b.tag === tag);
    expect(at).toBeGreaterThan(0);
    expect(paragraphs).toHaveLength(outcome.article.blocks.length);
    expect(paragraphs[at]).toBe('');
    expect(paragraphs.filter((p, i) => i !== at)).toEqual(outcome.article.blocks.filter((b) => b.tag !== tag).map((b) => b.text));
  });

  test('the quotes engine\'s notice reaches the outcome', () => {
    findQuotes.mockImplementation(() => ({ speakers: [], quotes: [], notice: 'not-english' }));
    expect(articleOf(runHtml(PAGE)).notice).toBe('not-english');
  });

  test('a quotes failure leaves the article intact, traced, with no quotes', () => {
    findQuotes.mockImplementation(() => {
      throw new Error('boom');
    });
    const outcome = articleOf(runHtml(PAGE));
    expect(outcome.article.blocks).toHaveLength(PROSE.length);
    expect(outcome.quotes).toEqual([]);
    expect(outcome.speakers).toEqual([]);
    expect(outcome.trace).toContainEqual({ stage: 'quotes', rule: 'quotes-failed', detail: 'boom' });
  });

  test('removals are recorded with kind, text and rule', () => {
    const outcome = articleOf(runHtml(PAGE));
    expect(outcome.removed.filter((r) => r.kind === 'ad-break')).toHaveLength(PROSE.length - 1);
    expect(outcome.removed).toContainEqual({ kind: 'amp-notice', text: 'You are viewing an Accelerated Mobile Webpage.', rule: 'amp-notice' });
  });

  test.each(['detectMs', 'cleanMs', 'extractMs', 'renderMs', 'quotesMs', 'totalMs'] as const)('timing %s is measured', (key) => {
    const { timings } = articleOf(runHtml(PAGE));
    expect(timings[key]).toBeGreaterThanOrEqual(0);
    expect(timings.totalMs).toBeGreaterThanOrEqual(timings[key]);
  });

  test('the trace is empty unless asked for', () => {
    expect(runHtml(PAGE, undefined, { trace: false }).trace).toEqual([]);
    expect(runHtml(PAGE).trace.length).toBeGreaterThan(0);
  });

  test('text is one block per line, with word count and reading time', () => {
    const { article } = articleOf(runHtml(PAGE));
    expect(article.text.split('\n')).toEqual(PROSE);
    expect(article.wordCount).toBe(PROSE.join(' ').split(/\s+/).length);
    expect(article.readingMinutes).toBe(1);
  });

  test('a not-article outcome carries the page metadata and never calls quotes', () => {
    const outcome = runHtml('<html lang="de"><head><title>Leer</title></head><body></body></html>');
    expect(outcome.kind).toBe('not-article');
    expect(outcome.kind === 'not-article' && outcome.meta).toMatchObject({ title: 'Leer', lang: 'de' });
    expect(findQuotes).not.toHaveBeenCalled();
  });

  test.each([
    ['5 000-deep nesting', 5000, 'not-article'],
    ['400-deep nesting (what browsers still build)', 400, 'article'],
  ])('%s → %s, without throwing', (_name, depth, kind) => {
    const deep = `${'<div>'.repeat(depth)}${PROSE.map((p) => `<p>${p}</p>`).join('')}${'</div>'.repeat(depth)}`;
    const outcome = runHtml(`<html><body>${deep}<p>${PROSE[1]}</body>`);
    expect(outcome.kind).toBe(kind);
    if (outcome.kind === 'not-article') expect(outcome.reason).toMatch(/nested too deeply/);
  });
});
