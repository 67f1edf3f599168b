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
    ['a question after a word ending in a single letter', 'What about the 1990s? “It goes out here,” he said.', ['What about the 1990s?', '“It goes out here,” he said.']],
    ['a question after a single capital letter', 'What about plan B? “It goes out here,” he said.', ['What about plan B?', '“It goes out here,” he said.']],
    ['hard negative: an initial before a period', 'It was signed by John F. Kennedy.', ['It was signed by John F. Kennedy.']],
    ['a quotation right after a period, no space', 'He left the shop.“We were deceived.”', ['He left the shop.', '“We were deceived.”']],
    ['a sentence right after a closing quotation, no space', '“So do voters!”After the rally he left.', ['“So do voters!”', 'After the rally he left.']],
    ['hard negative: a closing quotation before a lower-case word', '“We wait,”he said.', ['“We wait,”he said.']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
