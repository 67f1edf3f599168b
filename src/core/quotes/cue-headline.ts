/**
 * Speech cues in a headline written in title case, where the verb is capitalised like every other
 * word: "Ferreira Says She’s Unlikely To Have A Warm Relationship With Okafor", "Newspaper Says Clinton
 * Needs To Quit". The words before the verb are the speaker, the words after it what was said (or, when the verb
 * closes the headline after a comma, the words before the comma: "…, Jo Park Says").
 */
import { subjectBefore } from './subject-before';
import { fallbackSubject } from './cue-fallback-subject';
import type { Cue, Paragraph, Token } from './model';

/** DATA: capitalised verb forms that report speech in a headline. */
const HEADLINE_VERBS: ReadonlyMap<string, Cue['frame']> = new Map([
  ['says', 'clause'], // "X Says Y"
  ['said', 'clause'], // "X Said Y"
  ['tells', 'object'], // "X Tells Reporters Y"
  ['warns', 'clause'], // "X Warns Y"
  ['claims', 'clause'], // "X Claims Y"
  ['insists', 'clause'], // "X Insists Y"
  ['admits', 'clause'], // "X Admits Y"
  ['predicts', 'clause'], // "X Predicts Y"
  ['vows', 'clause'], // "X Vows To Y"
  ['urges', 'object'], // "X Urges Y To Z"
]);
/** Short words that stay lower case in title case. */
const MINOR = /^(?:a|an|the|and|or|but|of|in|on|at|to|for|by|with|as|vs|from)$/;
/** Prepositions that open a topic, not what was said ("Says About Trade"). */
const TOPIC = /^(?:about|of|on|over|for|against|with|in|at|from|by)$/;
/** Words that make the headline's verb depend on them. */
const DEPENDENT = /^(?:what|how|why|when|where|whether|if|who|which)$/;
/** Share of longer words that must be capitalised for a sentence to be a title-case headline. */
const TITLE_SHARE = 0.8;

function isTitleCase(words: readonly Token[]): boolean {
  const major = words.filter((t) => !MINOR.test(t.low) && /\p{L}/u.test(t.text));
  return major.length >= 4 && major.filter((t) => t.cap).length >= TITLE_SHARE * major.length;
}

/** Cues of a title-case sentence (tokens lo…hi of the paragraph), or none. */
export function headlineCues(p: Paragraph, sentence: number, lo: number, hi: number): Cue[] {
  const words = p.tokens.slice(lo, hi).filter((t) => t.type === 'word');
  if (!isTitleCase(words)) return [];
  for (let vi = lo + 1; vi < hi; vi++) {
    const verb = p.tokens[vi] as Token;
    const frame = verb.cap ? HEADLINE_VERBS.get(verb.low) : undefined;
    if (!frame) continue;
    const mention = subjectBefore(p.text, p.tokens, vi, lo) ?? fallbackSubject(p.text, p.tokens, vi, lo);
    // ("‘…’ The Budget Is A Magic Trick With No Rabbit, Jo Park Says.": a closing verb after a comma attributes the
    // words before it)
    const closing = !!mention && hi - vi < 3 && /,\s*$/.test(p.masked.slice(p.tokens[lo]?.start ?? 0, mention.start));
    if (!mention || (hi - vi < 3 && !closing)) continue;
    // "What Trump Says About Trade": a clause that depends on its first word, or a verb with a topic, attributes nothing
    const lead = p.tokens.slice(lo, vi).findIndex((t) => t.start === mention.start);
    if (lead > 0 && DEPENDENT.test((p.tokens[lo + lead - 1] as Token).low)) continue;
    if (TOPIC.test(p.tokens[vi + 1]?.low ?? '')) continue;
    return [{ paragraph: p.index, sentence, verb: verb.low, verbStart: verb.start, verbEnd: verb.end, frame, order: 'before', mention, start: mention.start, end: verb.end }];
  }
  return [];
}
