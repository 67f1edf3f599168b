/**
 * render: the extracted article → the reader view's markup, built with the clone's own document and
 * passed through the one sanitizer. Each body block carries data-vb-block="<index>" so the reader view
 * can highlight a quote by its paragraph index.
 *
 *   <article>
 *     <header><h1>Title</h1><p class="vb-byline">By …</p><p class="vb-meta">Site · <time datetime>…</time></p></header>
 *     <figure class="vb-lead"><img src alt><figcaption>Caption</figcaption></figure>
 *     <div class="vb-body"> … <p data-vb-block="0">…</p><h2 data-vb-block="3">…</h2> … </div>
 *     <footer class="vb-credits"><small>(Additional reporting by …)</small></footer>
 *   </article>
 */
import type { LeadImage } from '../types';
import type { BlockNode } from '../extract/collect-blocks';
import { humanDate } from './human-date';
import { ALLOWED_TAGS, sanitizeElementHtml } from './sanitize';

export interface RenderInput {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  leadImage: LeadImage | null;
  /** The article body element; its block elements are marked in place. */
  content: Element;
  blocks: readonly BlockNode[];
  credits: string | null;
}

const ALLOWED = new Set(ALLOWED_TAGS.map((t) => t.toUpperCase()));
const HEADING_FOR: Record<string, string> = { h2: 'H2', h3: 'H3', h4: 'H4' };

function el(doc: Document, tag: string, text?: string, cls?: string): HTMLElement {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** Gives a block element a tag the sanitizer keeps, so its data-vb-block mark survives. */
function keepable(node: BlockNode): Element {
  const wanted = HEADING_FOR[node.block.tag] ?? (ALLOWED.has(node.el.tagName) ? node.el.tagName : 'P');
  if (node.el.tagName === wanted) return node.el;
  const replacement = node.el.ownerDocument.createElement(wanted.toLowerCase());
  while (node.el.firstChild) replacement.append(node.el.firstChild);
  node.el.replaceWith(replacement);
  return replacement;
}

function header(doc: Document, input: RenderInput): HTMLElement {
  const head = el(doc, 'header');
  head.append(el(doc, 'h1', input.title));
  if (input.byline) head.append(el(doc, 'p', /^by\s/i.test(input.byline) ? input.byline : `By ${input.byline}`, 'vb-byline'));
  if (input.siteName || input.publishedTime) {
    const meta = el(doc, 'p', undefined, 'vb-meta');
    if (input.siteName) meta.append(el(doc, 'span', input.siteName, 'vb-site'));
    if (input.siteName && input.publishedTime) meta.append(' · ');
    if (input.publishedTime) {
      const time = el(doc, 'time', humanDate(input.publishedTime, input.lang));
      time.setAttribute('datetime', input.publishedTime);
      meta.append(time);
    }
    head.append(meta);
  }
  return head;
}

function leadFigure(doc: Document, image: LeadImage): HTMLElement {
  const figure = el(doc, 'figure', undefined, 'vb-lead');
  const img = el(doc, 'img');
  img.setAttribute('src', image.src);
  img.setAttribute('alt', image.alt);
  figure.append(img);
  if (image.caption) figure.append(el(doc, 'figcaption', image.caption));
  return figure;
}

/** The sanitized reader-view HTML of the article. */
export function renderArticle(input: RenderInput, view: Window & typeof globalThis): string {
  const doc = input.content.ownerDocument;
  input.blocks.forEach((node, index) => keepable(node).setAttribute('data-vb-block', String(index)));
  const article = el(doc, 'article');
  article.append(header(doc, input));
  if (input.leadImage) article.append(leadFigure(doc, input.leadImage));
  const body = el(doc, 'div', undefined, 'vb-body');
  body.append(...input.content.childNodes);
  article.append(body);
  if (input.credits) {
    const footer = el(doc, 'footer', undefined, 'vb-credits');
    footer.append(el(doc, 'small', input.credits));
    article.append(footer);
  }
  return sanitizeElementHtml(article, view);
}
