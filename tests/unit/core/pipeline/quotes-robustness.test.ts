/**
 * Property-based (fast-check): quotes come from the article alone. Random article pages mix quoted
 * prose with furniture that holds speech of its own (a related-story teaser, a reader comment, a
 * newsletter pitch, an ad break, a pull quote repeated in an aside); every quote found must be
 * article text, and no speaker may come from the furniture.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runHtml } from '../../../helpers/load-page';

const QUOTED = [
  '“We will not raise taxes this year,” said Maria Lopez, the city’s finance director, at a briefing on Tuesday afternoon.',
  'The plan will cost more than expected, according to Daniel Okafor, an economist at the regional university who studied it.',
  '“This is the right budget for a difficult year,” the mayor, Helen Brandt, told reporters outside the council chamber.',
  'Council member Ravi Shah said the vote showed that the city could still agree on the basics of good government.',
];
const PLAIN = [
  'The council met for six hours on Tuesday and heard from more than forty residents before the final vote was taken.',
  'The budget includes money for new buses, the repair of two bridges and a pilot programme for free school meals.',
];
/** Furniture, each with speech that must never become a quote; its speaker's surname is the marker. */
const FURNITURE = [
  '<aside class="related"><a href="/x">“Our team is ready,” says coach Tom Vandermeer ahead of the final</a></aside>',
  '<div class="comments"><h3>Comments</h3><p>“Worst budget ever,” wrote reader Sam Kowalczyk.</p></div>',
  '<div class="newsletter"><p>“The best briefing of the day,” said Alex Ferreira. Sign up for our newsletter.</p></div>',
  '<div class="ad-label">Advertisement</div>',
  '<nav><a href="/a">World</a> <a href="/b">“Quotes of the week,” Jo Lindqvist said</a></nav>',
];
const FURNITURE_SPEAKERS = /Vandermeer|Kowalczyk|Ferreira|Lindqvist/;
const FURNITURE_WORDS = /team is ready|Worst budget|best briefing|Quotes of the week/;

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...QUOTED, ...PLAIN).map((p) => `<p>${p}</p>`) },
  { weight: 1, arbitrary: fc.constantFrom(...FURNITURE) },
);
const page = fc
  .array(piece, { minLength: 4, maxLength: 14 })
  .filter((pieces) => pieces.filter((p) => p.startsWith('<p>') && !p.includes('Sign up')).length >= 3)
  .map((pieces) => `<!doctype html><html lang="en"><head><title>Budget vote</title></head><body><article><h1>Budget vote</h1>${pieces.join('')}</article></body></html>`);

describe('quotes come from the article alone', () => {
  test('no quote or speaker from furniture, and every quote is article text', () => {
    fc.assert(
      fc.property(page, (html) => {
        const outcome = runHtml(html);
        if (outcome.kind !== 'article') return;
        const body = outcome.article.text;
        for (const q of outcome.quotes) {
          expect(q.text).not.toMatch(FURNITURE_WORDS);
          expect(body).toContain(q.text.slice(0, 20));
        }
        for (const s of outcome.speakers) expect(s.name).not.toMatch(FURNITURE_SPEAKERS);
      }),
      { numRuns: 40 },
    );
  });

  test('the article’s own speakers are found among the furniture', () => {
    const html = `<!doctype html><html lang="en"><head><title>Budget vote</title></head><body><article><h1>Budget vote</h1>${FURNITURE.join('')}${QUOTED.map((p) => `<p>${p}</p>`).join('')}${PLAIN.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const outcome = runHtml(html);
    expect(outcome.kind).toBe('article');
    if (outcome.kind !== 'article') return;
    expect(outcome.speakers.map((s) => s.name)).toEqual(expect.arrayContaining(['Maria Lopez', 'Daniel Okafor', 'Helen Brandt', 'Ravi Shah']));
    expect(outcome.speakers.map((s) => s.name).join(' ')).not.toMatch(FURNITURE_SPEAKERS);
  });
});
