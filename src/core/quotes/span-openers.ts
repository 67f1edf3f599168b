/**
 * Words that cannot open what a speech verb reports after it: when the region after "X said" starts with one
 * of them, the verb has no object of its own there and the words are the writer's ("he said, and the crowd
 * cheered", "she spoke as Obama spoke from the East Room", "they said during the debate …").
 */
import { RESULT_PARTICIPLES } from './report-writer-tail';

/** DATA: openers (regex source) of a region after a cue that is no report; one row each, with its reason. */
const OPENERS: readonly { word: string; reason: string }[] = [
  { word: 'and', reason: 'a coordinated clause of the writer: "Smith said, and the crowd cheered"' },
  { word: 'but', reason: 'a contrast of the writer: "Smith spoke, but nobody listened"' },
  { word: 'as(?!\\s+(?:many|much|few|little|well|long|soon|far)\\b)', reason: 'a time clause: "Smith said as Obama spoke from the East Room" (never "as many as")' },
  { word: 'during', reason: 'a time adverbial: "Smith said during a rally in Iowa"' },
  { word: 'after', reason: 'a time adverbial: "Smith said after the vote in Ohio"' },
  { word: 'in', reason: 'a place or occasion adverbial: "Smith said in an interview with a local paper aired on Friday"' },
];

/** Words whose opening the region after a quote verb ("praised X") never reports from: a conjunction, or a
 * relative pronoun describing what came before ("announced it, which had been in the works"). */
const OBJECT_OPENERS = new Set(['and', 'but', 'which']);

const OPENER = new RegExp(`^(?:${OPENERS.map((o) => o.word).join('|')})\\s`, 'i');
const FIRST_WORD = /^[\p{L}]+/u;

/** A complementizer between the verb and its region: "said that as president he would …" reports what follows. */
const COMPLEMENT = /(?:^|\s)that\s*$/i;

/**
 * Participles that open a clause of what followed, not of what was said, after a comma ("the bridge will
 * close, the city said, forcing commuters onto ferries"); a participle right after the verb may be the report's
 * subject ("he said leaving was the hardest part").
 */
const CONSEQUENCE = new RegExp(String.raw`^,?\s*(?:${RESULT_PARTICIPLES})\s`, 'i');

/** Whether a region after a comma opens with a participle of what followed ("forcing commuters onto ferries"). */
export const opensConsequence = (masked: string): boolean => CONSEQUENCE.test(masked.trimStart());

/** Whether the region after a clause cue ("X said …") opens with a word that makes it no report (`lead`: the words
 * between the verb and the region; after "that" the region is the report whatever opens it). */
export const opensNoReport = (masked: string, lead = ''): boolean =>
  (OPENER.test(masked.trimStart()) && !COMPLEMENT.test(lead)) || (opensConsequence(masked) && (/,\s*$/.test(lead) || /^\s*,/.test(masked)));

/** Whether the region after a quote verb ("X praised …") opens with a conjunction: no object of its own. */
export const opensNoObject = (masked: string): boolean => OBJECT_OPENERS.has((FIRST_WORD.exec(masked.trimStart())?.[0] ?? '').toLowerCase());
