/**
 * DATA: shapes of capitalised words that describe a person rather than name them, when they open a
 * run of capitalised words before a name ("Filmmaker Jack Ormond", "Co-anchor Norah O’Donnell",
 * "Celebrities Julianne Moore", "Editor-in-Chief Martin Baron"). A first name never has these shapes.
 */

interface RoleShape {
  id: string;
  pattern: RegExp;
  reason: string;
}

export const ROLE_WORD_SHAPES: readonly RoleShape[] = [
  // "Co-anchor", "Editor-in-Chief", "Ex-governor": a hyphen then a lower-case word (names capitalise both parts: "Smith-Jones")
  { id: 'hyphen-lower', pattern: /^\p{Lu}\p{Ll}*-\p{Ll}/u, reason: 'a compound common noun' },
  // "Celebrities", "Elections", "Activists", "Supporters": a plural common noun, not a first name ("James", "Charles")
  { id: 'plural-noun', pattern: /^\p{Lu}\p{Ll}{3,}(?:ies|ers|ists|ions|ents|ants|ors)$/u, reason: 'a plural group noun' },
  // "Filmmaker", "Hacker", "Blogger", "Activist": agent nouns that are never given names
  { id: 'agent-noun', pattern: /^\p{Lu}\p{Ll}+(?:maker|writer|hacker|blogger|keeper|holder|owner|worker|ist)$/u, reason: 'an occupation' },
];

/** True when a capitalised word before a name is a description ("Filmmaker"), not a first name. */
export function isRoleShaped(word: string): boolean {
  return ROLE_WORD_SHAPES.some((s) => s.pattern.test(word));
}
