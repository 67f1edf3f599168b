/**
 * The subject a participle or a coordinated verb shares when the sentence's own subject is not it: the
 * subject of the last coordinated clause ("…, and Emanuel fired his chief, acknowledging …") or the person a
 * relative clause describes ("Okafor, who endorsed Stroud and said …").
 */
import { phraseAfter, phraseBefore } from './mentions';
import type { Mention, Token } from './model';

/** A finite verb after a clause's subject: past tense, present third person or a common irregular. */
const FINITE = /^(?:\p{Ll}{2,}(?:ed|s)|was|is|has|had|did|went|told|said|brought|made|took|gave|kept|spoke|wrote|met|ran|sent|got|came|saw|put|left|won|lost)$/u;

/**
 * The subject of the clause a participle closes when a coordinated clause with its own subject comes
 * last: "prosecutors charged the officer and Emanuel fired his chief, acknowledging …", "…, but Wallace
 * brought him back, asking …" — never a pair of names ("Trump and Clinton met, saying").
 */
export function lastClauseSubject(text: string, tokens: readonly Token[], lo: number, vi: number): Mention | null {
  for (let c = vi - 2; c > lo; c--) {
    const t = tokens[c] as Token;
    if (t.type === 'quote' || t.low === ';') return null;
    if (t.low !== 'and' && t.low !== 'but') continue;
    const before = tokens[c - 1] as Token;
    // (the clause before must be over: a lower-case word, a comma or a quotation ends it; never "Trump and
    // Clinton", "Sen. Jane Doe (D-Md.) and Sen. John Roe")
    if (!(before.type === 'quote' || before.low === ',' || (before.type === 'word' && !before.cap))) continue;
    const np = phraseAfter(text, tokens, c + 1, vi);
    const verb = np ? tokens[np.next] : undefined;
    if (!np || np.mention.type === 'nominal' || np.mention.org || !verb || np.next >= vi - 1 || verb.type !== 'word' || !FINITE.test(verb.low)) continue;
    return np.mention;
  }
  return null;
}

/**
 * The person a relative clause describes when the verb is coordinated inside it: "Okafor, who endorsed
 * Stroud in May and said he would campaign with her, …" → Okafor (only "who": never "the ministry, which …").
 */
export function relativeSubject(text: string, tokens: readonly Token[], lo: number, vi: number): Mention | null {
  for (let w = vi - 1; w > lo + 1; w--) {
    const t = tokens[w] as Token;
    if (t.type === 'quote' || t.low === ',' || t.low === ';') return null;
    if (t.low !== 'who' || tokens[w - 1]?.low !== ',') continue;
    return phraseBefore(text, tokens, w - 2, lo);
  }
  return null;
}

