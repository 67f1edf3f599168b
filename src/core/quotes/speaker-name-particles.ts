/**
 * DATA: lower-case particles inside personal names ("Ursula von der Leyen", "Charles de Gaulle",
 * "Mohammed bin Salman", "Bashar al-Assad"). A particle belongs to the name when a capitalised name
 * word follows it (directly or after another particle); the surname is everything from the first
 * particle on ("von der Leyen said" is "Ursula von der Leyen").
 */

interface Particle {
  word: string;
  /** May open a phrase with no capitalised name word before it ("von der Leyen said"); false for English words ("ten", "la"). */
  opens: boolean;
  reason: string;
}

export const NAME_PARTICLES: readonly Particle[] = [
  // German and Dutch nobiliary and place particles ("von der Leyen", "van der Berg", "ter Stegen")
  ...['von', 'van', 'der', 'den', 'vom', 'zu', 'zur'].map((word) => ({ word, opens: true, reason: 'German or Dutch particle' })),
  // Romance particles ("de Gaulle", "da Silva", "di Maio", "du Pont", "del Toro", "della Valle", "dos Santos")
  ...['de', 'da', 'di', 'du', 'del', 'della', 'des', 'dos', 'das'].map((word) => ({ word, opens: true, reason: 'Romance particle' })),
  // Arabic patronymics ("Mohammed bin Salman", "Ali ibn Abi Talib")
  ...['bin', 'ibn', 'bint', 'binti'].map((word) => ({ word, opens: true, reason: 'patronymic' })),
  // particles that are also English words or articles: inside a name only after a capitalised word ("Marine la Pen", "Marc ter Stegen")
  ...['la', 'le', 'ter', 'ten', 'al', 'el', 'y'].map((word) => ({ word, opens: false, reason: 'also an ordinary word' })),
];

const BY_WORD: ReadonlyMap<string, Particle> = new Map(NAME_PARTICLES.map((p) => [p.word, p]));

/** Arabic particles joined to a capitalised name by a hyphen ("al-Assad", "el-Sisi", "abu-Bakr"); never "at-Large". */
export const JOINED_PARTICLES: readonly string[] = ['al', 'el', 'ad', 'ash', 'ud', 'ul', 'bin', 'ibn', 'abu', 'abd'];
const JOINED = new RegExp(`^(?:${JOINED_PARTICLES.join('|')})-\\p{Lu}`, 'u');
/** A folded joined name ("al-assad") → the name after the particle ("assad"). */
const JOINED_TAIL = new RegExp(`^(?:${JOINED_PARTICLES.join('|')})-(\\p{L}+)$`, 'u');
export const joinedTail = (folded: string): string | undefined => JOINED_TAIL.exec(folded)?.[1];

/** A lower-case word that is a name particle ("von", "de", "bin"). */
export const isParticle = (low: string): boolean => BY_WORD.has(low);

/** A particle that may open a surname with no capitalised word before it. */
export const opensSurname = (low: string): boolean => BY_WORD.get(low)?.opens === true;

/** "al-Assad": a hyphen-joined particle and a capitalised name, a name word although lower case. */
export const isJoinedName = (text: string): boolean => JOINED.test(text);

/**
 * A name made only of particles and one last word ("von der Leyen", "De Gaulle", "bin Salman"): a
 * surname that stands for a full name the article gives. The first particle may be capitalised (it
 * opens a sentence); the others are written in lower case.
 */
export function isParticleSurname(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return words.length > 1 && opensSurname((words[0] as string).toLowerCase()) && words.slice(1, -1).every((w) => isParticle(w)) && /^\p{Lu}/u.test(last);
}
