/**
 * Speech verbs that take their speaker from the rest of the sentence: a participle (", adding …", "while saying
 * …", "Noting that A, Trump reminded …") and a verb coordinated with the sentence's own ("… and said …", "… but
 * added …", a past form in a series of the speaker's verbs after a comma). The speaker is the one an earlier cue
 * of the sentence names, else the subject of the sentence or of the clause the verb continues.
 */
import type { Cue, Mention, Paragraph, Token } from './model';
import { sentenceSubject } from './cue-sentence-subject';
import { lastClauseSubject, relativeSubject } from './cue-clause-subject';
import { adverbsStart } from './cue-verb-chain';
import { verbSeries } from './cue-clause-links';

/** Words that may open a sentence before a participle ("And in explaining …", "After arguing …"). */
const OPENING_WORDS = /^(?:and|but|now|in|after|before|while|when|by|upon|since|on|without)$/;

/** When the speech verb at `vi` (its verb group from `groupStart`; the sentence's words `lo`–`hi`) shares a speaker
 * named elsewhere in its sentence: that speaker (null when none is read) and where the cue's own words start; else
 * null. `earlier`: the cues found before it in the sentence. */
export function participleSpeaker(p: Paragraph, vi: number, groupStart: number, lo: number, hi: number, earlier: readonly Cue[]): { mention: Mention | null; start: number } | null {
  const { text, masked, tokens } = p;
  const verb = tokens[vi] as Token;
  const prev = tokens[vi - 1];
  const next = tokens[vi + 1];
  const ing = verb.low.endsWith('ing');
  // ", adding …", "while saying …", "… and said …", "… but added …": the sentence's subject speaks
  // (past the verb's auxiliaries: "… and has called for …", "… but would not say …")
  const joint = tokens[groupStart - 1];
  // ("has mocked a reporter, referred to immigrants as “rapists” and …": a past form after a comma, in a series of
  // verbs of the sentence's speaker, shares that speaker)
  const series = !ing && verbSeries(tokens, vi, masked, earlier);
  const coordinated = (joint && groupStart > lo && /^(?:and|but)$/.test(joint.low) && !ing) || series;
  // (a quotation closed by a comma counts as the comma: "… on “Morning Joe,” adding, “…”")
  const commaQuote = prev?.type === 'quote' && /,[\u201D"\u2019\u00BB]*$/.test(text.slice(prev.start, prev.end));
  // (past manner adverbs: "…, falsely suggesting that …", "and boldly claiming that …")
  const partLead = ing ? tokens[adverbsStart(tokens, vi, lo) - 1] : prev;
  // ("Noting that A, Trump reminded …": a participle opening its sentence with "that" reports A for the subject after it)
  const openingThat = ing && vi === lo && next?.low === 'that';
  if (!((ing && vi > lo && partLead && (/^(?:,|while|when|and|upon|after|before|by|in|without)$/.test(partLead.low) || commaQuote)) || coordinated || openingThat)) return null;
  const previous = earlier.filter((c) => c.mention).pop();
  // ("In explaining why …, Clinton described …": a participle opening its sentence shares the subject after it)
  const opening = ing && tokens.slice(lo, vi).every((t) => t.type === 'word' && OPENING_WORDS.test(t.low));
  const mention = previous?.mention ?? (opening ? sentenceSubject(text, tokens, lo, hi) : null) ?? (ing ? lastClauseSubject(text, tokens, lo, vi) : relativeSubject(text, tokens, lo, vi)) ?? sentenceSubject(text, tokens, lo, vi);
  return { mention, start: commaQuote || openingThat ? verb.start : coordinated ? (joint as Token).start : (partLead as Token).start };
}
