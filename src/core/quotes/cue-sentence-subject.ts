/**
 * The subject at the start of a sentence, past an opening adverbial ("In his speech, Trump …") or a
 * time phrase ("Hours later, she …"): the speaker of verbs that share it ("Carson admitted …, but
 * said …") and of a quotation the sentence ends with.
 */
import { phraseAfter } from './mentions';
import type { Mention, Token } from './model';

/** The last word of an opening time phrase ("Hours later,", "Two years ago,", "Last week,"). */
const TIME_END = /^(?:later|ago|earlier|afterwards?|today|yesterday|tonight|week|weekend|month|year|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Words opening an adverbial before a sentence's subject. */
const OPENING_PREPS = /^(?:in|on|at|after|before|during|when|while|as|since|with|without|speaking|asked|following|despite|like|unlike|for|from|by|instead|still|yet|but|and|then|now|later|earlier)$/;

/** The subject at the start of a sentence, for verbs that share it ("Carson admitted …, but said …"). */
export function sentenceSubject(text: string, tokens: readonly Token[], lo: number, vi: number): Mention | null {
  let k = lo;
  // past an opening adverbial: "In his speech, Trump …", "After the debate, she …"
  if (tokens[k]?.type === 'word' && (OPENING_PREPS.test((tokens[k] as Token).low) || /ing$/.test((tokens[k] as Token).low))) {
    while (k < vi && tokens[k]?.low !== ',') k++;
    k++;
  }
  // past an opening time phrase: "Hours later, Trump …", "Eight years ago, he …", "Last week, she …"
  else if (tokens[k]?.type === 'word') {
    let c = k;
    while (c < vi && c < k + 5 && tokens[c]?.type === 'word') c++;
    if (c > k && tokens[c]?.low === ',' && TIME_END.test((tokens[c - 1] as Token).low)) k = c + 1;
  }
  const t = tokens[k];
  if (!t || k >= vi || t.type !== 'word') return null;
  if (/^(?:he|she|they)$/.test(t.low)) return { start: t.start, end: t.end, type: 'pronoun', text: t.low, role: null, org: false };
  const np = phraseAfter(text, tokens, k, vi);
  if (!np || np.mention.type === 'pronoun') return null;
  const follow = tokens[np.next];
  // before a comma only a full name is a subject ("Jane Smith, the mayor, said"), never a list ("Ukrainian, Russian …")
  if (follow?.low === ',') return np.mention.type === 'name' && np.mention.text.includes(' ') ? np.mention : null;
  return follow?.type === 'word' ? np.mention : null;
}
