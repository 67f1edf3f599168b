/**
 * Figures, after extraction.
 *
 * A figure whose media the clean removed (a social embed, a player) and whose caption holds
 * paragraphs or headings of its own is a gallery slide's text, not a caption: it is unwrapped, so the
 * text reads, and is quoted, as the article's. A media-less figure with a plain one-line caption
 * stays a caption.
 *
 * A label naming the kind of media beside it ("Image", "Photo", "Video": text for screen readers that
 * the page's CSS hides) is not part of the article and goes.
 */

/** Elements that make a figure a figure (its caption then describes them). */
const MEDIA = 'img, picture, video, audio, svg, canvas, iframe, object, embed, table, pre, blockquote, math';
const STRUCTURED = 'p, h1, h2, h3, h4, h5, h6, ul, ol';

function unwrapAs(el: Element, tag: string): void {
  const div = el.ownerDocument.createElement(tag);
  div.append(...el.childNodes);
  el.replaceWith(div);
}

/** Unwraps text-only figures in `content`; returns how many. */
export function unwrapTextFigures(content: Element): number {
  let count = 0;
  for (const figure of [...content.getElementsByTagName('figure')]) {
    if (figure.querySelector(MEDIA)) continue;
    const captions = [...figure.getElementsByTagName('figcaption')];
    if (!captions.some((c) => c.querySelector(STRUCTURED))) continue;
    for (const caption of captions) unwrapAs(caption, 'div');
    unwrapAs(figure, 'div');
    count++;
  }
  return count;
}

/** Whole text of a media-kind label. */
const MEDIA_LABEL = /^(?:image|photo|photograph|picture|video|graphic|illustration|audio)$/i;

/** Drops media-kind labels outside captions in the figures of `content`; returns how many. */
export function dropMediaLabels(content: Element): number {
  let count = 0;
  for (const figure of content.getElementsByTagName('figure')) {
    for (const el of [...figure.querySelectorAll('span, div, p')]) {
      if (el.firstElementChild || el.closest('figcaption') || !MEDIA_LABEL.test((el.textContent ?? '').trim())) continue;
      el.remove();
      count++;
    }
  }
  return count;
}
