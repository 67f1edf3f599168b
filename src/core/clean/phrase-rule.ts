/**
 * The shape of a whole-text phrase rule, and its compilation: each table compiles once, at module
 * level, into regexes that must match an element's ENTIRE normalised text (see normalize.matchForm).
 */
import type { RemovalKind, RuleId } from '../types';

export interface PhraseRule {
  id: RuleId;
  /** Regex source over lower-cased, edge-trimmed text; anchored when compiled. */
  pattern: string;
  kind: RemovalKind;
  /**
   * 'self' removes the label block; 'section' also removes the small box it heads (a "Related
   * stories" heading and its list of links, a newsletter prompt and its form).
   */
  scope?: 'self' | 'section';
}

export interface CompiledPhrases {
  /** Whole text is one phrase of the table: which one. */
  single: { rule: PhraseRule; re: RegExp }[];
  /** Whole text is several phrases of one kind in a row, e.g. "Menu Topics Connect". */
  sequence: Map<RemovalKind, RegExp>;
  /** Whole text is one or more phrases of any kind: one test that rules most blocks out. */
  any: RegExp;
}

// Between labels run together: spaces, punctuation, bullets, or nothing ("AdvertisementHide Ad").
const JOINER = '[\\s\\p{P}\\p{S}]*';

export function compilePhrases(rules: readonly PhraseRule[]): CompiledPhrases {
  const single = rules.map((rule) => ({ rule, re: new RegExp(`^(?:${rule.pattern})$`, 'u') }));
  const byKind = new Map<RemovalKind, string[]>();
  for (const rule of rules) byKind.set(rule.kind, [...(byKind.get(rule.kind) ?? []), rule.pattern]);
  const sequence = new Map<RemovalKind, RegExp>();
  for (const [kind, patterns] of byKind) {
    const any = `(?:${patterns.join('|')})`;
    sequence.set(kind, new RegExp(`^${any}(?:${JOINER}${any})+$`, 'u'));
  }
  const all = `(?:${rules.map((r) => r.pattern).join('|')})`;
  return { single, sequence, any: new RegExp(`^${all}(?:${JOINER}${all})*$`, 'u') };
}

/** The rule whose phrase is the whole text, or a `<kind>-sequence` pseudo-rule, or null. */
export function matchPhrase(compiled: CompiledPhrases, text: string): PhraseRule | null {
  if (!compiled.any.test(text)) return null;
  for (const { rule, re } of compiled.single) if (re.test(text)) return rule;
  for (const [kind, re] of compiled.sequence) if (re.test(text)) return { id: `${kind}-sequence`, pattern: re.source, kind };
  return null;
}
