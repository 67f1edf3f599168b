/**
 * Phrases around a speech verb read by the cue finder: the word before an apposition ("Others,
 * however, say"), an unnamed speaker's description ("said a harbor board official who was not authorized
 * …"), the source after "according to".
 */
import type { Mention, Token } from './model';
import { ORG_HEADS } from './titles-and-roles';

/** The word before an apposition that ends at the comma or dash `close` ("Others, however, say" → Others). */
export function wordBeforeApposition(tokens: readonly Token[], close: number, lo: number): Token | undefined {
  const mark = (tokens[close] as Token).low;
  for (let k = close - 1; k > lo && k > close - 30; k--) if (tokens[k]?.low === mark) return tokens[k - 1]?.type === 'word' ? tokens[k - 1] : undefined;
  return undefined;
}

/** Words that open a description after an unnamed speaker ("a harbor board official who was not authorized …"). */
export const DESCRIBED_BY = /^(?:who|to|familiar|involved|close|with|from|at|of|for|in|on|known)$/;

/**
 * "“…,” said a longtime aide to both mayors." / "…, said a harbor board official who was not
 * cleared to speak": an unnamed speaker after an inverted verb keeps its description up to the
 * sentence's end, when nothing but words follows.
 */
export function describedNominal(text: string, tokens: readonly Token[], mention: Mention, next: number, hi: number): Mention {
  if (mention.type !== 'nominal' || !DESCRIBED_BY.test(tokens[next]?.low ?? '')) return mention;
  let k = next;
  while (k < hi && tokens[k]?.type === 'word') k++;
  if (k < hi || k - next > 18) return mention;
  const last = tokens[k - 1] as Token;
  return { ...mention, end: last.end, text: mention.text + text.slice(mention.end, last.end) };
}

/** "according to a fresh survey by the Tulsa Civic Institute": any short source phrase. */
export function sourcePhrase(text: string, tokens: readonly Token[], from: number, hi: number): { mention: Mention; next: number } | null {
  let k = from;
  while (k < hi && k < from + 25 && tokens[k]?.type === 'word') k++;
  const a = tokens[from];
  const b = tokens[k - 1];
  if (!a || !b || k === from) return null;
  const phrase = text.slice(a.start, b.end).replace(/^(?:the\s+)+/i, 'the ');
  const org = tokens.slice(from, k).some((t) => ORG_HEADS.has(t.low));
  return { mention: { start: a.start, end: b.end, type: 'nominal', text: phrase, role: null, org }, next: k };
}
