import { describe, expect, test } from 'vitest';
import { foldText, markText } from '../../src/content/mark-quotes';
import { pageWindow } from './fixtures';

function block(html: string): HTMLElement {
  const view = pageWindow('<!doctype html><html><body><p id="b"></p></body></html>');
  const p = view.document.getElementById('b')!;
  p.innerHTML = html;
  return p;
}

describe('foldText', () => {
  test.each([
    ['curly quotes', '“It’s fine”', '"it\'s fine"'],
    ['whitespace runs and nbsp', 'a \u00a0\n b', 'a b'],
    ['dashes', 'pre\u2013war \u2014 now', 'pre-war - now'],
    ['leading and trailing space', '  x  ', 'x'],
  ])('%s', (_name, input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe('markText', () => {
  test.each<[string, string, string, string[]]>([
    ['plain text', 'He said it was “a good day” for all.', 'a good day', ['a good day']],
    ['across inline elements', 'He said <em>it</em> was <a href="#">fine</a> today.', 'it was fine', ['it', ' was ', 'fine']],
    ['typographic vs straight quotes', 'She said: “It’s over.”', "It's over.", ['It’s over.']],
    ['different case and spacing', 'THE  Talks   were useful', 'the talks were useful', ['THE  Talks   were useful']],
    [
      'a long quote whose middle differs (an elision)',
      'He said: “We have always been ready to talk to our neighbours, and we said so many times, and we remain ready to talk on fair terms.” Then he left.',
      'We have always been ready to talk to our neighbours … and we remain ready to talk on fair terms.',
      ['We have always been ready to talk to our neighbours, and we said so many times, and we remain ready to talk on fair terms.'],
    ],
  ])('finds %s', (_name, html, quote, expected) => {
    const b = block(html);
    const marks = markText(b, quote, 'q');
    expect(marks.map((m) => m.textContent)).toEqual(expected);
    expect(b.textContent).toBe(block(html).textContent); // text unchanged
  });

  test.each([
    ['text that is not there', 'Nothing to see.', 'something else'],
    ['an empty quote', 'Some text.', '   '],
    ['a short quote with a different middle', 'we will win', 'we may win'],
  ])('marks nothing for %s', (_name, html, quote) => {
    const b = block(html);
    expect(markText(b, quote, 'q')).toEqual([]);
    expect(b.querySelector('.q')).toBeNull();
  });
});
