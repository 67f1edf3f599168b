/**
 * A reference list's entries quote the titles of cited works: never speech, whoever the paragraph names. Rows are
 * paragraphs in, the quotes found out (all entries written for these tests).
 */
import { describe, expect, test } from 'vitest';
import { quoteTexts } from '../../../helpers/quotes';

describe('a reference list quotes no one', () => {
  test.each<[string, string]>([
    ['a web source read on a day', '^ Vale, Ana (3 May 2019). "Why the Harbor Town Rebuilt Its Pier" . The Harbor Ledger. Retrieved 4 May 2019.'],
    ['a web source read on a US-style date', '^ "Council says the ferry will run again" . Tidewater Post. Retrieved on June 2, 2020. ^ Mott, Ben. "We will not sell the mill" . Retrieved 2020-06-03.'],
    ['an archived source', '^ "She said the pier was safe all along" . Port Gazette. Archived from the original on 2016-08-09.'],
    ['a cited book', 'Hale, Iris (2004). "The clerk said no: a history of the harbour board". Tidewater Press. ISBN 978-0-00-000000-2.'],
    ['a cited paper', 'Okafor, J. (2011). "Speech in small towns". Journal of Local Talk 4 (2): 11–19. doi:10.1000/abc123.'],
  ])('%s', (_name, paragraph) => {
    expect(quoteTexts(paragraph)).toEqual([]);
  });
  test.each<[string, string, string[]]>([
    // hard negatives: prose that speaks of a retrieval or an archive, with no citation's date or number
    ['hard negative: "retrieved" in prose', 'Divers retrieved the bell on Monday. "It was under the silt for a century," said Ana Vale, the harbour master.', ['It was under the silt for a century']],
    ['hard negative: an archive in prose', '"We archived from the original tapes every word he said," said Ben Mott, the station manager.', ['We archived from the original tapes every word he said']],
  ])('%s', (_name, paragraph, expected) => {
    expect(quoteTexts(paragraph)).toEqual(expected);
  });
});
