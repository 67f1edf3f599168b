/**
 * The verb group a speech verb closes: negation, auxiliaries and a verb taking an infinitive
 * between the subject and the speech verb ("Reid would not say", "she didn't mention", "he went on to
 * explain", "Cruz seemed to mock"). The subject is found before the group's first word.
 */
import type { Token } from './model';

/** DATA: the parts of a verb group, walking back from the speech verb; one pattern per kind. */
const CHAIN_PARTS: readonly { pattern: RegExp; reason: string }[] = [
  // "would not say", "has never mentioned", "didn't respond", "won’t say"
  { pattern: /^(?:not|never|\p{L}+n['’]t)$/u, reason: 'negation' },
  // "did not say", "could have said", "may now ask": auxiliaries and modals
  { pattern: /^(?:did|does|do|could|can|may|might|should|must|will|would|has|have|had|also|still|yet|now|even|simply|publicly|immediately|repeatedly|again|ever|further)$/, reason: 'auxiliary' },
];
/** Verbs and adjectives whose infinitive ("seemed to suggest", "went on to explain", "is likely to
 * stress") is the speech act of their subject (never a refusal: "declined to say how many" reports nothing). */
const CATENATIVE = /^(?:wants?|wanted|tri(?:es|ed)|try|seeks?|sought|continu(?:es?|ed)|beg[ai]ns?|(?:start|seem|appear|intend|expect)(?:s|ed)?|went|plans|planned|hop(?:es|ed)|decided|chose|likely|poised|struggled|moved|ready|eager|quick|careful)$/;

/** The verb group ending before the speech verb at `vi`: its first token (`vi` when there is none) and
 * whether it holds a negation or an infinitive (`marked`: auxiliaries alone are read as before). */
export function verbGroup(tokens: readonly Token[], vi: number, lo: number): { start: number; marked: boolean } {
  let i = vi - 1;
  let start = vi;
  while (i >= lo) {
    const t = tokens[i] as Token;
    if (t.type !== 'word') break;
    if (t.low === 'to') {
      // "seemed to suggest", "went on to explain"
      const head = tokens[i - 1]?.low === 'on' && tokens[i - 2]?.low === 'went' ? i - 2 : i - 1;
      if (head < lo || !CATENATIVE.test((tokens[head] as Token).low)) break;
      i = head - 1;
      start = head;
      continue;
    }
    if (!CHAIN_PARTS.some((p) => p.pattern.test(t.low))) break;
    i--;
    start = i + 1;
  }
  const marked = tokens.slice(start, vi).some((t) => t.low === 'to' || CHAIN_PARTS[0]!.pattern.test(t.low));
  return { start, marked };
}
