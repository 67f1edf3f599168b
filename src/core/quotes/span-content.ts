/**
 * Where the words a cue attributes start and end in its sentence: past a listener ("told reporters"),
 * adverbials ("said on Monday in an interview") and "that"; up to a second verb of the same subject
 * ("X said A, but lamented B") and without the final period or a dangling conjunction.
 */
import { firstFrom } from '../text/search';
import { MASK, type Cue, type Paragraph, type Token } from './model';
import { UTTERED_QUOTE } from './direct-shapes';
import { TAIL_CUTS } from './span-shapes';
import { WEEKDAYS } from '../text/words';

const TRIM_END = /[\s,;:\u2014\u2013-]+$/;
const TRIM_START = /^[\s,;:\u2014\u2013-]+/;
const TIME = new RegExp(`^(?:${WEEKDAYS}|today|yesterday|tonight|earlier|later|recently|previously|also|again|then|repeatedly|publicly|privately|last|this|week|month|year|morning|afternoon|evening|night|\\d+)$`);
const ADVERBIAL_PREP = /^(?:of|on|in|at|by|during|via|through|to|while|after|before|last|this|late|early|over|from|outside|inside|with|when)$/;
/** Quote verbs whose "to" opens what was said ("referring to X"), unlike a listener ("spoke to reporters"). */
export const TO_OBJECT = /^(?:referred|refers|referring|pointed|points|pointing)$/;
/** Verbs whose listener is followed by what they ask for, as an infinitive ("urged voters to …"). */
const INFINITIVE_OBJECT = /^(?:urged|urges|urging|urge|asked|asks|asking|ask|told|tells|telling|tell|reminded|reminds|remind)$/;
/** Verbs whose "to" opens an infinitive, what was promised ("vowed to repeal the law, …"), never an adverbial. */
const TO_INFINITIVE = /^(?:vowed|vows|vowing|vow|pledged|pledges|pledging|pledge|promised|promises|promising|promise|threatened|threatens|threatening|agreed|agrees|agree|offered|offering|refused|refuses|declined|declines)$/;
/** Words after "to" that start a noun phrase, not an infinitive ("promised to the voters"). */
const TO_NOUN = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|me|us|you|it|all|every|each)$/;
/** Words that end a listener ("told reporters that …"). */
const LISTENER_STOP = /^(?:that|to|of|on|in|at|about|whether|if|how|why|what|he|she|they|it|we|i)$/;

/** Where the attributed words start after the cue: past a listener, adverbials and "that". */
export function contentStart(p: Paragraph, cue: Cue, limit: number): number {
  const { tokens } = p;
  let i = firstFrom(tokens, cue.order === 'after' || cue.frame === 'according' ? cue.end : cue.verbEnd);
  const at = (k: number): Token | undefined => ((tokens[k]?.start ?? Infinity) < limit ? tokens[k] : undefined);
  if (cue.frame === 'object') {
    // "told reporters", "told the Associated Press", "urged voters"
    let k = i;
    const det = at(k)?.type === 'word' && /^(?:the|a|an|his|her|their|its|our)$/.test(at(k)!.low);
    if (det) k++;
    if (at(k)?.cap) {
      // "told Reuters", "told the Associated Press", "told CNN's Jake Tapper"
      while (at(k)?.cap || (at(k - 1)?.text.match(/['’]s$/) && at(k)?.type === 'word')) k++;
    } else if (at(k)?.type === 'word' && !LISTENER_STOP.test(at(k)!.low)) {
      // "told reporters", "told a news conference"
      k++;
      if (det && at(k)?.type === 'word' && !LISTENER_STOP.test(at(k)!.low) && !/^(?:the|a|an|he|she|they|it|we|i)$/.test(at(k)!.low) && at(k + 1)?.type === 'word' && /^(?:that|on|in|at|he|she|they|it|we|the)$/.test(at(k + 1)!.low)) k++;
    }
    i = k;
    // "urged the rest of the board to compromise": what is urged starts at its infinitive
    let to = i;
    while (to < i + 8 && at(to)?.type === 'word' && at(to)!.low !== 'to' && !LISTENER_STOP.test(at(to)!.low)) to++;
    if (INFINITIVE_OBJECT.test(cue.verb) && at(to)?.low === 'to' && at(to + 1)?.type === 'word') return (tokens[to] as Token).start;
  }
  if ((cue.verb === 'put' || cue.verb === 'puts') && at(i)?.low === 'it') i++;
  // "pointing out that …": the particle of a phrasal verb is no part of what was said
  if (TO_OBJECT.test(cue.verb) && at(i)?.low === 'out') i++;
  for (let guard = 0; guard < 4; guard++) {
    const t = at(i);
    if (!t) break;
    if (TIME.test(t.low)) i++;
    // ("vowed to repeal the law, …": an infinitive after a verb of promising is what was said)
    else if (t.low === 'to' && TO_INFINITIVE.test(cue.verb) && at(i + 1)?.type === 'word' && !at(i + 1)!.cap && !TO_NOUN.test(at(i + 1)!.low)) break;
    // ("referring to X", "pointed to X": the preposition of a quote verb opens its object)
    else if (t.type === 'word' && ADVERBIAL_PREP.test(t.low) && !(t.low === 'of' && (cue.frame === 'quote' || cue.frame === 'object')) && !(t.low === 'to' && TO_OBJECT.test(cue.verb) && i === firstFrom(tokens, cue.verbEnd))) {
      let k = i + 1;
      while (k < i + 12 && at(k) && at(k)!.type === 'word' && at(k)!.low !== 'that') k++;
      const stop = at(k);
      if (at(i + 1) && TIME.test(at(i + 1)!.low)) i += 2;
      else if (stop && (stop.low === 'that' || stop.low === ',' || stop.low === ':')) i = k + 1;
      else if (!stop && k <= i + 5) return limit; // "said in a follow-up interview." — only an adverbial follows
      else break;
    } else if (t.low === 'that' || t.low === ',' || t.low === ':') i++;
    else break;
  }
  return tokens[i] && (tokens[i] as Token).start < limit ? (tokens[i] as Token).start : limit;
}

/** "X said A, but lamented B": a second verb of the same subject ends the first one's content; so does
 * the question it answered ("X said A when asked if B"). */
const NEXT_VERB = /,\s+(?:but|and)\s+(?:also\s+|later\s+|then\s+)?(?:(?:has|have|had)\s+(?:also\s+)?\p{Ll}+ed|\p{Ll}+ed|did|didn['’]t|does|doesn['’]t|declined|refused)\b|,\s+but\s+(?!that\b|\u2592)|,?\s+when\s+asked\b/u;

/** Subordinators and prepositions that open an adverbial at the start of a report ("that by refusing …, Democrats are"). */
const REPORT_OPENER = /^(?:by|if|when|whenever|after|before|while|because|although|though|since|unless|until|once|despite|without)\s/i;

/** Before a cue the words it attributes start after the last contrast: "X is not running, but his
 * speech will matter, according to Y" → "his speech will matter". */
const LAST_CONTRAST = /^.*,\s+but\s+/su;

/** The last character of the first quotation in masked[start, end), or -1. */
function firstQuoteEnd(masked: string, start: number, end: number): number {
  const i = masked.indexOf(MASK, start);
  if (i < 0 || i >= end) return -1;
  let j = i;
  while (masked[j + 1] === MASK) j++;
  return j;
}

export function region(p: Paragraph, from: number, to: number, beforeCue = false): { start: number; end: number; masked: string } {
  let start = from;
  let end = to;
  const contrast = beforeCue ? LAST_CONTRAST.exec(p.masked.slice(from, to)) : null;
  if (contrast) start = from + contrast[0].length;
  const verb = NEXT_VERB.exec(p.masked.slice(start, to));
  if (verb) end = start + verb.index;
  // "called for answers, while chanting, “Slow down, don't close.”": a quotation after a verb of uttering is words of its own
  const uttered = beforeCue ? null : UTTERED_QUOTE.exec(p.masked.slice(start, end));
  if (uttered && uttered.index > 0) end = start + uttered.index;
  // after its first quotation, the content ends where the writer's own clause begins
  const first = beforeCue ? -1 : firstQuoteEnd(p.masked, start, end);
  if (first >= start) {
    // (a comma typed inside the closing mark still ends the quotation's clause: "a “dreamer,” a gentle jab")
    const comma = /[,][\u201D"\u2019']$/.test(p.text.slice(first - 1, first + 1)) ? ',' : '';
    const tail = comma + p.masked.slice(first + 1, end);
    // ("said that by refusing to say “radical Islam,” Democrats are …": after an opening adverbial of the report its main
    // clause is still the report)
    const opened = REPORT_OPENER.test(p.masked.slice(start, first).trimStart());
    for (const c of TAIL_CUTS) {
      if (opened && c.id === 'new-clause') continue;
      const m = c.pattern.exec(tail);
      if (m) end = Math.min(end, first + 1 + Math.max(0, m.index - comma.length));
    }
  }
  while (start < end && TRIM_START.test(p.masked[start] as string)) start++;
  while (end > start && TRIM_END.test(p.masked[end - 1] as string)) end--;
  // a sentence's final period belongs to nobody; nor does a conjunction before the next cue
  for (;;) {
    while (end > start && /[.?!]/.test(p.masked[end - 1] as string)) end--;
    const tail = /\s+(?:and|but|or|while|as|so|because|although|though|whereas)$/i.exec(p.masked.slice(start, end));
    if (!tail) break;
    end -= tail[0].length;
    while (end > start && TRIM_END.test(p.masked[end - 1] as string)) end--;
  }
  return { start, end, masked: p.masked.slice(start, end) };
}
