/**
 * The evaluation corpus, read in place (never copied into the repository). Its location is the
 * `--corpus DIR` argument, else VERBATIM_CORPUS, else ../shared/corpus beside the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface CorpusPage {
  /** "readability-pages/nytimes-2" or "news/amp-scotsman-humza". */
  id: string;
  html: string;
  url: string;
  /** Readability's own expected output, where the corpus has one. */
  expectedHtml: string | null;
}

export function corpusDir(fromArg?: string): string {
  return resolve(fromArg ?? process.env.VERBATIM_CORPUS ?? resolve(import.meta.dirname, '../../../shared/corpus'));
}

/** Every page of readability-pages/ and news/, in a stable order. */
export function loadCorpusPages(dir: string): CorpusPage[] {
  if (!existsSync(dir)) throw new Error(`corpus not found at ${dir} (pass --corpus DIR or set VERBATIM_CORPUS)`);
  const pages: CorpusPage[] = [];
  const rp = join(dir, 'readability-pages');
  if (existsSync(rp)) {
    for (const slug of readdirSync(rp).sort()) {
      const source = join(rp, slug, 'source.html');
      if (!existsSync(source)) continue;
      const expected = join(rp, slug, 'expected.html');
      pages.push({
        id: `readability-pages/${slug}`,
        html: readFileSync(source, 'utf8'),
        // Readability's own test suite parses every page at this address.
        url: 'http://fakehost/test/page.html',
        expectedHtml: existsSync(expected) ? readFileSync(expected, 'utf8') : null,
      });
    }
  }
  const news = join(dir, 'news');
  if (existsSync(news)) {
    for (const name of readdirSync(news).filter((n) => n.endsWith('.html')).sort()) {
      pages.push({
        id: `news/${name.replace(/\.html$/, '')}`,
        html: readFileSync(join(news, name), 'utf8'),
        url: `https://news.example/${name}`,
        expectedHtml: null,
      });
    }
  }
  return pages;
}
