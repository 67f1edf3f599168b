import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { humanDate } from '../../../../src/core/render/human-date';

describe('humanDate', () => {
  test.each([
    ['2022-01-27T09:48:12-05:00', 'en', 'January 27, 2022'],
    ['2022-01-27T23:30:00-05:00', null, 'January 28, 2022'],
    ['2024-02-12T07:30:00Z', 'en-GB', '12 February 2024'],
    ['2024-02-12T07:30:00Z', 'de', '12. Februar 2024'],
    ['2024-02-12T07:30:00Z', 'EN-us', 'February 12, 2024'],
    ['not a date', 'en', 'not a date'],
    ['2024-02-12', 'xx-invalid-locale-tag-!', 'February 12, 2024'],
  ])('%s (%s) → %s', (value, lang, want) => expect(humanDate(value, lang)).toBe(want));

  test('the month table spells every date as Intl does for US English', () => {
    const intl = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('+020000-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        expect(humanDate(date.toISOString(), 'en')).toBe(intl.format(date));
        expect(humanDate(date.toISOString(), null)).toBe(intl.format(date));
      }),
      { numRuns: 2000 },
    );
  });

  test('a year before 1 AD is written as Intl writes it', () => {
    const intl = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
    for (const iso of ['0000-06-01T00:00:00Z', '-000050-01-01T00:00:00Z']) expect(humanDate(iso, 'en')).toBe(intl.format(new Date(iso)));
  });

  test('a US English date never touches Intl (its first use in a tab loads the locale data)', () => {
    const format = vi.spyOn(Intl.DateTimeFormat.prototype as unknown as { format: unknown }, 'format', 'get');
    try {
      expect(humanDate('2023-07-04T12:00:00Z', 'en')).toBe('July 4, 2023');
      expect(humanDate('2023-07-04T12:00:00Z', null)).toBe('July 4, 2023');
      expect(format).not.toHaveBeenCalled();
    } finally {
      format.mockRestore();
    }
  });
});
