/**
 * Cues that name a source rather than a speaker's verb:
 * - "quoted X as saying …" (active: X after "quoted"; passive: "X is quoted as saying", "“…,” X has been
 *   quoted as saying" — the passive's subject is the one quoted);
 * - "according to X": a person by name ("according to Jane Smith, a spokeswoman"), else the whole source as
 *   written ("according to a report by the agency").
 */
import { firstFrom } from '../text/search';
import { wordSet } from '../text/words';
import { sourcePhrase } from './cue-phrases';
import { phraseAfter } from './mentions';
import { relativeRole } from './speaker-relative-role';
import type { Cue, Mention, Paragraph, Token } from './model';
import { ACCORDING_RE } from './speech-verbs';
import { subjectBefore } from './subject-before';

/** Auxiliaries of a passive "is quoted as saying" ("was", "has been"). */
const PASSIVE_AUX = wordSet('is was were are been has have had');
/** A subject and its finite verb read as the role after an "according to" source: the clause it reports. */
const CLAUSE_ROLE = /^[\p{L}'’-]+\s+(?:\p{Ll}{2,}ed|found|said|told|had|has|was|were|is|are|will|would|could)\b/u;

/** True when the tokens from `i` read "is quoted as", "was quoted as", "has been quoted as". */
export function quotedAsAt(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (k < i + 2 && PASSIVE_AUX.has(tokens[k]?.low ?? '')) k++;
  return k > i && tokens[k]?.low === 'quoted' && tokens[k + 1]?.low === 'as';
}

/**
 * The one quoted before "as <verb>ing" at token `vi` of a sentence starting at `lo`, and where the cue starts;
 * null when no "quoted"/"cited" comes before it.
 */
export function quotedAsSpeaker(text: string, tokens: readonly Token[], lo: number, vi: number): { mention: Mention | null; start: number } | null {
  const q = tokens.slice(lo, vi).findIndex((t) => t.low === 'quoted' || t.low === 'quotes' || t.low === 'cited');
  if (q < 0) return null;
  const who = phraseAfter(text, tokens, lo + q + 1, vi - 1);
  // "“…,” Jo Park is quoted as saying", "Park was quoted as saying …": the passive's subject is the one quoted
  let aux = lo + q;
  while (aux > lo && PASSIVE_AUX.has((tokens[aux - 1] as Token).low)) aux--;
  const quotedOne = !who && aux < lo + q ? subjectBefore(text, tokens, aux, lo) : null;
  if (quotedOne) return { mention: quotedOne, start: quotedOne.start };
  let mention = who?.mention ?? null;
  // "quoted a senior official, Vladimir Ermakov, as saying"
  if (mention && mention.type === 'nominal' && who && tokens[who.next]?.low === ',') {
    const named = phraseAfter(text, tokens, who.next + 1, vi - 1);
    if (named && named.mention.type === 'name') mention = { ...named.mention, start: mention.start, role: named.mention.role ?? mention.text.replace(/^(?:the|a|an)\s+/i, '') };
  }
  return { mention, start: (tokens[lo + q] as Token).start };
}

/** The "according to" cues of sentence `si` (its tokens end before `hi`). */
export function accordingCues(p: Paragraph, si: number, hi: number): Cue[] {
  const { text, masked, tokens } = p;
  const s = p.sentences[si] as { start: number; end: number };
  const cues: Cue[] = [];
  for (const m of masked.slice(s.start, s.end).matchAll(ACCORDING_RE)) {
    const at = s.start + m.index;
    if (tokens[firstFrom(tokens, at)]?.start !== at) continue;
    const from = firstFrom(tokens, at + m[0].length);
    const source = phraseAfter(text, tokens, from, hi);
    // ("according to Omar Vidal, who runs a bakery on the quay, the crowds …": the source's relative
    // clause is part of the source, whatever it says, and the report starts after it)
    const relative = source && source.mention.type === 'name' && !source.mention.org ? relativeRole(text, tokens, source.next, hi) : null;
    const named = source && relative && tokens[relative.next]?.low === ',' ? { mention: { ...source.mention, role: source.mention.role ?? relative.role }, next: relative.next } : source;
    // (never a "role" that is the clause the source reports: "According to X, investigators found over 2,200 emails";
    // a role a comma closes stays one: "According to Jane Smith, a former tenured professor, the college …")
    const closedRole = !!named && tokens[named.next]?.low === ',';
    const clauseRole = !closedRole && CLAUSE_ROLE.test(named?.mention.role ?? '');
    const who = named && named.mention.type === 'name' && !named.mention.org && !clauseRole && tokens[named.next]?.type !== 'word' ? named : (sourcePhrase(text, tokens, from, hi) ?? (clauseRole ? null : named));
    if (!who) continue;
    const end = Math.max(who.mention.end, (tokens[who.next - 1] as Token).end);
    cues.push({ paragraph: p.index, sentence: si, verb: 'according to', verbStart: at, verbEnd: at + m[0].length, frame: 'according', order: 'after', mention: who.mention, start: at, end });
  }
  return cues;
}
