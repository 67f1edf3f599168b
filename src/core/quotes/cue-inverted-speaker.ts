/**
 * Inverted attributions: the verb follows the words it attributes and the speaker follows the verb ("…, said
 * Ilse Marovic, an expert", "“…” said Peskov."). Read only where the verb stands after a comma, a dash or a
 * quotation, and where the phrase after it ends the clause ("said Smith in an interview", "said Smith, who …"),
 * never a clause of its own ("said people misunderstand him"); never after "told" (the name after it is the listener).
 */
import type { Cue, Mention, Paragraph, Sentence, Token } from './model';
import { phraseAfter } from './mentions';
import { describedNominal, DESCRIBED_BY } from './cue-phrases';
import { WEEKDAYS } from '../text/words';

/** What may follow an inverted speaker ("said Smith in an interview", "said Smith, who …"). */
const CLAUSE_END = new RegExp(`^(?:in|on|at|during|who|after|before|when|while|adding|according|of|last|this|earlier|${WEEKDAYS}|yesterday|today|tonight|and|but|as)$`);

/** "…, and it used “kid gloves” in the region, said Ilse Marovic, an expert": after a comma, a name right after the
 * speech verb at `vi` is the speaker, not a phrase found before the comma. */
export function invertedName(text: string, tokens: readonly Token[], vi: number, hi: number, frame: Cue['frame'], id: string): boolean {
  const prev = tokens[vi - 1];
  // ("told X" is never inverted: the name after it is the listener — "…,” Quillan, 49, told The Harbor Post")
  const namedAfter = prev?.low === ',' && frame !== 'quote' && id !== 'tell' ? phraseAfter(text, tokens, vi + 1, hi) : null;
  return !!namedAfter && namedAfter.mention.type === 'name' && (namedAfter.next >= hi || tokens[namedAfter.next]?.low === ',');
}

/** Where the speech verb at `vi` of sentence `s` stands — right after a quotation (`nextToQuote`), after the words
 * it attributes (`inverted`) — and the speaker named after it, with the end of the cue's words, when it is one. */
export function invertedSpeaker(p: Paragraph, s: Sentence, vi: number, hi: number, frame: Cue['frame'], id: string): { nextToQuote: boolean; inverted: boolean; speaker: { mention: Mention; end: number } | null } {
  const { text, masked, tokens } = p;
  const verb = tokens[vi] as Token;
  const after = phraseAfter(text, tokens, vi + 1, hi);
  // "said Peskov." / "said Zaitsev, a spokesman" — never "said people misunderstand him"
  const follow = after ? tokens[after.next] : undefined;
  const nextToQuote = /\u2592[\s,\u2014\u2013-]*$/.test(masked.slice(s.start, verb.start));
  // an inverted attribution follows the words it attributes: "…, said X" / "“…” said X"
  const inverted = frame !== 'quote' && id !== 'tell' && /[,\u2014\u2013\u2592]\s*$/.test(masked.slice(s.start, verb.start));
  if (after && inverted && (nextToQuote || !follow || after.next >= hi || follow.type !== 'word' || CLAUSE_END.test(follow.low) || (after.mention.type === 'nominal' && DESCRIBED_BY.test(follow.low)))) {
    const end = (tokens[after.next - 1] as Token).end;
    const mention = describedNominal(text, tokens, after.mention, after.next, hi);
    return { nextToQuote, inverted, speaker: { mention, end: Math.max(end, mention.end) } };
  }
  return { nextToQuote, inverted, speaker: null };
}
