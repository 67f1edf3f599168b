/**
 * "While Ferreira has vowed to leave such programs untouched, Okafor wants to expand them": a cue inside a
 * concessive clause that opens its sentence reports only up to the comma that closes the clause; the main
 * clause after it is the writer's. So does a participle opening its sentence after a preposition ("After saying A,
 * the man ended up …").
 */
import type { Cue, Paragraph } from './model';

/** Concessive openers whose clause ends at its first comma (never "as"/"if"/"after": their clauses differ). */
const CONCESSIVE_LEAD = /^\s*(?:(?:but|and|yet)\s+)?(?:while|although|though|whereas|even\s+though|even\s+as|even\s+if)\s+[^,;:]*$/i;
/** A participle opening its sentence after a preposition ("After saying A, the man …", "In explaining why A, Clinton
 * described …"): what it reports ends at the comma before the main clause, as in a concessive clause. */
const PARTICIPLE_LEAD = /^\s*(?:(?:but|and)\s+)?(?:after|before|while|when|since|upon|by|in|without|despite|amid|on)\s*$/i;
/** The comma that closes the clause, with a main clause after it (at least two words). */
const CLAUSE_COMMA = /,\s+(?=[\p{L}\p{N}]+\s+[\p{L}\p{N}])/u;

/** What a cue reports when it sits in a concessive opening clause: its region cut at the clause's comma. */
export function concessiveObject(p: Paragraph, cue: Cue, sentenceStart: number, content: { start: number; end: number; masked: string }): { start: number; end: number; masked: string } {
  const lead = p.masked.slice(sentenceStart, cue.start);
  if (!CONCESSIVE_LEAD.test(lead) && !(cue.order === 'participle' && PARTICIPLE_LEAD.test(p.masked.slice(sentenceStart, cue.verbStart)))) return content;
  const comma = CLAUSE_COMMA.exec(content.masked);
  return comma ? { start: content.start, end: content.start + comma.index, masked: content.masked.slice(0, comma.index) } : content;
}
