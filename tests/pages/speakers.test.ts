/**
 * Golden pages, speakers: for every fixture whose expected.json lists speakers, the pipeline's
 * speakers and quotes. Kept apart from pages.test.ts so the page fields stand on their own while the
 * quotes engine evolves.
 */
import { describe, expect, test } from 'vitest';
import { runHtml } from '../helpers/load-page';
import { goldenCases, readGolden } from '../helpers/golden';

interface SpeakerExpectation { name: string; role?: string; kind: 'person' | 'organization' }
interface SpeakersGolden { present: SpeakerExpectation[]; never: string[] }

const cases = goldenCases()
  .map((name) => ({ name, ...readGolden(name) }))
  .filter((c) => (c.golden as { speakers?: SpeakersGolden }).speakers !== undefined);

describe.each(cases)('$name', ({ source, golden }) => {
  const expected = (golden as { speakers?: SpeakersGolden }).speakers as SpeakersGolden;
  const outcome = runHtml(source, golden.url);
  const speakers = outcome.kind === 'article' ? outcome.speakers : [];
  const quotes = outcome.kind === 'article' ? outcome.quotes : [];
  const blocks = outcome.kind === 'article' ? outcome.article.blocks : [];

  test.each(expected.present)('speaker $name', ({ name, role, kind }) => {
    const speaker = speakers.find((s) => s.name === name);
    expect(speaker, `${name} among ${speakers.map((s) => s.name).join(', ')}`).toBeDefined();
    expect(speaker?.kind).toBe(kind);
    expect(speaker?.quoteCount).toBeGreaterThan(0);
    if (role) expect(speaker?.role ?? '').toContain(role);
  });

  test.each(expected.never)('never a speaker: %s', (name) => {
    expect(speakers.map((s) => s.name)).not.toContain(name);
  });

  test('every quote comes from an article block', () => {
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(q.paragraph).toBeGreaterThanOrEqual(0);
      expect(q.paragraph).toBeLessThan(blocks.length);
    }
  });
});
