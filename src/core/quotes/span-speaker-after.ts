/**
 * The attribution right after a quotation: "“…,” Trump barked", "“…,” mused Ambrose Pennock", "“…” ― Jane
 * Smith", "“…,” wrote one commenter", and, for a quotation opening its sentence, any short clause with
 * a verb ("“…,” she went on", "“…,” read the statement").
 */
import { containing, firstFrom } from '../text/search';
import { quotedAsAt } from './cue-sources';
import { phraseAfter } from './mentions';
import { VERB_BY_FORM } from './speech-verbs';
import type { Mention, Paragraph, QuoteSpan, Token } from './model';
import { wordCount } from '../text/words';


const VERBISH = /^\p{Ll}{3,}(?:ed|s)$/u;
/** A verb form after a subject: past tense, present third person, or a common irregular. */
export const VERB_ANY = /^(?:\p{Ll}{2,}(?:ed|es|s)|spoke|wrote|told|said|thought|made|took|gave|put|saw|felt|knew|became|kept|left|went|read|began|came|got|sang|shot|fired|says|said)$/u;
export const DASH_AFTER = /^\s*[\u2014\u2015\u2013-]/;

/** The speaker of "“…,” NAME verb" or "“…,” verb NAME" right after a span, or null. */
export function speakerAfter(p: Paragraph, s: QuoteSpan): Mention | null {
  const i = firstFrom(p.tokens, s.end);
  const first = p.tokens[i];
  if (!first) return null;
  // "“…” ― Jane Smith": a credit line after a quotation
  if (first.type === 'punct' && /^[\u2014\u2015\u2013-]$/.test(first.low)) {
    const credit = phraseAfter(p.text, p.tokens, i + 1, p.tokens.length);
    const after = credit ? p.tokens[credit.next] : undefined;
    return credit && credit.mention.type === 'name' && (!after || after.type !== 'word') ? credit.mention : null;
  }
  if (first.type !== 'word' || p.masked.slice(s.end, first.start).trim()) return null;
  const np = phraseAfter(p.text, p.tokens, i, p.tokens.length);
  const verb = np ? p.tokens[np.next] : undefined;
  if (np && verb && verb.type === 'word' && VERBISH.test(verb.low) && np.mention.type !== 'nominal') return np.mention;
  // "“…,” Jo Park is quoted as saying", "“…,” Park was quoted as telling the paper": the one quoted
  if (np && np.mention.type !== 'nominal' && quotedAsAt(p.tokens, np.next)) return np.mention;
  const speech = VERB_BY_FORM.has(first.low) || VERBISH.test(first.low);
  if (speech) {
    const inverted = phraseAfter(p.text, p.tokens, i + 1, p.tokens.length);
    if (inverted && inverted.mention.type === 'name') return inverted.mention;
  }
  // "“…,” wrote one commenter." / "“…,” a guest at the table wondered.": any short noun phrase with a
  // determiner and a verb, closing the sentence, is who spoke
  const sentence = containing(p.sentences, s.start);
  const close = sentence ? firstFrom(p.tokens, sentence.end) : p.tokens.length;
  const rest = p.tokens.slice(i, close).filter((t) => t.type === 'word');
  if (rest.length < 2 || rest.length > 7 || close - i !== rest.length + (p.tokens[close - 1]?.type === 'word' ? 0 : 1)) return null;
  const at = speech ? 1 : 0;
  const det = rest[at] as Token;
  if (!NOUN_DETERMINERS.test(det.low)) return null;
  const verbLast = rest[rest.length - 1] as Token;
  const words = speech ? untilClause(rest.slice(1)) : rest.slice(0, -1);
  if (!speech && !(VERB_BY_FORM.has(verbLast.low) || VERBISH.test(verbLast.low))) return null;
  if (words.length < 2 || words.some((w) => VERB_BY_FORM.has(w.low))) return null;
  const a = words[0] as Token;
  const b = words[words.length - 1] as Token;
  return { start: a.start, end: b.end, type: 'nominal', text: det.low + p.text.slice(det.end, b.end), role: null, org: false };
}

/** Words that open a relative clause: the words after the quotation describe it, they do not attribute it. */
const RELATIVE = /^(?:that|which|who|whose|where|when)$/;

/**
 * The clause after a quotation that opens its sentence, when it is short and holds a verb: its
 * speaker if one can be read ("she went on", "said X"), else a null mention.
 */
export function attributionAfter(p: Paragraph, s: QuoteSpan): { mention: Mention | null } | null {
  const sentence = containing(p.sentences, s.start);
  // (or opens a parenthesis: "… from members (“I want my fees back,” wrote Arthur Quillan, …)")
  if (!sentence || (wordCount(p.masked.slice(sentence.start, s.start)) > 0 && !/\(\s*$/.test(p.masked.slice(sentence.start, s.start)))) return null;
  const i = firstFrom(p.tokens, s.end);
  const close = firstFrom(p.tokens, sentence.end);
  const rest = p.tokens.slice(i, close);
  if (!rest.length || rest[0]?.type !== 'word') return null;
  // a speech verb near the quotation may be followed by any long clause ("asked the girl, who was holding …")
  const speechAt = rest.findIndex((t) => VERB_BY_FORM.has(t.low));
  const verbAt = speechAt >= 0 && speechAt <= 10 ? speechAt : rest.findIndex((t) => VERB_ANY.test(t.low));
  if (verbAt < 0 || verbAt > 10 || rest.slice(0, verbAt).some((t) => t.type === 'quote')) return null;
  // (never an apposition: "“Top Gun,” the film that opened on Friday, sold out")
  // (a speech verb closing a described speaker may follow commas and a relative clause: "“…,” Rhea Castell,
  // the data analyst who founded the site, tweeted")
  const described = verbAt === speechAt && rest[0]?.cap === true && rest.slice(0, verbAt).every((t) => t.type === 'word' || t.low === ',');
  if (!described && rest.slice(0, verbAt).some((t) => t.type !== 'word' || RELATIVE.test(t.low))) return null;
  // ("read the notice, which was attributed to Stroud": any verb first, then a determiner, is inverted)
  const inverted = verbAt === 0 && NOUN_DETERMINERS.test(rest[1]?.low ?? '');
  if (verbAt !== speechAt && !inverted && (verbAt > 8 || rest.length - verbAt > 6 || rest.some((t) => t.type === 'quote'))) return null;
  const first = rest[0] as Token;
  // "said X" / "X said": the speaker when the mention reader knows it
  const after = VERB_BY_FORM.has(first.low) ? phraseAfter(p.text, p.tokens, i + 1, close) : null;
  const direct = verbAt > 0 ? phraseAfter(p.text, p.tokens, i, i + verbAt) : null;
  const mention = (after?.mention.type === 'name' ? after.mention : null) ?? (direct && direct.next === i + verbAt && direct.mention.type !== 'nominal' ? direct.mention : null);
  return { mention };
}

/** A subordinator, a subject pronoun or a participle: a clause of its own after the speaker ("said a voice as I
 * passed", "said another guard passing me"). */
const CLAUSE_OPENER = /^(?:as|when|while|before|after|if|because|since|until|once|i|he|she|we|they|you|\p{Ll}{2,}ing)$/u;

/** The words of "said a voice as I passed" up to the clause after the speaker ("a voice"). */
function untilClause(words: readonly Token[]): readonly Token[] {
  const cut = words.findIndex((w, k) => k >= 2 && CLAUSE_OPENER.test(w.low));
  return cut > 0 ? words.slice(0, cut) : words;
}

/** Determiners that open a speaker noun phrase after a quotation. */
const NOUN_DETERMINERS = /^(?:a|an|the|one|another)$/;
