/**
 * "As (first) reported by X," attributes what its sentence says to X, as "according to X" does; and a subject with
 * its verb after an "according to" source is the clause it reports, never a role of the source ("According to the
 * Gazette, inspectors found over 1,300 invoices").
 */
import { describe, expect, test } from 'vitest';
import { speakerAndText as quotes } from '../../../helpers/quotes';

describe('"as reported by" and the clause after an "according to" source', () => {
  test.each([
    ['"As reported by X," opening the sentence', 'As reported by the Daily Gazette, the mayor was told about the leak in May.', [['Daily Gazette', 'the mayor was told about the leak in May']]],
    ['", as first reported by X" closing it', 'The coalition began booking radio spots in four counties last month, as first reported by the Daily Gazette.', [['Daily Gazette', 'The coalition began booking radio spots in four counties last month']]],
    ['a clause after an "according to" source', 'According to the Daily Gazette, inspectors found over 1,300 invoices in the warehouse.', [['the Daily Gazette', 'inspectors found over 1,300 invoices in the warehouse']]],
    // hard negatives
    ['hard negative: a role after an "according to" source', 'According to Jane Smith, a spokeswoman, the plant will close.', [['Jane Smith', 'the plant will close']]],
    ['hard negative: "reported by" as a passive', 'The leak was reported by the Daily Gazette in May.', []],
    ['hard negative: a role with a past participle, closed by a comma', 'According to Jane Smith, a former tenured professor, the college was short of money for years.', [['Jane Smith', 'the college was short of money for years']]],
    ['hard negative: a role with an adverb and a participle', 'According to Omar Diaz, the recently retired judge, the court had lost its way.', [['Omar Diaz', 'the court had lost its way']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
