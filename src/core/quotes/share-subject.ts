/**
 * Shares of people as a speech verb's subject, as polls and surveys write them: "six in 10 said",
 * "47% say", "about three-fifths, 61 percent, say", "Majorities of tenants in four buildings say", "Nine in 10
 * Democratic voters say".
 */
import type { Mention } from './model';

/** A share ending right before the verb; it must open its clause (sentence start, punctuation or a
 * conjunction before it): "…, while another says". */
export const SHARE = new RegExp(
  String.raw`(?:^|[,;:(—–]\s*|\b(?:and|but|while|whereas|though|although)\s+)` +
    String.raw`((?:(?:about|nearly|almost|roughly|just|only|over|under|some|fully|barely)\s+)?(?:more|fewer|less)?(?:\s*than\s+)?` +
    String.raw`(?:\d+(?:\.\d+)?\s?(?:%|percent)|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+(?:\d+|ten)(?:\s+[a-z'’-]+){0,4}|(?:a|one|two|three)?\s*-?\s*(?:half|third|thirds|quarter|quarters|fourths?|fifths?)|majorit(?:y|ies)|most|another|others)` +
    String.raw`(?:\s+of\s+[^,;:.!?▒]{1,60}?)?(?:\s*,\s*(?:about\s+)?\d+\s?(?:%|percent)\s*,)?)\s*$`,
  'i',
);

/** The share written just before a verb (`before` is the sentence up to the verb), as a nominal mention. */
export function shareBefore(text: string, before: string, offset: number): Mention | null {
  const m = SHARE.exec(before);
  if (!m || m[1] === undefined) return null;
  const start = offset + m.index + m[0].length - m[1].length - (m[0].length - m[0].trimEnd().length);
  const phrase = text.slice(start, start + m[1].trimEnd().length).replace(/,$/, '').trim();
  return phrase ? { start, end: start + phrase.length, type: 'nominal', text: phrase, role: null, org: false } : null;
}
