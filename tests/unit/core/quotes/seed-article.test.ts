/**
 * Acceptance on the reference page: the seed article's body (tests/fixtures/quotes/seed-article.txt,
 * written from ../shared/seed/globalnews-amp-article.txt) yields its nine people and two
 * organisations with full names, roles and their quotes, and no byline or credit name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';
import { splitParagraphs } from '../../../../src/core/text/normalize';

const paragraphs = splitParagraphs(readFileSync(join(__dirname, '../../../fixtures/quotes/seed-article.txt'), 'utf8'));
const result = findQuotes(paragraphs, { notSpeakers: ['Reuters'] });
const speaker = (name: string) => result.speakers.find((s) => s.name === name);
const quotesOf = (name: string) => result.quotes.filter((q) => q.speaker === name);

describe('seed article speakers', () => {
  test.each([
    ['Dmitry Peskov', 'Kremlin spokesman', 'person'],
    ['Alexei Zaitsev', 'ministry spokesman', 'person'],
    ['Sergei Lavrov', 'Russian Foreign Minister', 'person'],
    ['Dmytro Kuleba', 'Foreign Minister', 'person'],
    ['Volodymyr Zelenskiy', 'Ukrainian President', 'person'],
    ['Antony Blinken', 'U.S. Secretary of State', 'person'],
    ['Vladimir Ermakov', 'senior Russian foreign ministry official', 'person'],
    ['Putin', null, 'person'],
    ['Biden', null, 'person'],
    ['the Russian foreign ministry', null, 'organization'],
    ['NATO', null, 'organization'],
  ])('%s (%s, %s)', (name, role, kind) => {
    const s = speaker(name);
    expect(s).toBeDefined();
    expect(s?.role ?? null).toBe(role);
    expect(s?.kind).toBe(kind);
    expect(s?.quoteCount).toBe(quotesOf(name).length);
    expect(s?.quoteCount).toBeGreaterThan(0);
  });

  test.each(['Nikolaj Skydsgaard', 'Mark Trevelyan', 'Timothy Heritage', 'Nick Macfie', 'Skydsgaard', 'Macfie'])('never a speaker: %s', (name) => {
    expect(result.speakers.some((s) => s.name.includes(name) || s.aliases.includes(name))).toBe(false);
  });

  test('surname-only mentions are merged into the full name', () => {
    expect(result.speakers.some((s) => s.name === 'Peskov' || s.name === 'Lavrov')).toBe(false);
    expect(speaker('Dmitry Peskov')?.aliases).toContain('Peskov');
  });
});

describe('seed article quotes', () => {
  test.each([
    ['Dmitry Peskov', 'direct', 'Based on what our colleagues said yesterday'],
    ['Dmitry Peskov', 'direct', 'But we won’t rush with our assessments.'],
    ['Dmitry Peskov', 'reported', 'Moscow needed time to review the U.S. written response'],
    ['Alexei Zaitsev', 'direct', 'We have already repeatedly stated that our country does not intend to attack anyone.'],
    ['the Russian foreign ministry', 'reported', 'the best way to reduce tensions was for NATO to withdraw forces'],
    ['Antony Blinken', 'partial', 'Washington remained committed to upholding NATO’s “open-door” policy'],
    ['NATO', 'reported', 'it would not compromise its core principles'],
    ['Volodymyr Zelenskiy', 'partial', 'its constructive nature'],
    ['Dmytro Kuleba', 'reported', 'the agreement on more talks meant Russia was likely to remain on a diplomatic track'],
    ['Dmytro Kuleba', 'partial', 'Russia’s main strategy now was to destabilize Ukraine'],
    ['Sergei Lavrov', 'reported', 'there was hope of starting serious dialog with the United States'],
    ['Sergei Lavrov', 'direct', 'The most important question is our clear position'],
    ['Sergei Lavrov', 'reported', 'Putin would decide Russia’s next move'],
    ['Putin', 'partial', 'military-technical response'],
    ['Vladimir Ermakov', 'reported', 'a nuclear missile crisis between Moscow and Washington was unavoidable'],
    ['Vladimir Ermakov', 'reported', 'Moscow believed Washington was preparing to deploy'],
    ['Biden', 'reported', 'he will not send U.S. or allied troops to fight Russia in Ukraine'],
  ])('%s: %s “%s…”', (name, kind, start) => {
    expect(quotesOf(name).some((q) => q.kind === kind && q.text.startsWith(start))).toBe(true);
  });

  test('the credits line yields no quote', () => {
    const credits = paragraphs.findIndex((p) => p.startsWith('(Additional reporting'));
    expect(credits).toBeGreaterThan(0);
    expect(result.quotes.some((q) => q.paragraph === credits)).toBe(false);
  });

  test('every quote records the rule that found it', () => {
    expect(result.quotes.every((q) => q.rule.length > 0)).toBe(true);
  });
});
