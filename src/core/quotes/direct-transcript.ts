/**
 * A transcript quoted as a block, each paragraph opening with a quotation mark and a speaker's label in
 * capitals ("“WALLACE: Let’s start with …", "“PENCE: Well, look, …"): the label, not the speaker in
 * context, says who speaks, and the words after it are the quote.
 */
import { tokenize } from '../text/tokenize';
import { labelKind } from './04b-find-colon-lines';
import { classify } from './mentions';
import type { Mention, Paragraph, QuoteSpan } from './model';

/** A label in capitals and a colon opening a quotation's words: "WALLACE: ", "JAKE TAPPER: ". */
const LABEL = /^((?:\p{Lu}[\p{Lu}.'’-]*\s+){0,3}\p{Lu}[\p{Lu}.'’-]{2,}):\s+(?=\S)/u;

/** The speaker named by the label opening span `s` and where its words start, or null. */
export function quotedTranscriptLabel(p: Paragraph, s: QuoteSpan): { mention: Mention; from: number } | null {
  const m = LABEL.exec(p.text.slice(s.innerStart, s.innerEnd));
  if (!m || !m[1] || labelKind(m[1]) !== null) return null;
  const end = s.innerStart + m[1].length;
  const words = tokenize(p.text.slice(0, end)).filter((t) => t.start >= s.innerStart && t.type === 'word');
  const found = classify(p.text, words, null);
  // (a speaker in capitals is a person, "PENCE:", never an acronym)
  return found && found.type === 'name' ? { mention: { ...found, org: false }, from: s.innerStart + m[0].length } : null;
}

/** A transcript's stage direction, all in parentheses: "(CROSSTALK.)", "(APPLAUSE)", "(LAUGHTER)" — no one's words. */
export const STAGE_DIRECTION = /^\(\s*[^()]*\)[.\s]*$/;
