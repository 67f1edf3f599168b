/**
 * JSON-LD metadata: every <script type="application/ld+json"> parsed, arrays and @graph flattened,
 * malformed blocks ignored. Returns the first article-typed node and every @type seen.
 */
import { collapseSpace } from '../clean/normalize';
import { decodeEntities } from '../text/html-entities';

/** schema.org types that mean "this page is one article". */
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'askpublicnewsarticle', 'blogposting', 'liveblogposting',
  'scholarlyarticle', 'techarticle', 'report', 'socialmediaposting', 'satiricalarticle',
]);

export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  publisher: string | null;
  image: string | null;
  description: string | null;
  inLanguage: string | null;
}

export interface JsonLdInfo {
  article: JsonLdArticle | null;
  /** Every @type seen, lower-cased ("newsarticle", "website", "collectionpage" …). */
  types: string[];
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

// Wrappers some sites leave around the JSON: HTML comments and CDATA markers.
const WRAPPERS = /^\s*(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/|<!\[CDATA\[)|(?:-->|\/\*\s*\]\]>\s*\*\/|\]\]>)\s*$/g;

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

/** Flattens arrays and @graph into a list of objects, breadth-first, bounded. */
function flatten(root: Json): JsonObject[] {
  const out: JsonObject[] = [];
  const queue: Json[] = [root];
  while (queue.length > 0 && out.length < 500) {
    const item = queue.shift() as Json;
    if (Array.isArray(item)) queue.push(...item);
    else if (isObject(item)) {
      out.push(item);
      const graph = item['@graph'];
      if (graph !== undefined) queue.push(graph);
    }
  }
  return out;
}

function text(v: Json | undefined): string | null {
  // (JSON-LD text is often written entity-encoded: "Assad&#8217;s")
  if (typeof v === 'string') return collapseSpace(decodeEntities(v)) || null;
  if (Array.isArray(v)) return text(v[0]);
  if (isObject(v)) return text(v['name'] ?? v['url'] ?? v['@value'] ?? v['contentUrl']);
  return null;
}

function names(v: Json | undefined): string[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.map((x) => (isObject(x) ? text(x['name']) : text(x))).filter((x): x is string => x !== null && !/^https?:/.test(x));
}

function toArticle(node: JsonObject): JsonLdArticle {
  return {
    headline: text(node['headline']) ?? text(node['name']),
    authors: names(node['author'] ?? node['creator']),
    datePublished: text(node['datePublished']) ?? text(node['dateCreated']),
    publisher: isObject(node['publisher']) ? text(node['publisher']['name']) : text(node['publisher']),
    image: text(node['image']) ?? text(node['thumbnailUrl']),
    description: text(node['description']),
    inLanguage: text(node['inLanguage']),
  };
}

export function readJsonLd(doc: Document): JsonLdInfo {
  const types: string[] = [];
  let article: JsonLdArticle | null = null;
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    let parsed: Json;
    try {
      parsed = JSON.parse((script.textContent ?? '').replace(WRAPPERS, '')) as Json;
    } catch {
      continue; // malformed JSON-LD is common; the other sources still apply
    }
    for (const node of flatten(parsed)) {
      const nodeTypes = typesOf(node);
      types.push(...nodeTypes);
      if (article === null && nodeTypes.some((t) => ARTICLE_TYPES.has(t))) article = toArticle(node);
    }
  }
  return { article, types };
}

/** True when a type list contains an article type. */
export const hasArticleType = (types: readonly string[]): boolean => types.some((t) => ARTICLE_TYPES.has(t));
