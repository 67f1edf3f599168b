/** Name lines written in capitals read in the case of a name. */
import { describe, expect, test } from 'vitest';
import { unshout } from '../../../../src/core/text/capitals';

describe('unshout', () => {
  test.each([
    ['a name in capitals', 'MARIA OKAFOR', 'Maria Okafor'],
    ['two names joined', 'MARIA OKAFOR AND JOHN O’BRIEN', 'Maria Okafor and John O’Brien'],
    ['a hyphenated surname and a particle', 'MARIA VAN DER BERG-SMITH', 'Maria van der Berg-Smith'],
    ['a name and an outlet after a comma', 'JANE DOE, THE TIMES', 'Jane Doe, The Times'],
    ['an initialism after a comma', 'JANE DOE, AP', 'Jane Doe, AP'],
    ['an initialism after a dash', 'JANE DOE - CNN', 'Jane Doe - CNN'],
    ['an initialism after a bar', 'JANE DOE | BBC NEWS', 'Jane Doe | BBC News'],
    ['a "Mc" surname', 'JOHN MCCAIN', 'John McCain'],
    ['a Roman numeral', 'MARTIN LUTHER KING III', 'Martin Luther King III'],
    ['names in capitals joined by a lower-case word', 'PRIYA NAIR and TOMAS REYES', 'Priya Nair and Tomas Reyes'],
    // hard negatives: any lower-case letter, an initialism alone, no letters
    ['hard negative: mixed case stays', 'Maria Okafor and JOHN DOE', 'Maria Okafor and JOHN DOE'],
    ['hard negative: an initialism alone', 'AP', 'AP'],
    ['hard negative: a short surname inside a name is no initialism', 'JOHN LEE', 'John Lee'],
    ['hard negative: digits only', '2024', '2024'],
  ])('%s', (_name, input, expected) => expect(unshout(input)).toBe(expected));
});
