/**
 * Speech-verb forms used in a sense that reports no speech: a participle as an adjective ("271 pledged
 * delegates", "the alleged shooter", "the firm’s reported net profit", "the first reported death"), a plural noun
 * ("the false claims"), a passive before its agent ("a zone agreed by Turkey") and verbs whose next or previous
 * word gives them another meaning ("added to the confusion", "maintains a wide lead", "speaking fees",
 * "bonus points", "by adding skull makeup").
 */
import type { Token } from './model';
import { ORG_HEADS, PEOPLE_NOUNS, ROLE_NOUNS, TITLES } from './titles-and-roles';

/** Words before a participle that make it an adjective: determiners, numbers, possessives. */
const ADJECTIVE_BEFORE = /^(?:the|a|an|his|her|their|its|our|my|your|this|these|those|every|each|no|any|\d[\d,.]*)$/;
/** Prepositions after which a participle modifies the noun it stands before ("of pledged delegates"); never one a
 * clause may end on ("the people he spoke with said"). */
const PREPOSITION_BEFORE = /^(?:of|among|from|for)$/;
/** Words that cannot be the noun a participle modifies: it has an object or a clause after it ("of added that"). */
const NOT_NOUN = /^(?:that|the|a|an|his|her|their|its|he|she|they|it|we|i|you|to|in|on|at|by|with|and|but|or)$/;
/** Words opening what a speech noun reports ("calls for …", "promises to …", "claims that …"). */
const NOUN_COMPLEMENT = /^(?:for|to|that|of|about|against)$/;
/** Contractions of a pronoun with "has"/"is": "he’s said" keeps its verb. */
const PRONOUN_S = /^(?:he|she|it|that|who|there|what|here)['’]s$/;

/** An adjective by its shape: a few common ones, or an ending that makes no noun for a person ("false", "latest",
 * "baseless", "dubious"; never "-ent", "-ant", "-ive", "-ic" or "-al": "the defendant claims", "the critic notes"). */
const ADJECTIVE = /^(?:false|true|new|old|fake|wild|latest|recent|early|earlier|initial|subsequent|similar|such|other|same|further|fresh|previous|repeated|conflicting|multiple|numerous|viral|unfounded|unsubstantiated|\p{Ll}{2,}(?:ous|ful|less|able|ible))$/u;
/** Determiners that make the -ing form after them a noun ("a warning", "its reporting"; never "those responding"). */
const ING_NOUN_BEFORE = /^(?:the|a|an|his|her|their|its|our|my|your|this|every|each|no|any)$/;
/** Adjectives of tone before a speech noun ("a stern warning", "a blunt reminder"). */
const TONE_ADJECTIVE = /^(?:tough|stern|strong|stark|dire|grim|harsh|blunt|pointed|veiled|sharp|clear|direct|final|last|public|formal|rare|brief|loud)$/;
/** A compound adjective written with a hyphen ("early-morning", "late-night", "two-page"). */
const COMPOUND_ADJECTIVE = /^[\p{Ll}\d]+-\p{Ll}+$/u;
const namesSpeaker = (low: string): boolean => PEOPLE_NOUNS.has(low) || ROLE_NOUNS.has(low) || ORG_HEADS.has(low) || TITLES.has(low);

/** DATA: a verb (by id) and the next words that take it out of speech. */
const OTHER_SENSES: readonly { verb: string; next: RegExp; reason: string }[] = [
  // "added to the uncertainty", "adding to his vote margin", "don’t add up"
  { verb: 'add', next: /^(?:to|up)\b/, reason: 'sum' },
  // "Ferreira maintains a steady lead", "maintained above-average costs": only "maintained that …" is speech
  { verb: 'maintain', next: /^(?!(?:that|he|she|they|it|his|her|their)\b)/, reason: 'keeps' },
  // "speaking fees", "his paid speaking schedule", "speaking on the condition of anonymity", "spoke for 77 minutes"
  { verb: 'speak', next: /^(?:fees?|engagements?|schedules?|tours?|circuit|for|on (?:the )?condition)\b/, reason: 'fee' },
  // "Bonus points if you …", "points the way", "pointed a gun": only "point out", "point (this) out", "point (America) to" … speak
  { verb: 'point', next: /^(?!(?:[\p{L}’'-]+ )?(?:out|to|toward|towards|at|up|that)\b|the finger|fingers|a finger)/u, reason: 'not-pointing-out' },
  // "bragging rights": a prize, not a boast
  { verb: 'boast', next: /^rights\b/, reason: 'prize' },
  // "Grandma is calling your name", "calling the shots", "called off the search": a summons, a command, a cancelling
  { verb: 'call', next: /^(?:(?:your|my|his|her|their|our|its) names?|the shots|off|it quits)\b/, reason: 'summons' },
];

/** DATA: a verb (by id) and the word before it that takes it out of speech, unless `unless` is next. */
const PREVIOUS_SENSES: readonly { verb: string; prev: RegExp; unless: RegExp; reason: string }[] = [
  // "by adding bright face paint", "by adding a third lane": the means of doing, unless a report follows ("by adding that …")
  { verb: 'add', prev: /^by$/, unless: /^(?:that|:|,)$/, reason: 'means' },
];
/** Modifiers between a determiner and a participle: "the first reported fatality", "its previously announced plan". */
const PARTICIPLE_MODIFIER = /^(?:first|last|only|latest|most|least|widely|previously|newly|officially|recently|commonly|frequently|often|oft|much|long|publicly|originally|initially|already|so-called)$/;

/** DATA: shapes of any speech verb's form and next words that take it out of speech. */
const PARTICIPLE_SENSES: readonly { form: RegExp; next: RegExp; reason: string }[] = [
  // "a route agreed by Norway, Chile and Peru", "the plan criticised by rivals": a past participle before its
  // agent is passive, and the word before it is no speaker (never the means: "said by phone", "responded by saying")
  { form: /(?:ed|told|written|spoken)$/, next: /^by (?!\p{L}+ing\b|(?:first|then|simply|again|also|phone|telephone|email|e-mail|text|video|videolink|satellite|letter|mail|fax|radio|teleconference|conference|way|means|tweet|twitter|statement|spokesperson)\b)/u, reason: 'passive-agent' },
  // "the email mentioned above", "the study cited below": a participle pointing to another place on the page
  { form: /(?:ed|told|written|spoken)$/, next: /^(?:above|below)\b/, reason: 'page-reference' },
];

/** "a warning about …", "came with a stern warning about …": an -ing form right after a determiner, or after a
 * determiner and an adjective, is a noun (with "that" after it, it still reports: "his stern warning that …"). */
function ingNoun(tokens: readonly Token[], vi: number): boolean {
  const prev = tokens[vi - 1];
  if (!(tokens[vi] as Token).low.endsWith('ing') || prev?.type !== 'word' || tokens[vi + 1]?.low === 'that') return false;
  if (ING_NOUN_BEFORE.test(prev.low)) return true;
  return (ADJECTIVE.test(prev.low) || TONE_ADJECTIVE.test(prev.low)) && ING_NOUN_BEFORE.test(tokens[vi - 2]?.low ?? '');
}

/** True when the speech-verb form at `vi` (of verb `id`) is used in a sense that reports no speech. */
export function notSpeech(tokens: readonly Token[], vi: number, id: string, lo = 0): boolean {
  const verb = tokens[vi] as Token;
  const prev = tokens[vi - 1];
  // "The odd rumours first started …", "False claims that … have circulated": a plural noun form after an
  // adjective that a determiner precedes or that opens the sentence (or its clause, past a dateline's dash) is a
  // noun ("the company claims" is a verb)
  const before = tokens[vi - 2];
  const opens = vi - 1 === lo || (before !== undefined && before.type === 'punct' && before.low !== ',');
  // ("his early-morning tweets", "the late-night posts": a compound adjective after a determiner makes it a noun too)
  if (prev?.type === 'word' && /[^s]s$/.test(verb.low) && !namesSpeaker(prev.low) && ((ADJECTIVE.test(prev.low) && (opens || ADJECTIVE_BEFORE.test(before?.low ?? ''))) || (COMPOUND_ADJECTIVE.test(prev.text) && ADJECTIVE_BEFORE.test(before?.low ?? '')))) return true;
  // ("the continued withdrawals", "6 points"; a plural noun form only after a determiner or a number)
  if (prev?.type === 'word' && /ed$|[^s]s$/.test(verb.low) && (ADJECTIVE_BEFORE.test(prev.low) || (/ed$/.test(verb.low) && /['’]s$/.test(prev.low) && !PRONOUN_S.test(prev.low)))) return true;
  // ("rebut Trump’s claims.", "take Carrier’s calls until …": after a possessive an -s form is a plural noun, as an -ed
  // form is an adjective; it still reports what follows it as a complement: "Sanders’s calls for tighter gun control")
  if (prev?.type === 'word' && /[^s]s$/.test(verb.low) && /['’]s$/.test(prev.low) && !PRONOUN_S.test(prev.low) && !NOUN_COMPLEMENT.test(tokens[vi + 1]?.low ?? '')) return true;
  if (ingNoun(tokens, vi)) return true;
  // ("on the basis of pledged delegates", "among reported cases": right after a preposition and before its noun a
  // participle is an adjective)
  const noun = tokens[vi + 1];
  if (/ed$/.test(verb.low) && PREPOSITION_BEFORE.test(prev?.low ?? '') && noun?.type === 'word' && !NOT_NOUN.test(noun.low)) return true;
  // ("the first reported fatality": a determiner and a modifier before it make a participle an adjective)
  if (/ed$/.test(verb.low) && PARTICIPLE_MODIFIER.test(prev?.low ?? '') && ADJECTIVE_BEFORE.test(tokens[vi - 2]?.low ?? '')) return true;
  const after = tokens[vi + 1];
  if (prev && PREVIOUS_SENSES.some((s) => s.verb === id && s.prev.test(prev.low) && !s.unless.test(after?.low ?? ''))) return true;
  if (tokens[vi + 1]?.type !== 'word') return false;
  // the next words, as written: "on the condition"
  const next = tokens.slice(vi + 1, vi + 4).filter((t) => t.type === 'word').map((t) => t.low).join(' ');
  return OTHER_SENSES.some((s) => s.verb === id && s.next.test(next)) || PARTICIPLE_SENSES.some((s) => s.form.test(verb.low) && s.next.test(next));
}
