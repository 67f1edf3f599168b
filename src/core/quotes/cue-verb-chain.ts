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
/** Before a participle: the progressive's forms of "be" ("has been criticizing", "is saying", "was claiming"). */
const PROGRESSIVE = /^(?:is|was|are|were|am|been|be|['’]s|['’]re)$/;
/** Manner adverbs between a subject and its verb ("falsely suggesting", "boldly claiming", "flatly denied"). */
const MANNER = /^(?:falsely|forcefully|boldly|openly|privately|loudly|quietly|flatly|explicitly|directly|strongly|angrily|bluntly|clearly|incorrectly|wrongly|correctly|proudly|happily|sharply|harshly|effusively|vehemently|emphatically|pointedly|implicitly|essentially|basically|reportedly|personally|specifically)$/;
/** Words inside a verb group: "has since said", "Clinton herself also signaled" (an emphatic reflexive). */
const GROUP_INSERTS = /^(?:since|herself|himself|themselves|itself)$/;
/** Focus adverbs before a participle ("while also saying that …", ", again claiming …"). */
const FOCUS = /^(?:also|still|even|again|repeatedly|publicly)$/;
/** Verbs and adjectives whose infinitive ("seemed to suggest", "went on to explain", "is likely to
 * stress") is the speech act of their subject (never a refusal: "declined to say how many" reports nothing). */
const CATENATIVE = /^(?:wants?|wanted|tri(?:es|ed)|try|seeks?|sought|continu(?:es?|ed)|beg[ai]ns?|(?:start|seem|appear|intend|expect)(?:s|ed)?|went|plans|planned|hop(?:es|ed)|decided|chose|likely|poised|struggled|moved|ready|eager|quick|careful)$/;

/** The verb group ending before the speech verb at `vi`: its first token (`vi` when there is none) and
 * whether it holds a negation or an infinitive (`marked`: auxiliaries alone are read as before). */
export function verbGroup(tokens: readonly Token[], vi: number, lo: number): { start: number; marked: boolean } {
  let i = vi - 1;
  let start = vi;
  const ing = /ing$/.test((tokens[vi] as Token).low);
  let progressive = false;
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
    // ("has been criticizing", "is also saying": a progressive's "be" before a participle belongs to the group)
    const be = ing && PROGRESSIVE.test(t.low);
    // ("since" only after a perfect's auxiliary: "has since said", never "speeches since announcing")
    const insert = GROUP_INSERTS.test(t.low) && (t.low !== 'since' || /^(?:has|have|had)$/.test(tokens[i - 1]?.low ?? ''));
    if (!be && !MANNER.test(t.low) && !insert && !CHAIN_PARTS.some((p) => p.pattern.test(t.low))) break;
    if (be) progressive = true;
    i--;
    start = i + 1;
  }
  // (an insert hides the subject from the verb as a negation does: "She has since said", "Clinton herself signaled")
  const marked = progressive || tokens.slice(start, vi).some((t, k) => t.low === 'to' || (GROUP_INSERTS.test(t.low) && (t.low !== 'since' || k > 0)) || CHAIN_PARTS[0]!.pattern.test(t.low));
  return { start, marked };
}

/** The first of the manner adverbs right before the verb at `vi` ("…, falsely suggesting", "and boldly claiming"), or `vi`. */
export function adverbsStart(tokens: readonly Token[], vi: number, lo: number): number {
  let i = vi;
  while (i - 1 >= lo && (MANNER.test((tokens[i - 1] as Token).low) || FOCUS.test((tokens[i - 1] as Token).low))) i--;
  return i;
}
