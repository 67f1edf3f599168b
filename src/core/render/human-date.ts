/**
 * The reader view's date line: "2022-01-27T14:05:00Z" → "January 27, 2022" (UTC, the day the page
 * gives). US English, the language of most pages and the fallback for an unknown one, is spelled from a
 * month table; other languages go through Intl. The first Intl object a tab builds loads the
 * locale data (17–40 ms in a fresh Chromium tab, as long as the rest of the pipeline), so the common
 * case never pays for it; the unit tests hold the table to Intl's own output.
 */

/** DATA: month names as Intl's 'en' long date style spells them. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Language tags whose long date is "Month D, YYYY" (Intl 'en' and 'en-US'); null: the page declares none. */
const MONTH_FIRST = /^en(?:-us)?$/i;

/** One formatter per other language: building an Intl.DateTimeFormat costs more than the rest of the header. */
const FORMATTERS = new Map<string, Intl.DateTimeFormat | null>();

/** The language's formatter, or null when Intl does not know the tag (the table then serves). */
function formatterFor(lang: string): Intl.DateTimeFormat | null {
  let formatter = FORMATTERS.get(lang);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    } catch {
      formatter = null;
    }
    // Page languages are few; a page that declares odd ones does not grow the cache without bound.
    if (FORMATTERS.size < 50) FORMATTERS.set(lang, formatter);
  }
  return formatter;
}

const monthFirst = (date: Date): string => `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;

/** The long date of `value` in `lang`; anything unparseable is shown as given. */
export function humanDate(value: string, lang: string | null): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const formatter = lang && !MONTH_FIRST.test(lang) ? formatterFor(lang) : null;
  if (formatter) return formatter.format(date);
  // (a year before 1 AD is left to Intl, which counts it in eras: year 0 is "1")
  return date.getUTCFullYear() > 0 ? monthFirst(date) : (formatterFor('en') as Intl.DateTimeFormat).format(date);
}
