/** Character references in text no HTML parser has read (JSON-LD values). */
import { describe, expect, test } from 'vitest';
import { decodeEntities } from '../../../../src/core/text/html-entities';

describe('decodeEntities', () => {
  test.each([
    ['a decimal reference', 'Assad&#8217;s troops', 'Assad\u2019s troops'],
    ['a hex reference', 'It&#x2019;s', 'It\u2019s'],
    ['named punctuation', '&ldquo;Yes&rdquo; &mdash; Q&amp;A', '\u201CYes\u201D \u2014 Q&A'],
    ['a reference outside the plane of surrogates', 'smile &#128512;', 'smile \u{1F600}'],
    ['accented letters', 'Ren&eacute; M&uuml;ller &Ccedil;elik &szlig;', 'Ren\u00e9 M\u00fcller \u00c7elik \u00df'],
    ['one pass only', '&amp;lt;b&amp;gt;', '&lt;b&gt;'],
  ])('%s', (_name, input, expected) => expect(decodeEntities(input)).toBe(expected));

  test.each([
    ['hard negative: an ampersand in text', 'AT&T and R&D', 'AT&T and R&D'],
    ['hard negative: an unknown name stays as written', 'a &notanentity; here', 'a &notanentity; here'],
    ['hard negative: no semicolon, no reference', 'Tom &amp Jerry', 'Tom &amp Jerry'],
    ['a null or surrogate reference reads as the replacement character', '&#0; &#xD800;', '\uFFFD \uFFFD'],
  ])('%s', (_name, input, expected) => expect(decodeEntities(input)).toBe(expected));
});
