/**
 * DATA: phrase shapes around a speech cue that decide what it attributes — adverbials that are not
 * speech, clauses that depend on the words before a cue, where a quote verb's object ends.
 */
/** Words after which a cue's clause depends on what precedes it: wh-words, some prepositions, determiners
 * (never a particle that may end a clause: "The talks will go on, a source said"). */
export const DEPENDENT_END = /\b(?:what|which|whom|whose|something|anything|everything|with|of|for|the|a|an|than|how|why|whether)$/i;
/** Embedded posts and links are not reported speech of the article ("— Jane Doe (@jane) June 29", "https://t.co/…"). */
export const EMBED = /<tweet\b|https?:\/\/|pic\.twitter\.com|\(@\w+\)/i;
/** A quote verb followed by an adverbial, not an object: "spoke to reporters Thursday", "spoke at a memorial". */
export const ADVERBIAL_START = /^(?:to|at|over|since|in|with|during|from|before|after|by|into|through|outside|inside|near|under|across|until|following|amid)\s/i;
/** Where a quote verb's object ends: a comma, or a second verb of its subject ("… but later fessed up"). */
export const OBJECT_END = /\s*[,;]|\s+(?:but|and)\s+(?:later\s+|then\s+|also\s+)?(?:\p{Ll}+ed|went|said|made|gave|took|left)\b|\s+but\s/u;
/** Words after a cue that continue the quotation's sentence: a finite verb first ("would use", "is", "and are"). */
export const GOES_ON = /^(?:and\s+|but\s+)?(?:is|was|were|are|will|would|could|can|should|may|might|must|has|have|had|does|did|do)\b/;
/** An opening adverbial, not words of the quote: "In a statement,", "Asked about it,", "On Saturday,", "A few minutes later,". */
export const ADVERBIAL_OPENING = /^(?:(?:but|and|so|yet|still|then|now|quite|also)\s+)?(?:in|on|at|after|before|during|when|while|as|since|with|without|following|despite|like|unlike|for|from|by|instead|regarding|of|along|although|though|because|if|upon|over|under|through|amid|last|earlier|later|there|the\s+next|a\s+few|less|more|to|\p{L}+ing|asked|eyebrows)\b/iu;
/** A subordinate clause with its own subject is part of what a speaker said: "If Clinton is elected, he said, “…”". */
export const SUBORDINATE_CLAUSE = /^(?:if|while|after|before|as|when|although|though|because|since|unless|until|once)\s+(?:he|she|they|it|we|i|you|the\s+\p{L}+|\p{Lu}\p{L}+)\s+(?:\p{Ll}+ed|is|was|were|are|has|had|have|will|would|can|could|did|does|do)\b/u;
/** An opening adverbial, or a phrase ending in a time word ('A few minutes later'), before a mid-sentence cue. */
export const ADVERBIAL_HEAD = new RegExp(`${ADVERBIAL_OPENING.source}|\\b(?:later|ago|earlier|today|yesterday|tonight|week|month|year|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time)$`, 'iu');
/** A lead before a quotation that makes the quotation an object of its own. */
export const QUOTE_ONLY_LEAD = /^\s*(?:of|about|against)\b|\b(?:and|or|but)\s/i;
