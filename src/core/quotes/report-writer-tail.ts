/**
 * DATA: the writer's own words closing a sentence after a report with no quotation in it — a clause of the
 * writer's with its own subject, a result participle, a dash aside — where what the cue reports ends
 * ("She urged the board to close the site, after she toured it last week" → "to close the site"); and the writer's
 * words after a quote verb's object or a participle's report ("praised the plan even as she doubted it").
 */
import { WEEKDAYS, wordCount } from '../text/words';
import type { Region } from './report-collector';

/** A subject of the writer's clause: a pronoun, a determiner and its noun, or one to three capitalised words. */
const SUBJECT = String.raw`(?:he|she|they|it|we|i|(?:the|a|an|his|her|their)\s+\p{L}+|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})`;
/** A finite verb of that clause. */
const FINITE = String.raw`(?:\p{Ll}+ed|is|was|were|are|has|had|have|will|would|can|could|did|does|said|told|made|won|took|gave|met|held|ran|came|went|\p{Ll}+s)`;
/** A weekday as written inside a sentence ("Thursday"). */
const WEEKDAY = WEEKDAYS.split('|').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|');
/** A spaced dash. */
const DASH = String.raw`\s(?:\u2014|\u2013|--|-)\s+`;
/** A second spaced dash: the aside does not close the sentence ("— a small party — was …"). */
const ANOTHER_DASH = /\s(?:\u2014|\u2013|--|-)\s/u;

/** DATA: participles of what followed a saying, after a comma ("…, throwing the talks into doubt", "…, forcing commuters onto ferries"). */
export const RESULT_PARTICIPLES = 'throwing|leading|prompting|drawing|sending|giving|making|raising|sparking|casting|setting|triggering|forcing|putting|bringing|signaling|signalling|marking|capping|ending|fueling|fuelling';

export const WRITER_TAILS: readonly { id: string; pattern: RegExp; closing?: boolean; reason: string }[] = [
  // "… to close the site, after she toured it last week": when the saying happened, a clause with its own subject
  { id: 'after-clause', pattern: new RegExp(String.raw`,\s+(?:after|before)\s+${SUBJECT}\s*(?:\p{Ll}+ly\s+)?${FINITE}\b`, 'u'), reason: 'time clause of the writer' },
  // "… told them to go home after Lopez was pressed about it": a time clause with a named subject (never after a span of
  // time, which belongs to the report: "the note came hours after Lopez announced …")
  { id: 'after-named-clause', pattern: new RegExp(String.raw`(?<!\b(?:hours|days|weeks|months|years|minutes|moments|shortly|right|just|soon|long|not))\s+(?:after|before)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:\p{Ll}+ed|was|were|had)\b`, 'u'), reason: 'time clause of the writer' },
  // "… to work together after a meeting Thursday aimed at …": the occasion of the saying, dated
  { id: 'after-occasion', pattern: new RegExp(String.raw`\s+(?:after|following|during)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:meeting|rally|interview|speech|visit|debate|session|call|summit|vote|hearing|conference|briefing)\s+(?:${WEEKDAY}|on\s+${WEEKDAY}|last|this|earlier)\b`, 'u'), reason: 'dated occasion of the saying' },
  // "… he cannot back the plan, throwing the talks into doubt": what the saying caused
  { id: 'result-participle', pattern: new RegExp(String.raw`,\s+(?:${RESULT_PARTICIPLES})\s`, 'u'), reason: 'result participle' },
  // "… will fight on to the end -- even as her rival closed in", "… a clear win - a result few expected"
  { id: 'dash-aside', pattern: new RegExp(String.raw`${DASH}(?:even\s+as|while|as|where|a|an|the\s+latter)\s`, 'u'), closing: true, reason: 'closing dash aside' },
  // "… the tide is turning — and the council is still debating …": a second clause of the writer after a dash
  { id: 'dash-and-clause', pattern: new RegExp(String.raw`${DASH}and\s+${SUBJECT}\s*${FINITE}\b`, 'u'), closing: true, reason: 'closing dash clause' },
  // "… she will name a woman as deputy, and Ms. Reyes is among the few …": a second clause with its own subject
  { id: 'and-clause', pattern: new RegExp(String.raw`,\s+(?:and|but)\s+(?:he|she|they|we|i|(?:both\s+)?(?:Mr\.|Ms\.|Mrs\.|Dr\.)?\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})\s*(?:also\s+|still\s+|already\s+)?${FINITE}\b`, 'u'), reason: 'coordinated clause of the writer' },
  // "… the fee rose to $40, which, in today's money, is …": a relative clause set off by its own commas
  { id: 'which-aside', pattern: /,\s+(?:which|who),\s/u, reason: 'relative clause with an aside' },
  // "… has only posted a note about the town, where hundreds remain without power": a place clause of the writer
  { id: 'where-clause', pattern: /,\s+where\s/u, reason: 'place clause of the writer' },
];

/** Words a report keeps before such a tail, at least. */
const MIN_REPORT_WORDS = 4;

/** What a report with no quotation in it says, without a closing tail of the writer's words. */
export function writerTail(content: Region): Region {
  if (content.masked.includes('\u2592')) return content;
  let cut = -1;
  for (const t of WRITER_TAILS) {
    const m = t.pattern.exec(content.masked);
    if (!m || (cut >= 0 && m.index >= cut) || wordCount(content.masked.slice(0, m.index)) < MIN_REPORT_WORDS) continue;
    // (a closing tail runs to the end: no second dash after it)
    if (t.closing && ANOTHER_DASH.test(content.masked.slice(m.index + m[0].length))) continue;
    cut = m.index;
  }
  return cut < 0 ? content : { start: content.start, end: content.start + cut, masked: content.masked.slice(0, cut) };
}

/**
 * The writer's words after a quote verb's object or a participle's report ("praised the plan even as she doubted
 * it", "spoke about the raid on condition of anonymity"): where the object ends. `participleOnly`: only after a
 * participle cue ("urging calm and asking …" is a series of participles; "the mandate for raising rents and cutting …"
 * is one object).
 */
export const OBJECT_TAILS: readonly { id: string; pattern: RegExp; participleOnly?: boolean; reason: string }[] = [
  // "… praised the plan even as she doubted it": a contrast of the writer's
  { id: 'even-as', pattern: /,?\s+even\s+as\s/u, reason: 'contrast clause of the writer' },
  // "… mocked his rivals now that the vote is over": the circumstance of the saying
  { id: 'now-that', pattern: /,?\s+now\s+that\s/u, reason: 'circumstance clause of the writer' },
  // "… spoke about the raid only on condition of anonymity": the terms of the saying
  { id: 'anonymity', pattern: /,?\s+(?:only\s+)?on\s+(?:the\s+)?condition\s+(?:of|that)\s/u, reason: 'terms of the saying' },
  // "… thanked the crowd before heading to the airport": a participle clause of the writer
  { id: 'participle-clause', pattern: /,?\s+(?:before|after|while)\s+\p{Ll}{3,}ing\s/u, reason: 'participle clause of the writer' },
  // "urging calm and asking the crowd to go home": the second participle of a series is another act
  { id: 'participle-series', pattern: /\s+and\s+(?:then\s+|also\s+)?\p{Ll}{3,}ing\s/u, participleOnly: true, reason: 'series of participles' },
];

/** Where a quote verb's object or a participle's report in `masked` ends (its length when nothing cuts it). */
export function objectEnd(masked: string, participle: boolean): number {
  let cut = masked.length;
  for (const t of OBJECT_TAILS) {
    if (t.participleOnly && !participle) continue;
    const m = t.pattern.exec(masked);
    if (m && m.index < cut && wordCount(masked.slice(0, m.index)) >= 1) cut = m.index;
  }
  return cut;
}
