/**
 * A person's surname read together with the words beside it, when the article gives that person in
 * full elsewhere:
 * - a verb that takes a gerund, after the surname and before a gerund: "Pryce avoids condemning" → the
 *   person ("Pryce donors speaking on the radio" are people, not Pryce);
 * - an institution's word before the surname ends another name: "a meeting with the board of the
 *   Daily Post Pryce said" → the person.
 * Never a possessive, and never a surname the article does not give in full.
 */
import type { Mention } from './model';
import { POSSESSIVE, type NameMention } from './names-key';
import { expandName } from './names-expand';
import { ORG_HEADS } from './titles-and-roles';
import { wordSet } from '../text/words';

/** DATA: present tenses that take a gerund ("avoids condemning", "keeps saying", "denies having"). */
const GERUND_VERBS = wordSet('avoids denies admits considers keeps stops risks continues starts begins resumes quits recalls recommends suggests mentions defends justifies acknowledges regrets resents dislikes enjoys imagines insists');

/** A surname and one present-tense word: "Pryce avoids". */
const SURNAME_VERB = /^(\p{Lu}[\p{L}'’-]*\p{L})\s+(\p{Ll}+)$/u;
/** A capitalised institution's word and a surname closing the phrase: "… Daily Post Pryce". */
const ORG_SURNAME = /\s(\p{Lu}\p{L}+)\s+(\p{Lu}[\p{L}'’-]+)$/u;
/** A gerund right after the mention ("… avoids condemning"). */
const GERUND_NEXT = /^\s+\p{Ll}{2,}ing\b/u;

/** The surname the mention stands for, as a name mention, or null; `after` is the text right after the mention. */
export function surnameInPhrase(m: Mention, registry: readonly NameMention[], paragraph: number, after: string): Mention | null {
  const given = (w: string): boolean => !POSSESSIVE.test(w) && expandName(registry, w, paragraph, m.start, false) !== null;
  const verb = GERUND_NEXT.test(after) ? SURNAME_VERB.exec(m.text) : null;
  if (verb && GERUND_VERBS.has(verb[2] as string) && given(verb[1] as string)) {
    const name = verb[1] as string;
    return { ...m, type: 'name', text: name, end: m.start + name.length, role: null, org: false };
  }
  const tail = ORG_SURNAME.exec(m.text);
  if (tail && ORG_HEADS.has((tail[1] as string).toLowerCase()) && given(tail[2] as string)) {
    const name = tail[2] as string;
    return { ...m, type: 'name', text: name, start: m.end - name.length, role: null, org: false };
  }
  return null;
}
