/**
 * The subject at the start of a sentence, past a dateline ("PARIS (Reuters) –"), opening adverbials
 * ("In his speech, Trump …", "Once she was mayor, Ms. Ferreira …") or a time phrase ("Hours later,
 * she …"), and with an apposition between commas ("Mr. Okafor, whose only seat …, argued"): the
 * speaker of verbs that share it ("Carson admitted …, but said …") and of a quotation the sentence
 * ends with.
 */
import { phraseAfter, phraseBefore } from './mentions';
import type { Mention, Token } from './model';
import { WEEKDAYS } from '../text/words';

/** The last word of an opening time phrase or sentence adverb ("Hours later,", "Two years ago,", "The day before,",
 * "More recently,", "Publicly,"). */
const TIME_END = new RegExp(`^(?:later|ago|earlier|afterwards?|before|today|yesterday|tonight|week|weekend|month|year|morning|afternoon|evening|night|${WEEKDAYS}|recently|lately|previously|initially|meanwhile|finally|similarly|likewise|separately|instead|however|moreover|nonetheless|ultimately|eventually|increasingly|publicly|privately|again)$`);
/** Words opening an adverbial before a sentence's subject. */
const OPENING_PREPS = /^(?:in|on|at|after|before|during|when|while|as|since|with|without|speaking|asked|following|despite|like|unlike|for|from|by|instead|still|yet|but|and|then|now|later|earlier|once|though|although|if|because|amid|throughout|under|over|within|here|there)$/;
/** A past participle opening a sentence ("Chastened", "Stung", "Shaken"), and the prepositions after it. */
const PAST_PARTICIPLE = /^(?:\p{Ll}{3,}ed|stung|shaken|driven|beaten|taken|given|known|thrown|caught|struck|torn|worn|hit|hurt|spurred|left)$/u;
const PARTICIPLE_PREPS = /^(?:by|with|over|at|about|from|in|on|after|to|for)$/;
/** Conjunctions and adverbs that open a sentence without a comma ("And then Trump went …"). */
const CONJUNCTIONS = /^(?:and|but|yet|so|then|now|still|also|even|here|there)$/;
/** Dashes that close a dateline. */
const DASH = /^[-\u2013\u2014\u2015]$/;
/** An all-capitals place opening a dateline ("WASHINGTON —"). */
const CAPS_PLACE = /^\p{Lu}{3,}$/u;
/** Determiners and possessives: after a sentence's capitalised first word they make it an imperative verb
 * ("Break some rules …", "Practice your bewildered look …"), never a name ("Trump said", "Obama this week"). */
const IMPERATIVE_OBJECT = /^(?:a|an|the|some|any|your|yours|my|our|their|his|her|its|every|these|those|no|yourself|yourselves)$/;
/** Words that may follow a closing comma without being the subject's verb: a list goes on. */
const LIST_WORDS = /^(?:and|or|nor|as|who|which|that|than)$/;

/** The token after a dateline opening the sentence ("PARIS, Aug 31 (Reuters) -", "WASHINGTON ―"), else `lo`. */
function pastDateline(tokens: readonly Token[], lo: number, vi: number): number {
  for (let d = lo + 1; d < vi && d < lo + 12; d++) {
    const t = tokens[d] as Token;
    if (DASH.test(t.low)) return tokens[d - 1]?.low === ')' || CAPS_PLACE.test((tokens[lo] as Token).text) ? d + 1 : lo;
    if (t.type === 'quote' || (t.type === 'word' && !t.cap && !/^\d/.test(t.low))) return lo;
  }
  return lo;
}

/** Past the opening adverbials and time phrases (at most three: "The night before, at a rally in Millbrook, Ms. Ferreira …"). */
function pastOpeners(text: string, tokens: readonly Token[], k: number, vi: number): number {
  for (let n = 0; n < 3; n++) {
    const t = tokens[k];
    if (t?.type !== 'word') return k;
    // "And then Trump went on the attack, saying …": conjunctions and adverbs before a subject and its verb
    let c0 = k;
    while (c0 < vi && CONJUNCTIONS.test(tokens[c0]?.low ?? '') && tokens[c0]?.type === 'word') c0++;
    if (c0 > k && subjectAt(text, tokens, c0, vi)) return c0;
    // ("Stung by the reviews, Park revised …": a past participle and its preposition open an adverbial too)
    if (OPENING_PREPS.test(t.low) || /ing$/.test(t.low) || (PAST_PARTICIPLE.test(t.low) && PARTICIPLE_PREPS.test(tokens[k + 1]?.low ?? ''))) {
      let c = k;
      while (c < vi && tokens[c]?.low !== ',') c++;
      k = c + 1;
      // an adverbial may hold commas ("At a rally in Millbrook, N.Y., on Friday, Senator Jane Smith endorsed …"):
      // the subject is the first phrase after a comma that a lower-case word follows
      if (!subjectAt(text, tokens, k, vi)) {
        for (let d = c + 1, n = 0; d < vi && n < 4; d++) {
          if (tokens[d]?.low !== ',') continue;
          n++;
          if (subjectAt(text, tokens, d + 1, vi)) {
            k = d + 1;
            break;
          }
        }
      }
      continue;
    }
    let c = k;
    while (c < vi && c < k + 5 && tokens[c]?.type === 'word') c++;
    if (!(c > k && tokens[c]?.low === ',' && TIME_END.test((tokens[c - 1] as Token).low))) return k;
    k = c + 1;
  }
  return k;
}

/**
 * After a subject and its comma at `comma`: the apposition's closing comma when a verb follows it
 * ("Quillan, a veteran organiser, hit back"), else -1 — never a list ("Trump, Cruz, and Rubio").
 */
function appositionEnd(tokens: readonly Token[], comma: number, vi: number): number {
  for (let c = comma + 1; c < vi - 1 && c < comma + 26; c++) {
    const t = tokens[c] as Token;
    if (t.type === 'punct' && t.low !== ',' && t.low !== '(' && t.low !== ')') return -1;
    if (t.low !== ',') continue;
    const after = tokens[c + 1] as Token;
    return c > comma + 1 && after.type === 'word' && !after.cap && !LIST_WORDS.test(after.low) ? c : -1;
  }
  return -1;
}

/** True when a phrase at `k` is followed by a lower-case word: a subject and its verb ("Trump went"). */
function subjectAt(text: string, tokens: readonly Token[], k: number, vi: number): boolean {
  const np = phraseAfter(text, tokens, k, vi);
  const follow = np ? tokens[np.next] : undefined;
  // (never a description a relative clause follows: "In Leeds, Jane Smith, a columnist who is blind, walked out")
  return !!np && np.next < vi && follow?.type === 'word' && !follow.cap && !LIST_WORDS.test(follow.low);
}

/** The subject at the start of a sentence, for verbs that share it ("Carson admitted …, but said …"). */
export function sentenceSubject(text: string, tokens: readonly Token[], lo: number, vi: number): Mention | null {
  const k = pastOpeners(text, tokens, pastDateline(tokens, lo, vi), vi);
  const t = tokens[k];
  if (!t || k >= vi || t.type !== 'word') return null;
  if (/^(?:he|she|they)$/.test(t.low)) return { start: t.start, end: t.end, type: 'pronoun', text: t.low, role: null, org: false };
  const np = phraseAfter(text, tokens, k, vi);
  if (!np || np.mention.type === 'pronoun') return null;
  const follow = tokens[np.next];
  // "Bend some rules this winter with this “…” sweater": a lone capitalised word opening the sentence
  // before a determiner is an imperative verb
  if (k === lo && np.next === k + 1 && follow?.type === 'word' && IMPERATIVE_OBJECT.test(follow.low)) return null;
  if (follow?.low !== ',') return follow?.type === 'word' ? np.mention : null;
  // before a comma a full name is a subject ("Jane Smith, the mayor, said"), never a list ("Ukrainian, Russian …")
  if (np.mention.type === 'name' && np.mention.text.includes(' ')) return np.mention;
  // any other subject needs an apposition that a verb follows ("Mr. Okafor, whose only seat …, argued";
  // "Quillan, a veteran organiser, hit back": read with the name when it is a role)
  const comma = tokens.slice(k, np.next).findIndex((w) => w.low === ',');
  const close = comma >= 0 ? np.next : appositionEnd(tokens, np.next, vi);
  const verb = tokens[close + 1];
  if (close < 0 || close + 1 >= vi || verb?.type !== 'word' || verb.cap || LIST_WORDS.test(verb.low)) return null;
  // "The French minister of energy, Ségolène Royal, alluded …": the name in the apposition
  if (np.mention.type === 'nominal') {
    const named = phraseAfter(text, tokens, np.next + 1, close);
    // (a full name filling the apposition, never a pair: "Two objectors, Tomas Reyna and Paul Ostrander,")
    if (named && named.next === close && named.mention.type === 'name' && !named.mention.org && named.mention.text.includes(' ') && !tokens.slice(np.next + 1, close).some((w) => w.low === 'and')) {
      return { ...named.mention, role: named.mention.role ?? np.mention.text.replace(/^(?:the|a|an)\s+/i, '') };
    }
  }
  return np.mention;
}
