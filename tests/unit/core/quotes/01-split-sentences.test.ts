import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../../src/core/quotes/01-split-sentences';
import { findQuoteSpans, maskSpans } from '../../../../src/core/quotes/02-find-quote-spans';

function sentences(text: string): string[] {
  const spans = findQuoteSpans(text);
  return splitSentences(text, maskSpans(text, spans), spans).map((s) => text.slice(s.start, s.end).trim());
}

describe('sentences', () => {
  test.each([
    ['plain', 'One here. Two there.', ['One here.', 'Two there.']],
    ['abbreviated title', 'Sen. Ted Cruz spoke. He left.', ['Sen. Ted Cruz spoke.', 'He left.']],
    ['initial', 'Donald J. Trump spoke.', ['Donald J. Trump spoke.']],
    ['month abbreviation', 'On Jan. 27 he spoke.', ['On Jan. 27 he spoke.']],
    ['U.S. mid-sentence', 'The U.S. Secretary of State spoke.', ['The U.S. Secretary of State spoke.']],
    ['U.S. ending a sentence', 'Troops went to the U.S. He said so.', ['Troops went to the U.S.', 'He said so.']],
    ['never inside a quotation', '“We wait. We see,” he said.', ['“We wait. We see,” he said.']],
    ['a quotation ending a sentence', '“We wait.” Peskov left.', ['“We wait.”', 'Peskov left.']],
    ['missing space after a period', 'Trump said.Trump claimed it.', ['Trump said.', 'Trump claimed it.']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
