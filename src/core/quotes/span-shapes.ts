/**
 * DATA: phrase shapes around a speech cue that decide what it attributes — adverbials that are not
 * speech, clauses that depend on the words before a cue, where a quote verb's object ends.
 */
import { WEEKDAYS } from '../text/words';
/** Words after which a cue's clause depends on what precedes it: wh-words, some prepositions, determiners
 * (never a particle that may end a clause: "The talks will go on, a source said"). */
export const DEPENDENT_END = /\b(?:what|which|whom|whose|something|anything|everything|with|of|for|the|a|an|than|how|why|whether)$/i;
/** Embedded posts and links are not reported speech of the article ("— Jane Doe (@jane) June 29", "https://t.co/…"). */
export const EMBED = /<tweet\b|https?:\/\/|pic\.twitter\.com|\(@\w+\)/i;
/** A quote verb followed by an adverbial, not an object: "spoke to reporters Thursday", "spoke at a memorial". */
export const ADVERBIAL_START = /^(?:to|at|over|since|in|with|during|from|before|after|by|into|through|outside|inside|near|under|across|until|following|amid)\s/i;
/** Where a quote verb's object ends: a comma (never a number's: "accepting 10,000 Syrians"), or a second verb of its subject ("… but later fessed up"), or the
 * occasion of the saying after the object ("endorsed X after he won …", "thanked supporters at a victory rally"). */
export const OBJECT_END = /\s*(?:,(?!\d{3}\b)(?!\s+(?:including|as\s+well\s+as|such\s+as)\b)|;)|\s+(?:but|and)\s+(?:later\s+|then\s+|also\s+)?(?:\p{Ll}+ed|went|said|made|gave|took|left)\b|\s+but\s|(?<!\b(?:how|that|why|what|whether))\s+(?:after|since|during|while|when)\s+(?:he|she|they|it|we|i|\p{Ll}+ing|the|a|an|his|her|their)\b|\s+(?:at|in)\s+(?:a|an|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:rally|interview|speech|statement|event|debate|conference|hearing|town\s+hall|remarks|appearance|stop)\b/u;
/** A list opening a quote verb's object ("GOP voters, lawmakers, and thinkers for …", "of the malaise, the lack of
 * jobs and the violence"): short items joined by commas and a last "and"/"or" — its commas end nothing. */
/** An item of such a list: never a clause ("which …", "and there were …", "meeting with him …", "Obama should use …"). */
const LIST_ITEM = String.raw`(?!(?:and|or|but|both|either|which|who|whose|where|when|while|including|\p{Ll}+ing|\p{Ll}+ed)\b)(?:(?!\b(?:is|are|was|were|has|have|had|will|would|should|could|can|may|might|must|did|does)\b)[^,;\u2592]){1,40}`;
export const OBJECT_LIST = new RegExp(String.raw`^[^,;\u2592]{1,60}(?:,\s+${LIST_ITEM}){1,4},?\s+(?:and|or)\s+(?!(?:there|he|she|they|it|we|i|you|this|that|then|also)\b)[^,;\u2592]+`, 'iu');
/** Words after a cue that continue the quotation's sentence: a finite verb first ("would use", "is", "and are"). */
export const GOES_ON = /^(?:and\s+|but\s+)?(?:is|was|were|are|will|would|could|can|should|may|might|must|has|have|had|does|did|do)\b/;
/** An opening adverbial, not words of the quote: "In a statement,", "Asked about it,", "On Saturday,", "A few minutes later,". */
export const ADVERBIAL_OPENING = /^(?:(?:but|and|so|yet|still|then|now|quite|also)\s+)?(?:in|on|at|after|before|during|when|while|as|since|with|without|following|despite|like|unlike|for|from|by|instead|regarding|of|along|although|though|because|if|upon|over|under|through|amid|last|earlier|later|there|the\s+next|a\s+few|less|more|to|\p{L}+ing|asked|eyebrows)\b/iu;
/** A subordinate clause with its own subject is part of what a speaker said: "If Ferreira is elected, he said, “…”". */
export const SUBORDINATE_CLAUSE = /^(?:if|while|after|before|as|when|although|though|because|since|unless|until|once)\s+(?:he|she|they|it|we|i|you|the\s+\p{L}+|\p{Lu}\p{L}+)\s+(?:\p{Ll}+ed|is|was|were|are|has|had|have|will|would|can|could|did|does|do)\b/u;
/** An opening adverbial, or a phrase ending in a time word ('A few minutes later'), before a mid-sentence cue. */
export const ADVERBIAL_HEAD = new RegExp(`${ADVERBIAL_OPENING.source}|\\b(?:later|ago|earlier|today|yesterday|tonight|week|month|year|morning|afternoon|evening|night|${WEEKDAYS}|time)$`, 'iu');
/** A lead before a quotation that makes the quotation an object of its own: a preposition opening it, or a
 * conjunction right before the quotation ("the meeting and “its constructive nature”"; never inside the
 * object: "called Trump and Clinton “crazy”"). */
export const QUOTE_ONLY_LEAD = /^\s*(?:of|about|against)\b|\b(?:and|or|but)\s+(?:\p{L}+\s+)?$/iu;
/**
 * Where a speaker's content ends after its last quotation: what follows is no longer what was said, but
 * the writer's own clause. Each pattern is searched in the words after the quotation; the earliest wins.
 */
export const TAIL_CUTS: readonly { id: string; pattern: RegExp; reason: string }[] = [
  // "… “a very decent man,” noting that …": a participle after a comma describes the saying
  { id: 'participle', pattern: /,\s+(?!including\b|according\b)\p{Ll}{3,}ing\b/u, reason: 'participial adjunct' },
  // "… “a fair boss” and he didn’t …", "… “The Locals” and swears …": a second clause of the writer
  { id: 'and-clause', pattern: /,?\s+(?:and|but)\s+(?:then\s+|also\s+|later\s+|\p{Ll}{3,}ly\s+)?(?:(?:he|she|they|we|i)\s|\p{Ll}{3,}ed\s|(?:said|told|made|gave|took|went|cast|put|got|called|kept|left|ran|began|came|held|stood|met|sent|spent|brought|found|won|lost|led|fled|drew|threw|struck)\s|\p{Ll}{3,}ing\s|\p{Ll}{3,}s\s+(?:\p{Ll}+\s+)?(?:him|her|them|it|that|\p{Lu}))/u, reason: 'coordinated clause' },
  // "… “there’s nothing odd about that” — asserting …": a dash after the quotation
  { id: 'dash', pattern: /\s*(?:[\u2014\u2013]|\s--)\s/u, reason: 'dash aside' },
  // "… “let’s not count our chickens,” before cheerfully predicting …", "“…” as he faces …"
  { id: 'subordinate', pattern: /,?\s+(?:before|while|as|whereas|in\s+which|until)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ing|he|she|they|it|we|i)\b/u, reason: 'subordinate clause of the writer' },
  // "… “That makes me careful,” when Ferreira scolded him …": a clause of the writer with its own subject
  { id: 'subordinate-subject', pattern: /,?\s+(?:when|after|because|since|although|though)\s+(?:(?:he|she|they|we|i)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|s))\b/u, reason: 'subordinate clause with its own subject' },
  // "… the “right temperament,” Okafor is the candidate …": a new clause with its own named subject
  { id: 'new-clause', pattern: /,\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:is|was|has|had|are|were|will|would|said|told|made|gave|took|went|got|\p{Ll}{3,}ed)\b/u, reason: 'new sentence clause' },
  // "… at such a tax, which would take …": a non-restrictive relative clause of the writer
  { id: 'which', pattern: /,\s+which\s/u, reason: 'non-restrictive relative clause' },
  // "… him a “dreamer,” a gentle jab at …": an apposition describing the quotation
  { id: 'apposition', pattern: /^,\s+(?:a|an)\s/u, reason: 'apposition' },
  // "… called the vote “rigged” in a post on Tuesday, and …": the occasion of the saying right after the quotation
  { id: 'occasion', pattern: /^,?\s+(?:in|on|at|during)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:tweet|interview|statement|speech|post|rally|debate|letter|op-ed|video|appearance|address)\b/u, reason: 'occasion of the saying' },
  // "… posted “Thank you, Ohio” moments after the polls closed": when it was said
  { id: 'time-after', pattern: /^,?\s+(?:moments|hours|days|minutes|weeks|shortly|just|soon)\s+(?:after|before)\s/u, reason: 'time of the saying' },
  // "… he is “losing the fight,” part of a string of attacks …": an apposition placing the saying among others
  { id: 'part-of', pattern: /^,?\s+(?:part|one)\s+of\s+(?:a|an|the|his|her|their)\s/u, reason: 'apposition placing the saying' },
];
