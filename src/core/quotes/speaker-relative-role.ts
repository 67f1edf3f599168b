/**
 * A speaker's role given as a relative clause after the name: "Marta Quell, who chairs the festival
 * committee," → "chair of the festival committee". Only clauses that state a post are roles: a verb of
 * holding one, named by its noun ("chairs" → chair of, "founded" → founder of), "works / serves as …",
 * and "is (the) chairman of …". A clause that says what the person did ("who spoke on condition of anonymity",
 * "who helmed the party from 1995 to 1997, during …, and has backed …") gives no role; it is read past
 * only when it ends the sentence, so that it is never taken for the speaker's words.
 */
import type { Token } from './model';
import { slice, stripArticle } from './speaker-mention-words';
import { ROLE_NOUNS, TITLES } from './titles-and-roles';

/** DATA: verbs of holding a post (present tense; "founded" has no present sense) → the post's noun. */
const POST_NOUN: Readonly<Record<string, string>> = {
  chairs: 'chair', heads: 'head', leads: 'leader', directs: 'director', manages: 'manager', coaches: 'coach',
  edits: 'editor', owns: 'owner', founded: 'founder', 'co-founded': 'co-founder', cofounded: 'co-founder',
  advises: 'adviser to',
};
/** "works as", "serves as": the post is what follows "as". */
const AS_VERBS = new Set(['works', 'serves', 'acts']);
/** A clause this long is the writer's aside, not a post. */
const MAX_CLAUSE_WORDS = 14;
/** A time after the post ("founded the charity in 2004") is not part of it. */
const TIME_TAIL = /\s+(?:in|since|until|from)\s+(?:\d{4}|the\s+\d{4}s)\b.*$/u;

/**
 * Tokens `j` (a comma) and `j + 1` ("who") open a relative clause closed by a comma or the end of the
 * sentence (`hi`): its role (null when the clause states no post), the token after it, and whether
 * the clause runs to `hi` (nothing after it can be the speaker's words); null when there is no such clause.
 */
export function relativeRole(text: string, tokens: readonly Token[], j: number, hi: number): { role: string | null; next: number; toEnd: boolean } | null {
  if (tokens[j]?.low !== ',' || tokens[j + 1]?.low !== 'who') return null;
  let k = j + 2;
  while (k < hi && tokens[k]?.type === 'word') k++;
  const words = tokens.slice(j + 2, k);
  const closed = k >= hi || tokens[k]?.low === ',';
  if (words.length === 0 || words.length > MAX_CLAUSE_WORDS || !closed) return null;
  return { role: postOf(text, words), next: k, toEnd: k >= hi };
}

function postOf(text: string, words: readonly Token[]): string | null {
  const [verb, second] = words as [Token, Token | undefined];
  const rest = (from: number): string | null => {
    const first = words[from];
    const last = words[words.length - 1] as Token;
    return first ? slice(text, first, last).replace(TIME_TAIL, '') : null;
  };
  if (verb.low === 'is' && second && (/^(?:the|a|an)$/.test(second.low) || ROLE_NOUNS.has(second.low) || TITLES.has(second.low))) return stripArticle(rest(1) ?? '') || null;
  if (AS_VERBS.has(verb.low) && second?.low === 'as') return words.length > 2 ? stripArticle(rest(2) ?? '') || null : null;
  const noun = POST_NOUN[verb.low];
  const object = noun ? rest(1) : null;
  if (!noun || !object) return null;
  return noun.includes(' ') ? `${noun} ${object}` : `${noun} of ${object}`;
}
