/** Short views of findQuotes' result, shared by the quote-engine tests (one paragraph as a string, or several). */
import { findQuotes } from '../../src/core/quotes';
import type { QuoteKind } from '../../src/core/types';

const paragraphsOf = (input: string | string[]): string[] => (typeof input === 'string' ? [input] : input);

/** What each quote says, in order. */
export const quoteTexts = (input: string | string[]): string[] => findQuotes(paragraphsOf(input)).quotes.map((q) => q.text);

/** Who says each quote, in order (null when nobody is found). */
export const quoteSpeakers = (input: string | string[]): (string | null)[] => findQuotes(paragraphsOf(input)).quotes.map((q) => q.speaker);

/** Each quote as [speaker, text]. */
export const speakerAndText = (input: string | string[]): [string | null, string][] => findQuotes(paragraphsOf(input)).quotes.map((q) => [q.speaker, q.text]);

/** Each quote as [speaker, kind, text]. */
export const speakerKindText = (input: string | string[]): [string | null, QuoteKind, string][] => findQuotes(paragraphsOf(input)).quotes.map((q) => [q.speaker, q.kind, q.text]);

/** Each listed speaker as [name, kind]. */
export const speakerKinds = (input: string | string[]): [string, string][] => findQuotes(paragraphsOf(input)).speakers.map((s) => [s.name, s.kind]);
