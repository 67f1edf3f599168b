/**
 * "The school board released a statement saying …", "Ferreira released a new video calling …", "His office put out
 * a statement that …": a document someone puts out speaks for them, so the speaker is the subject of
 * the publishing verb, not the document.
 */
import type { Mention, Token } from './model';
import { PRONOUNS } from './non-speakers';
import { wordSet } from '../text/words';


/** Documents that carry their author's words (compared in lower case). */
export const OWNED_DOCUMENTS = wordSet('statement letter missive memo note email message tweet post video ad advertisement release op-ed editorial response');

/** Verbs by which a speaker puts a document out ("issued", "released", "put out"). */
export const PUBLISHING_VERBS = wordSet('issued issues released releases sent sends posted posts published publishes tweeted shared emailed aired penned distributed unveiled wrote writes delivered delivers gave gives launched launches ran runs filed files drafted');

/** Verbs that put a document out with a particle ("put out a statement", "fired back a response", "shot off a letter"). */
const PARTICLE_VERBS = wordSet('put puts fired fires shot shoots sent sends');
const PARTICLES = wordSet('out back off');

/** Adverbs allowed between the subject and the publishing verb ("quickly issued"). */
const BETWEEN = /^(?:also|later|then|quickly|swiftly|soon|immediately|separately|jointly|subsequently)$/;

/** Determiners before the document ("a statement", "its own statement"). */
const DOC_DETERMINERS = wordSet('a an the its his her their our own joint brief short written lengthy new');

/**
 * When the noun phrase ending at token `i` is a document put out by someone, the start of that
 * someone's noun phrase (to read the speaker from) or a pronoun mention; else null.
 */
export function documentOwner(tokens: readonly Token[], i: number, lo: number): { ownerEnd: number } | { pronoun: Mention } | null {
  const doc = tokens[i];
  if (!doc || doc.type !== 'word' || !OWNED_DOCUMENTS.has(doc.low)) return null;
  let j = i - 1;
  // (and the document's lower-case describing words: "a new radio ad", "a two-page letter")
  while (j >= lo && j > i - 5 && tokens[j]?.type === 'word' && (DOC_DETERMINERS.has((tokens[j] as Token).low) || (!(tokens[j] as Token).cap && !PUBLISHING_VERBS.has((tokens[j] as Token).low) && !PARTICLES.has((tokens[j] as Token).low)))) j--;
  if (j === i - 1) return null;
  // "put out a statement", "fired back a response"
  if (PARTICLES.has(tokens[j]?.low ?? '') && PARTICLE_VERBS.has(tokens[j - 1]?.low ?? '')) j--;
  else if (!PUBLISHING_VERBS.has(tokens[j]?.low ?? '')) return null;
  j--;
  while (j >= lo && BETWEEN.test(tokens[j]?.low ?? '')) j--;
  const t = tokens[j];
  if (j < lo || !t || t.type !== 'word') return null;
  if (PRONOUNS.has(t.low) && t.low !== 'i' && t.low !== 'we') return { pronoun: { start: t.start, end: t.end, type: 'pronoun', text: t.low, role: null, org: false } };
  return { ownerEnd: j };
}
