/**
 * A role can say that the speaker is a thing: "Brightmart, the discount retailer, said …", "Velora, a
 * ride-hailing company, said …". Whatever the name looks like, a speaker whose role is headed by a noun
 * for a business, a body or an outlet is an organisation. The head is the noun before the role's first
 * preposition, participle or clause word, so "the company's founder", "a spokesman for the bank" and
 * "chief executive of the retailer" stay people.
 */
import { wordSet } from '../text/words';
import { ORG_HEADS, PEOPLE_NOUNS } from './titles-and-roles';

/** DATA: nouns for businesses and outlets that head a role describing one ("the discount retailer", "a ride-hailing app"). */
const BUSINESS_HEADS = wordSet(`
  retailer chain maker manufacturer producer supplier startup start-up platform app brand giant
  conglomerate carrier airline railway operator utility lender insurer nonprofit non-profit charity
  business distributor exchange store supermarket grocer franchise restaurant studio label
  broadcaster automaker carmaker drugmaker chipmaker telecom provider subsidiary
`);

/** DATA: words that end a role's head phrase: prepositions, clause words, "based" ("the retailer based in Ohio"). */
const HEAD_ENDS = wordSet('of for at in with from on by to that which who whose whom where and or based');

/** The role's head noun, lower case: the last word before its first preposition, clause word or participle. */
function roleHead(role: string): string {
  let head = '';
  const words = role.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const raw = words[i] as string;
    const w = raw.toLowerCase().replace(/[,;:.]+$/, '');
    // ("University of South Carolina professor": "of" inside a name is no end, and a name is no head)
    const inName = w === 'of' && /^\p{Lu}/u.test(words[i - 1] ?? '') && /^\p{Lu}/u.test(words[i + 1] ?? '');
    if (!inName && (HEAD_ENDS.has(w) || (head && /^\p{Ll}+(?:ed|ing)$/u.test(w)))) break;
    head = /^\p{Lu}/u.test(raw) ? '' : w;
    if (raw.toLowerCase() !== w) break;
  }
  return head;
}

/** True when a role describes an organisation rather than a person ("discount retailer based in Ohio"). */
export function describesThing(role: string | null): boolean {
  if (!role) return false;
  const head = roleHead(role);
  return (BUSINESS_HEADS.has(head) || ORG_HEADS.has(head)) && !PEOPLE_NOUNS.has(head);
}
