import { describe, expect, test } from 'vitest';
import { findQuoteSpans, maskSpans } from '../../../../src/core/quotes/02-find-quote-spans';

const inner = (text: string) => findQuoteSpans(text).map((s) => text.slice(s.innerStart, s.innerEnd));

describe('quotation spans', () => {
  test.each([
    ['english curly', '“We are ready,” he said.', ['We are ready,']],
    ['straight', '"We are ready," he said.', ['We are ready,']],
    ['guillemets', '«Nous sommes prêts», a-t-il dit.', ['Nous sommes prêts']],
    ['low-high', '„Wir sind bereit“, sagte er.', ['Wir sind bereit']],
    ['single curly (headline style)', 'Trump: ‘I will win’ in Iowa', ['I will win']],
    ['nested single inside double', '“He told me ‘never’,” she said.', ['He told me ‘never’,']],
    ['two quotations split by attribution', '“A,” he said. “B.”', ['A,', 'B.']],
    ['straight opened, curly closed', '"I was hoping,” Graham said.', ['I was hoping,']],
    ['unclosed: runs to the paragraph end', '“This goes on', ['This goes on']],
  ])('%s', (_name, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  test.each([
    ['apostrophes', 'It’s the ’90s and they don’t care.'],
    ['inch mark after a number is not an opening', 'He is 6\'2" tall.'],
    ['no marks at all', 'Peskov said nothing.'],
  ])('no quotation: %s', (_name, text) => {
    expect(inner(text)).toEqual([]);
  });

  test('an unclosed quotation is marked as continuing', () => {
    expect(findQuoteSpans('He said: “First part of it.').map((s) => s.closed)).toEqual([false]);
  });

  test('masking keeps offsets', () => {
    const text = 'A “b c” d';
    const masked = maskSpans(text, findQuoteSpans(text));
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe('A \u2592\u2592\u2592\u2592\u2592 d');
  });
});

describe('a straight quote glued to the sentence before it', () => {
  test.each([
    ['opens after a period and before a capital', '"It was all lies," said the owner."We were deceived."', ['It was all lies,', 'We were deceived.']],
    ['hard negative: a closing mark before a capital still closes', '"We were deceived."He left.', ['We were deceived.']],
  ])('%s', (_name, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });
});
