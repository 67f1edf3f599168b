/**
 * A role shown beside a speaker is a noun phrase ("chief market strategist at Pepperstone", "Kremlin
 * spokesman"). An apposition can also hold the writer's aside or a clause cut short, which is no role:
 * "for her part", "with a grin", "stepping out of the van", "former CEO of", "published in the", a lone
 * "meanwhile" or age. A possessive alone ("NBC’s") is given as the body it names ("NBC").
 */
import { SENTENCE_OPENERS } from './non-speakers';
import { isSentenceAdverb } from './speaker-mention-words';

/** DATA: words a role never opens with: prepositions and conjunctions of an aside ("for his part", "without naming him"). */
const ASIDE_OPENERS = new Set('with for by through during without like as while when in at on to from after before since despite'.split(' '));
/** Prepositions that open an affiliation when a name follows ("with the Red Cross", "at Northfield College"). */
const AFFILIATION_PREPS = new Set(['with', 'from', 'at']);
/** DATA: words a role never ends with: an article, a preposition or a possessive left by a cut ("former CEO of", "published in the"). */
const CUT_ENDINGS = new Set('the a an of in by to for with at on and or his her their its next'.split(' '));
/** DATA: words after a participle that make it a verb with its own object or particle ("stepping out", "turning away", "seeming to"). */
const VERB_FOLLOWERS = new Set('the a an his her their its my our your them him us it out away up down back off over around to that into on in at from'.split(' '));

const PARTICIPLE = /^\p{Ll}+ing$/u;
/**
 * DATA: words that are no role alone beside the sentence openers and adverbs ("Ed Marsh, meanwhile, said"): short
 * adverbs of the writer's and a modifier whose role was cut off ("Former").
 */
const LONE_NON_ROLES = new Set('too also then now again meantime former'.split(' '));
/** A word alone between commas that is the writer's aside, not a role. */
const loneNonRole = (low: string): boolean => LONE_NON_ROLES.has(low) || SENTENCE_OPENERS.has(low) || isSentenceAdverb(low);
/** A number alone is an age or an id ("Ann Lee, 82, said"), no role. */
const NUMBER = /^\d[\d,.]*$/u;
/** A name in the possessive alone is the body the person speaks for ("NBC’s Ann Lee"): the role is the body. */
const POSSESSIVE = /^(\p{Lu}.*?)['’]s$/u;
/** Words of a body's name: capitalised, a number, or a connector ("Center for Media Justice"). */
const NAME_WORD = /^(?:[\p{Lu}\d].*|of|for|the|and|on|de)$/u;

/** The role as given, or null when it has the shape of an aside or a cut clause. */
export function roleOrNull(given: string | null): string | null {
  // ("a ferry pilot from the island who joined the march": the relative clause tells what they did, not the role)
  const cut = given?.replace(/\s+(?:who|whose)\s.*$/u, '') ?? null;
  // (… and what was joined to it: "executive director at the center and whose …")
  const role = cut !== given ? cut?.replace(/[\s,]+(?:and|but)$/u, '') ?? null : cut;
  if (!role) return null;
  const words = role.trim().split(/\s+/);
  if (words.length === 1 && (loneNonRole(role.trim().toLowerCase()) || NUMBER.test(role.trim()))) return null;
  const body = POSSESSIVE.exec(role.trim())?.[1];
  if (body && words.every((w) => NAME_WORD.test(w)) && !/['’]s\s/u.test(role)) return body;
  const first = words[0] ?? '';
  const last = (words[words.length - 1] ?? '').toLowerCase();
  // ("with the Red Cross", "from Acme Labs": an affiliation with a named body is a role; "with 9-year-old Ann in tow" is none)
  const named = (w: string | undefined): boolean => /^\p{Lu}/u.test(w ?? '');
  const affiliation = AFFILIATION_PREPS.has(first.toLowerCase()) && (named(words[1]) || (words[1]?.toLowerCase() === 'the' && named(words[2])));
  if (ASIDE_OPENERS.has(first.toLowerCase()) && words.length > 1 && !affiliation) return null;
  // ("of Ashton" says where the person is from; "of course", "of 54 members" are no role)
  if (first.toLowerCase() === 'of' && !named(words[1])) return null;
  if (CUT_ENDINGS.has(last)) return null;
  if (PARTICIPLE.test(first) && VERB_FOLLOWERS.has((words[1] ?? '').toLowerCase())) return null;
  return role;
}
