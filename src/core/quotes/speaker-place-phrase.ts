/**
 * "A correspondent in the town of Veldara said", "Residents of the village of Oakhurst said", "a
 * spokesman for the city of Tulsa said": a name after "the <place noun> of" says where the speaker is
 * or what they speak for, not who speaks. The speaker is the noun before the preposition, with the place
 * as its modifier. A person named after a role ("state attorney Lena Delacroix") or before "of" ("Dorian
 * Pennant of Grace Valley Church") has no such phrase before the name and stays the speaker.
 */
import type { Token } from './model';
import { DESCRIBING_ADJECTIVES } from './non-speakers';
import { wordSet } from '../text/words';


/** DATA: lower-case nouns that open the name of a place ("the town of", "the northern province of"). */
export const PLACE_NOUNS = wordSet(`
  town city village hamlet province region state county district capital area neighborhood neighbourhood
  suburb port island islands country republic kingdom enclave governorate municipality borough township
  valley commune prefecture emirate territory oblast
`);

/** Describing words allowed between the article and the place noun ("the northern", "the rebel-held"). */
const MAX_DESCRIBING = 3;

/**
 * When the capitalised phrase starting at token `first` closes a place phrase ("… in the town of
 * Veldara"), the index of the preposition before that phrase ("in"); else -1.
 */
export function placePreposition(tokens: readonly Token[], first: number, lo: number): number {
  let k = first - 1;
  if (tokens[k]?.low !== 'of') return -1;
  k--;
  const place = tokens[k];
  if (k < lo || !place || place.type !== 'word' || place.cap || !PLACE_NOUNS.has(place.low)) return -1;
  k--;
  for (let n = 0; n < MAX_DESCRIBING && k >= lo; n++, k--) {
    const t = tokens[k] as Token;
    // (lower-case, or an adjective of nation: "the Syrian province of Idlib")
    if (t.type !== 'word' || (t.cap && !DESCRIBING_ADJECTIVES.has(t.low)) || t.low === 'the' || t.low === 'a') break;
  }
  if (k < lo || !/^(?:the|a)$/.test(tokens[k]?.low ?? '')) return -1;
  return k - 1 >= lo && tokens[k - 1]?.type === 'word' ? k - 1 : -1;
}
