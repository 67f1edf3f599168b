import { describe, expect, test } from 'vitest';
import { foldKey, normalizeQuoteMarks, normalizeSpace, splitParagraphs } from '../../../../src/core/text/normalize';
import { tokenize } from '../../../../src/core/text/tokenize';

describe('normalizeSpace', () => {
  test.each([
    ['a\u00A0b', 'a b'],
    ['  a \t\n b  ', 'a b'],
    ['soft\u00ADhy\u200Bphen', 'softhyphen'],
    ['no change', 'no change'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSpace(input)).toBe(expected);
  });
});

describe('normalizeQuoteMarks', () => {
  test.each([
    ["''We will win,'' he said.", '"We will win," he said.'],
    ['``Yes,\'\' she said.', '"Yes," she said.'],
    // hard negative: a single apostrophe stays
    ["Trump's plan", "Trump's plan"],
  ])('%j → %j', (input, expected) => {
    expect(normalizeQuoteMarks(input)).toBe(expected);
  });
});

describe('foldKey', () => {
  test.each([
    ['Zelenskiy', 'zelenskiy'],
    ['Çavuşoğlu', 'cavusoglu'],
    ['O’Malley', "o'malley"],
  ])('%s → %s', (input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });
});

describe('splitParagraphs', () => {
  test.each([
    ['one\n\ntwo', ['one', 'two']],
    ['one\n  \ntwo\n\n\n', ['one', 'two']],
    // one paragraph per line: a line ending a sentence ends its paragraph
    ['First sentence.\nSecond one.', ['First sentence.', 'Second one.']],
    // a line opening a quotation starts a paragraph
    ['“One.” ― Jane Doe\n“Two.” ― John Roe', ['“One.” ― Jane Doe', '“Two.” ― John Roe']],
    // hard negative: a hard-wrapped line inside a sentence is joined
    ['A sentence that wraps\nonto the next line.', ['A sentence that wraps onto the next line.']],
  ])('%j', (input, expected) => {
    expect(splitParagraphs(input)).toEqual(expected);
  });
});

describe('tokenize', () => {
  test.each([
    ['Sen. Ted Cruz said.', ['Sen.', 'Ted', 'Cruz', 'said']],
    ['U.S. officials', ['U.S.', 'officials']],
    ['Donald J. Trump', ['Donald', 'J.', 'Trump']],
    ['Peskov, a spokesman', ['Peskov', ',', 'a', 'spokesman']],
  ])('%j', (input, expected) => {
    expect(tokenize(input).map((t) => t.text)).toEqual(expected);
  });

  test('a masked quotation is one token', () => {
    expect(tokenize('\u2592\u2592\u2592 he said').map((t) => t.type)).toEqual(['quote', 'word', 'word']);
  });
});
