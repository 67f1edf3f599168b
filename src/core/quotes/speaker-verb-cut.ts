/**
 * A speaker phrase that runs on into its clause's verb: "the former governor mocked the mayor",
 * "Lee stressed bipartisan support", "the union leader repeated". The subject is what comes before the
 * verb; the verb and what follows go. Never a participle describing the phrase ("a poll released
 * Sunday", "the man arrested on Tuesday", "a letter signed by 40 lawmakers", "registered voters"),
 * never past a relative pronoun ("officials who spoke") and never after a possessive ("the agency's
 * detailed report").
 */
import { POSSESSIVE } from './names-key';
import { STOP_WORDS } from './non-speakers';
import { DAY, RELATIVE } from './speaker-phrase-check';
import { ORG_HEADS, PEOPLE_NOUNS, ROLEISH, ROLE_NOUNS } from './titles-and-roles';

interface VerbShape {
  id: string;
  pattern: RegExp;
  reason: string;
}

/** DATA: verb forms a subject phrase may run into (compared in lower case). */
export const VERB_SHAPES: readonly VerbShape[] = [
  // "mocked", "stressed", "repeated", "seemed": a regular past tense
  { id: 'regular-past', pattern: /^\p{Ll}{3,}ed$/u, reason: 'a past tense' },
  // "made", "sent", "gave": common irregular past tenses
  { id: 'irregular-past', pattern: /^(?:made|sent|gave|took|brought|kept|wrote|met|ran|got|came|saw|put|left|won|lost|went|began|became|spoke|held|sought|drew|led|chose|threw|struck|fought|hit|set)$/, reason: 'a past tense' },
];

/** Words after a past form that make it a participle describing the phrase ("released Sunday", "signed by"); days and months are in STOP_WORDS. */
const PARTICIPLE_NEXT = /^(?:by|on|in|at|to|for|from|with|as|through|during|after|before|under|over|since|until|via|earlier|last|this|previously|recently|and|or|but|who|that|which|\d.*)$/i;
const NAME_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
/** A plural noun in -s ("voters", "donors"), not "-ss". */
const PLURAL = /^\p{Ll}{3,}[^s'’]s$/u;
/** Nouns that look like past tenses, and "turned" joining two roles ("the businessman turned politician"). */
const ED_NOUNS = /^(?:hundred|kindred|seed|need|creed|breed|speed|steed|weed|greed|shed|bed|red|turned)$/;

/** A person or body heads the phrase before the verb: a name, a person's noun or a plural group. */
function headSpeaks(last: string): boolean {
  const low = last.toLowerCase();
  return NAME_WORD.test(last) || PEOPLE_NOUNS.has(low) || ROLE_NOUNS.has(low) || ORG_HEADS.has(low) || ROLEISH.has(low) || PLURAL.test(low);
}

/** One person ("candidate", "rival", "Smith"): a past tense ending the phrase after it is its verb ("the 25 delegates selected" is no clause). */
const isPersonNoun = (w: string): boolean => ROLE_NOUNS.has(w.toLowerCase()) || (PEOPLE_NOUNS.has(w.toLowerCase()) && !/s$/.test(w)) || (NAME_WORD.test(w) && !/s$/.test(w));
/** A time between a subject and its verb: "a group of nurses in 2019 sent", "the panel on Monday voted". */
const YEAR = /^(?:1[89]\d\d|20\d\d)$/;
const isTime = (w: string): boolean => YEAR.test(w) || DAY.test(w);
const TIME_PREP = /^(?:in|on|at|during|since)$/i;
/** A noun for people after a past form makes it an adjective: "registered voters", "elected officials". */
const isPeopleNoun = (w: string): boolean => PEOPLE_NOUNS.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()) || PLURAL.test(w);
/** A word after a past form that makes it a participle: a preposition, a time, a day or a month. */
// (a capitalised stop word is a day or a month: "released Sunday", "completed March 3")
const describes = (w: string): boolean => PARTICIPLE_NEXT.test(w) || (/^\p{Lu}/u.test(w) && STOP_WORDS.has(w.toLowerCase().replace(/\.$/, ''))) || isPeopleNoun(w);

/** The phrase without the verb it runs into (cut where the verb starts, spacing kept), or the phrase itself. */
export function withoutVerb(text: string): string {
  const words = [...text.matchAll(/\S+/g)];
  for (let k = 1; k < words.length; k++) {
    const w = (words[k] as RegExpMatchArray)[0];
    if (RELATIVE.test(w.toLowerCase())) return text;
    const low = w.toLowerCase();
    if (!VERB_SHAPES.some((s) => s.pattern.test(low)) || NAME_WORD.test(w) || ED_NOUNS.test(low)) continue;
    // (past a time right before the verb: "a group of nurses in 2019 sent a letter")
    const timed = k >= 3 && isTime((words[k - 1] as RegExpMatchArray)[0]) && TIME_PREP.test((words[k - 2] as RegExpMatchArray)[0]);
    const head = timed ? k - 3 : k - 1;
    const last = (words[head] as RegExpMatchArray)[0];
    if (POSSESSIVE.test(last) || !headSpeaks(last)) continue;
    const next = words[k + 1]?.[0];
    // "the union leader repeated" — never "the 25 delegates selected", "the order released"
    if (next === undefined ? !isPersonNoun(last) : describes(next)) continue;
    return text.slice(0, (words[head + 1] as RegExpMatchArray).index).trimEnd();
  }
  return text;
}
