/**
 * Boilerplate lines left in an extraction: lines whose whole text is an ad-break label or a
 * menu / share / newsletter / comment / AMP-notice prompt. Uses the cleaning phrase tables plus a few
 * independent shapes, so a line Verbatim's rules do not know can still be counted.
 */
import { AD_MARKERS } from '../../src/core/clean/ad-markers';
import { BOILERPLATE_PHRASES } from '../../src/core/clean/boilerplate-phrases';
import { matchForm } from '../../src/core/clean/normalize';
import { compilePhrases, matchPhrase } from '../../src/core/clean/phrase-rule';

const TABLES = compilePhrases([...AD_MARKERS, ...BOILERPLATE_PHRASES]);

/** Shapes outside the cleaning tables, checked independently. */
const EXTRA: readonly { kind: string; re: RegExp }[] = [
  { kind: 'ad-break', re: /^(?:advertisement|story continues below|article continues|continue reading)\b.{0,40}$/i },
  { kind: 'comments', re: /^(?:\d+\s+)?comments?\b.{0,40}$|commenting policy/i },
  { kind: 'share', re: /^share (?:this|on)\b.{0,40}$/i },
  { kind: 'newsletter', re: /^(?:sign up|subscribe)\b.{0,60}newsletter/i },
  { kind: 'related', re: /^[[(]?\s*(?:read|read more|read next|also read|related|see also)\s*[:|]\s*\S.{0,150}$/i },
];

/** The boilerplate kind of one line, or null for article text. */
export function boilerplateKind(line: string): string | null {
  const text = matchForm(line);
  if (!text || text.length > 160) return null;
  const rule = matchPhrase(TABLES, text);
  if (rule) return rule.kind;
  return EXTRA.find((e) => e.re.test(text))?.kind ?? null;
}

export function countBoilerplate(lines: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const line of lines) {
    const kind = boilerplateKind(line);
    if (kind) found.set(kind, [...(found.get(kind) ?? []), line]);
  }
  return found;
}
