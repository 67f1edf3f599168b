/**
 * Page metadata from, in order of trust: JSON-LD, OpenGraph / article:* meta, plain meta tags, the
 * canonical link, <html lang>. Extraction later fills the gaps (byline, date) from the article itself.
 */
import type { ArticleMeta } from '../types';
import { collapseSpace, matchForm } from '../clean/normalize';
import type { JsonLdInfo } from './json-ld';
import { decodeEntities } from '../text/html-entities';

/** Meta tags per field, first present wins; `name` or `property` attribute, case-insensitive. */
const META_KEYS = {
  title: ['og:title', 'twitter:title', 'dc.title'],
  byline: ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl'],
  siteName: ['og:site_name', 'application-name', 'twitter:site'],
  publishedTime: ['article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'parsely-pub-date', 'sailthru.date'],
  excerpt: ['og:description', 'description', 'twitter:description', 'dc.description'],
  image: ['og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'],
  type: ['og:type'],
  url: ['og:url'],
  locale: ['og:locale', 'content-language'],
} as const;

export type MetaKey = keyof typeof META_KEYS;

/** Every meta tag's content by lower-cased name/property (first occurrence wins). */
export function metaTable(doc: Document): Map<string, string> {
  const table = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    // (a value encoded twice by its CMS still holds references after parsing: "Assad&amp;#8217;s")
    const content = collapseSpace(decodeEntities(meta.getAttribute('content') ?? ''));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      for (const key of (meta.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !table.has(key)) table.set(key, content);
      }
    }
  }
  return table;
}

export function metaValue(table: Map<string, string>, key: MetaKey): string | null {
  for (const name of META_KEYS[key]) {
    const v = table.get(name);
    if (v) return v;
  }
  return null;
}

/** An absolute http(s) URL, or null. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** "Title | Site" or "Title - Site" → "Title", when the site's name is that suffix. */
function stripSiteSuffix(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const m = /^(.*\S)\s+[|\-–—:·]\s+(.+)$/u.exec(title);
  return m && m[2]?.toLowerCase() === siteName.toLowerCase() ? (m[1] ?? title) : title;
}

/**
 * The page's own headline when the meta title is a generic one of the site ("Example News - Latest
 * News & Headlines" on every page): the meta title matches no <h1>, while an <h1> opens the
 * document's <title> and makes most of it (not a blog's name before the post's title). JSON-LD
 * headlines are trusted as they are.
 */
function headlineOverGeneric(title: string, doc: Document, docTitle: string): string {
  const heads = [...(doc.body?.getElementsByTagName('h1') ?? [])].slice(0, 5).map((h) => collapseSpace(h.textContent ?? ''));
  const folded = matchForm(title);
  if (heads.some((h) => matchForm(h) === folded)) return title;
  const own = heads.find((h) => h.length >= 15 && h.length * 2 >= docTitle.length && matchForm(docTitle).startsWith(matchForm(h)));
  return own ?? title;
}

export function readMetadata(doc: Document, ld: JsonLdInfo, urlOption: string | undefined): ArticleMeta & { image: string | null; ogType: string | null } {
  const table = metaTable(doc);
  const base = doc.baseURI && doc.baseURI !== 'about:blank' ? doc.baseURI : 'http://localhost/';
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const docUrl = doc.URL && doc.URL !== 'about:blank' ? doc.URL : null;
  const url = urlOption ?? absoluteUrl(canonical, base) ?? absoluteUrl(metaValue(table, 'url'), base) ?? docUrl;
  const a = ld.article;
  const siteName = metaValue(table, 'siteName') ?? a?.publisher ?? null;
  const rawByline = a && a.authors.length > 0 ? a.authors.join(', ') : metaValue(table, 'byline');
  const docTitle = stripSiteSuffix(collapseSpace(doc.title ?? ''), siteName);
  const metaTitle = metaValue(table, 'title');
  const title = a?.headline ?? (metaTitle ? headlineOverGeneric(metaTitle, doc, docTitle) : docTitle);
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || metaValue(table, 'locale')?.replace('_', '-') || a?.inLanguage || null;
  return {
    url,
    title,
    // A byline with markup in it is not a name (and is never worth showing).
    byline: rawByline && !isUrl(rawByline) && !/[<>]/.test(rawByline) ? rawByline : null,
    siteName: siteName && !siteName.startsWith('@') ? siteName : siteName?.slice(1) || null,
    publishedTime: a?.datePublished ?? metaValue(table, 'publishedTime'),
    lang,
    excerpt: metaValue(table, 'excerpt') ?? a?.description ?? null,
    leadImage: null,
    image: absoluteUrl(a?.image ?? metaValue(table, 'image'), base),
    ogType: metaValue(table, 'type')?.toLowerCase() ?? null,
  };
}
