/**
 * Speech verbs whose subject or listener is no one in particular, so that the sentence reports no one's
 * words: a free relative ("Whoever said plaid was the new denim was wrong"), a rhetorical question
 * ("Who says you need a cape?"), the writer talking to the reader ("Believe us when we tell you that …") and the
 * writer's own asides ("shall we say").
 */
import type { Token } from './model';

/** DATA: shapes of a verb's surroundings that name no speaker; `test` gets the words around the verb group. */
const NO_ONE: readonly { id: string; test: (w: Around) => boolean; reason: string }[] = [
  // "Whoever said …", "Anyone who says the race is over is wrong": an indefinite subject speaks for no one
  { id: 'free-relative', test: (w) => /^(?:whoever|whomever)$/.test(w.before) || (w.before === 'who' && /^(?:anyone|anybody|everyone|everybody|whoever)$/.test(w.before2)), reason: 'anyone' },
  // "Who says you must …?", "Who said life was fair?": a question opening with "who" asks, it reports nothing
  { id: 'rhetorical-who', test: (w) => w.before === 'who' && w.opensSentence && w.question, reason: 'question' },
  // "Believe us when we tell you that …", "let me remind you": the page addresses its reader (never "the media will
  // tell you that …": a named speaker still reports to the reader)
  { id: 'tells-reader', test: (w) => w.after === 'you' && /^(?:we|i|us|me|let)$/.test(w.before), reason: 'reader' },
  // "regardless of what the charts might say", "no matter what critics say", "whatever the mayor says": a concessive
  // clause names what someone might say, it reports nothing
  { id: 'concessive-what', test: (w) => w.concessive, reason: 'concession' },
  // "The meal was, shall we say, rather forgettable", "dare I say": an aside of the writer's, asked of no one
  { id: 'set-phrase', test: (w) => /^(?:we|i)$/.test(w.before) && /^(?:shall|dare|should)$/.test(w.before2), reason: 'aside' },
];

interface Around {
  /** The word before the verb group, lower case ('' when none), and the word before that. */
  before: string;
  before2: string;
  /** The word right after the verb. */
  after: string;
  /** The word before the group opens its sentence. */
  opensSentence: boolean;
  /** The sentence ends with a question mark. */
  question: boolean;
  /** The verb's clause opens with "no matter what", "regardless of what" or "whatever". */
  concessive: boolean;
}

/** How far back (in words) a concessive opener may stand from its verb group: "regardless of what [the charts might] say". */
const CONCESSIVE_REACH = 5;

/** Does a concessive free relative ("no matter what", "regardless of what", "whatever") open the words before `head`? */
function concessive(tokens: readonly Token[], head: number, lo: number): boolean {
  const low = (k: number): string => (k >= lo && tokens[k]?.type === 'word' ? (tokens[k] as Token).low : '');
  for (let k = head - 1; k >= Math.max(lo, head - CONCESSIVE_REACH); k--) {
    if (tokens[k]?.type !== 'word') return false;
    if (low(k) === 'whatever') return true;
    if (low(k) === 'what') return low(k - 1) === 'matter' ? low(k - 2) === 'no' : low(k - 1) === 'of' && /^(?:regardless|irrespective)$/.test(low(k - 2));
  }
  return false;
}

/** The id of the shape that makes the verb at `vi` (its group opening at `head`) name no speaker, or null. */
export function noOneSpeaks(tokens: readonly Token[], vi: number, head: number, lo: number, question: boolean): string | null {
  const word = (k: number): string => (k >= lo && tokens[k]?.type === 'word' ? (tokens[k] as Token).low : '');
  const around: Around = { before: word(head - 1), before2: word(head - 2), after: tokens[vi + 1]?.type === 'word' ? (tokens[vi + 1] as Token).low : '', opensSentence: head - 1 === lo, question, concessive: concessive(tokens, head, lo) };
  return NO_ONE.find((s) => s.test(around))?.id ?? null;
}
