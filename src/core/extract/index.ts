/**
 * extract: the cleaned clone → the article body and its fields. Ordered steps:
 *   0. captions        "<span>… underground.</span><span>Credit</span>"      → parts spaced, a repeated label once
 *   1. hero image      the image just before the first paragraph          → lead image candidate
 *   2. focus           one <article>/<main> holds ≥ 90 % of paragraph text → only it is kept;
 *                      else one container does                           → only its grandparent is kept
 *   3. subheadings     "<p>DIPLOMATIC WINDOW</p>"                           → <h2>, numbered
 *   4. main content    Readability on the clone                             → body element
 *   5. restore         a heading Readability dropped between kept paragraphs → put back
 *   6. lead image      the body's opening image (with the caption the hero knew), else the hero,
 *                      else og:image                                          → header figure
 *   7. figures         a media-less figure whose caption holds paragraphs   → plain text;
 *                      a media label ("Image") beside the media             → dropped
 *   8. blocks          body → [{tag: 'p', text}, {tag: 'h2', text} …]; a heading the next paragraph
 *                      repeats (a slide's headline over its description)     → read once
 *   9. byline          the page's marked byline (never a dateline, "CAIRO —"); "By Mark Trevelyan"
 *                      as the first block, an author's photo                 → dropped (shown in header)
 *  10. title           the title repeated as the first heading               → dropped
 *  11. credits         "(Additional reporting by …)" among the last blocks   → Article.credits
 */
import type { ArticleMeta, LeadImage, TraceEntry } from '../types';
import { collapseSpace } from '../clean/normalize';
import { unshout } from '../text/capitals';
import { dropAuthorPhotos, dropBylineBlocks } from './byline';
import { tidyByline } from './byline-text';
import { tidyCaptions } from './captions';
import { collectBlocks, dropRepeatedHeadings, type BlockNode } from './collect-blocks';
import { takeCredits } from './credits';
import { dropMediaLabels, unwrapTextFigures } from './figures';
import { dropDuplicate, findHeroImage, isFurnitureImage, sameImage, takeCaptionBlock, takeOpeningImage } from './lead-image';
import { focusOnLandmark, focusOnTextBlock, measureParagraphs } from './focus';
import { readMainContent } from './main-content';
import { isDateline, pageByline } from './page-byline';
import { markSubheadings, restoreSubheadings } from './subheadings';

export interface Extracted {
  meta: ArticleMeta;
  content: Element;
  blocks: BlockNode[];
  credits: string | null;
}

/** The datetime of the page's first <time datetime> (the publication time on article pages). */
function firstTime(doc: Document): string | null {
  for (const time of doc.getElementsByTagName('time')) {
    const value = time.getAttribute('datetime')?.trim();
    if (value !== undefined) return value || null;
  }
  return null;
}

const mapNull = (s: string | null, f: (s: string) => string): string | null => (s === null ? null : f(s));

export function extract(doc: Document, meta: ArticleMeta, metaImage: string | null, trace: TraceEntry[], maxElements: number): Extracted | null {
  const body = doc.body;
  if (!body) return null;
  const base = doc.baseURI && doc.baseURI !== 'about:blank' ? doc.baseURI : 'http://localhost/';
  const captions = tidyCaptions(body);
  if (captions > 0) trace.push({ stage: 'extract', rule: 'caption-parts', detail: `${captions} caption part(s) spaced or repeated label(s) dropped` });
  const hero = findHeroImage(body, base);
  const pageTime = firstTime(doc);
  // (the page's byline, read before the focus drops the header that holds it)
  const marked = meta.byline ? null : pageByline(body);
  const measure = measureParagraphs(body);
  const focus = focusOnLandmark(body, measure);
  if (focus) trace.push({ stage: 'extract', rule: 'focus-landmark', detail: `<${focus}> holds the article text` });
  // Inside a landmark, the engine keeps what sits beside the text (bylines, contents headings): no narrowing there.
  const depth = focus ? 0 : focusOnTextBlock(body, measure);
  if (depth > 0) trace.push({ stage: 'extract', rule: 'focus-text-block', detail: `the element ${depth} levels below <body> holds the article text` });
  const memos = markSubheadings(body);
  const main = readMainContent(doc, maxElements);
  if (!main) {
    trace.push({ stage: 'extract', rule: 'readability-null', detail: 'no article body found' });
    return null;
  }
  const restored = restoreSubheadings(main.content, memos);
  if (restored > 0) trace.push({ stage: 'extract', rule: 'restore-subheadings', detail: `${restored} heading(s) put back` });

  const opening = takeOpeningImage(main.content, base);
  // (the hero read before extraction still knew which block was its caption)
  const captioned = opening && !opening.caption && hero?.caption && sameImage(opening.src, hero.src) && takeCaptionBlock(main.content, hero.caption) ? { ...opening, caption: hero.caption } : opening;
  const found: LeadImage | null = captioned ?? hero ?? (metaImage && !isFurnitureImage(metaImage) ? { src: metaImage, alt: '', caption: null } : null);
  const leadImage = found && dropDuplicate(main.content, found, base);
  const labels = dropMediaLabels(main.content);
  if (labels > 0) trace.push({ stage: 'extract', rule: 'media-labels', detail: `${labels} label(s) such as “Image” dropped` });
  const slides = unwrapTextFigures(main.content);
  if (slides > 0) trace.push({ stage: 'extract', rule: 'text-figures', detail: `${slides} figure(s) without media read as text` });

  const blocks = collectBlocks(main.content);
  const repeated = dropRepeatedHeadings(blocks);
  if (repeated > 0) trace.push({ stage: 'extract', rule: 'repeated-heading', detail: `${repeated} heading(s) the next paragraph repeats` });
  const byline = tidyByline(meta.byline) ?? tidyByline(marked) ?? tidyByline(main.byline && !isDateline(main.byline) ? main.byline : null);
  const bylineBlock = dropBylineBlocks(blocks, byline);
  if (bylineBlock) trace.push({ stage: 'extract', rule: 'byline-block', detail: bylineBlock });
  const photos = dropAuthorPhotos(main.content, byline);
  if (photos > 0) trace.push({ stage: 'extract', rule: 'author-photo', detail: `${photos} photo(s) of the byline's authors` });
  const title = meta.title || main.title || '';
  const first = blocks[0];
  if (first && first.block.tag !== 'p' && collapseSpace(first.block.text).toLowerCase() === title.toLowerCase()) {
    blocks.shift();
    first.el.remove();
  }
  const credits = takeCredits(blocks);
  if (credits) trace.push({ stage: 'extract', rule: 'credits', detail: credits });

  return {
    meta: {
      url: meta.url,
      title,
      // ("MARIA OKAFOR" → "Maria Okafor": a byline written in capitals reads in the case of a name)
      byline: mapNull(byline ?? tidyByline(bylineBlock), unshout),
      siteName: meta.siteName ?? main.siteName,
      publishedTime: meta.publishedTime ?? main.publishedTime ?? pageTime,
      lang: meta.lang ?? main.lang,
      excerpt: meta.excerpt ?? main.excerpt ?? (blocks[0]?.block.text.slice(0, 200) || null),
      leadImage,
    },
    content: main.content,
    blocks,
    credits,
  };
}
