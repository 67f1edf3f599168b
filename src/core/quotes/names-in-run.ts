/**
 * The personal name inside one run of capitalised words: titles, roles and organisations before it
 * are cut ("Russian Foreign Minister Sergei Lavrov" → "Sergei Lavrov"), and runs that are places,
 * regions, acronyms or titles of shows name no one.
 */
import { foldKey } from '../text/normalize';
import { nameKey, POSSESSIVE, type NameMention } from './names-key';
import { SENTENCE_OPENERS, STOP_WORDS } from './non-speakers';
import { isRoleShaped } from './speaker-role-words';
import { isOrgSurname, isTitleSurname } from './speaker-title-surname';
import { ORG_HEADS, PEOPLE_NOUNS, PLACE_SPEAKERS, ROLEISH, ROLE_NOUNS, TITLES } from './titles-and-roles';
import { NAME_LIKE } from './speaker-mention-words';

/** Generational suffixes after a surname. */
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV|V)\.?,?$/;
/** Words before a place that make it a region, not a surname ("North Korea", "Latin America"). */
const REGION = new Set('north south east west central latin new great northern southern eastern western united greater upper lower middle'.split(' '));
/** Nouns closing the title of a show or a law named after a person ("The Rachel Maddow Show"). */
const TITLE_TAILS = new Set('show hour program programme act rule doctrine report'.split(' '));

/** The personal name at the end of a run of capitalised words, or null. */
export function nameIn(run: string[], start: number, paragraph: number, sentenceStart: boolean, common: ReadonlySet<string>): NameMention | null {
  let words = run;
  let offset = start;
  // "The Rachel Maddow Show": the name before the title's noun
  if (words.length > 2 && TITLE_TAILS.has(words[words.length - 1]!.toLowerCase())) words = words.slice(0, -1);
  // the name is what follows the last title or function word ("Russian Foreign Minister Sergei Lavrov")
  let cut = 0;
  words.forEach((w, i) => {
    const low = w.toLowerCase().replace(/\.$/, '').replace(POSSESSIVE, '');
    // (a middle initial is no function word: "Robert A. Delane")
    if (/^\p{Lu}\.$/u.test(w) && i > 0) return;
    // "said Will Parrish": a first name that is also a word, inside a sentence
    if (i === 0 && !sentenceStart && NAME_LIKE.has(low) && words.length === 2) return;
    // "Theresa May", "George Will": the same word as a surname
    if (i === words.length - 1 && i > 0 && NAME_LIKE.has(low)) return;
    // ("Nolan King", "Mr. King": a title word after a first name or an honorific is a surname)
    if (isTitleSurname(words, i)) return;
    if (STOP_WORDS.has(low) || TITLES.has(low) || ROLEISH.has(low) || SENTENCE_OPENERS.has(low)) cut = i + 1;
    // an organisation or a description before the name ("County Chief of Staff Tessa Dunmore", "Co-anchor Norah
    // O’Donnell"), never the surname itself
    else if (i < words.length - 1 && (ORG_HEADS.has(low) || isRoleShaped(w))) cut = i + 1;
    // "Investigative Correspondent Cynthia McFadden", "FBI General Counsel James A. Baker": a role noun before a full name
    else if (i < words.length - 2 && ROLE_NOUNS.has(low)) cut = i + 1;
    // "Republicans Jolly and DeSantis", "Democrats Jane Smith": a plural group noun is no first name
    else if (i < words.length - 1 && PEOPLE_NOUNS.has(low) && /[^s]s$/.test(low)) cut = i + 1;
  });
  // a generational suffix is not the surname ("Charles Wexley III", "Luther Dean Moss IV", "Jr.")
  while (words.length > 2 && NAME_SUFFIX.test(words[words.length - 1]!)) words = words.slice(0, -1);
  // "Counsel W. Neil Eggleston": a word before a first initial and two names is a role
  if (words.length - cut === 4 && /^\p{Lu}\.$/u.test(words[cut + 1] ?? '')) cut++;
  // a long capitalised run is a role before a name ("Washington Political Editor Lorcan Pennant")
  if (words.length - cut > 4) cut = words.length - 2;
  for (const w of words.slice(0, cut)) offset += w.length + 1;
  words = words.slice(cut);
  if (words.length < 2 || words.length > 4) return null;
  const lastWord = words[words.length - 1]!.replace(POSSESSIVE, '');
  const lows = words.map((w) => w.toLowerCase().replace(POSSESSIVE, ''));
  // a place as a surname ("Rep. Ellen Jordan"), never a region ("North Korea") or a place first ("Moscow Mayor")
  const placeSurname = (w: string, i: number): boolean =>
    i === lows.length - 1 && i > 0 && !REGION.has(lows[0]!) && !common.has(lows[0]!) && !lows.slice(0, -1).some((x) => PLACE_SPEAKERS.has(x));
  // ("Margaret Court": an institution's word after a known first name is a surname)
  const orgSurname = isOrgSurname(words, (low) => ORG_HEADS.has(low));
  if (lows.some((w, i) => (STOP_WORDS.has(w) && !(NAME_LIKE.has(w) && ((i === 0 && !sentenceStart) || (i > 0 && i === lows.length - 1)))) || (ORG_HEADS.has(w) && !orgSurname) || (PLACE_SPEAKERS.has(w) && !placeSurname(w, i)))) return null;
  if (words.some((w) => /^\p{Lu}{2,}$/u.test(w))) return null;
  // ("Harbor Unveils New Ferries", "Harbor Ferry Found": title-case words the article writes in lower case, two of
  // them or the last, are a headline's, no name's)
  // (never a particle: "Ingrid von der Hoek")
  const lowerElsewhere = lows.map((w, i) => i > 0 && /^\p{Lu}/u.test(words[i] ?? '') && common.has(w));
  if (words.length > 2 && (lowerElsewhere.filter(Boolean).length >= 2 || lowerElsewhere[lowerElsewhere.length - 1])) return null;
  const name = [...words.slice(0, -1), lastWord].join(' ');
  return { name, key: nameKey(name), first: foldKey(words[0]!), last: foldKey(lastWord), paragraph, offset };
}
