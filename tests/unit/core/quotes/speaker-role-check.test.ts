/**
 * A role beside a speaker is a noun phrase; the writer's asides and clauses cut short in an apposition
 * are no role (roleOrNull), and the engine shows none for them. Hard negatives: real roles that open
 * with a participle used as an adjective, hold a preposition inside, or end in a noun in -ing.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes/index';
import { roleOrNull } from '../../../../src/core/quotes/speaker-role-check';

describe('roleOrNull', () => {
  test.each([
    ['for his part'],
    ['by contrast'],
    ['with a shrug'],
    ['without naming him'],
    ['during a visit to the port'],
    ['stepping out of the van'],
    ['turning away'],
    ['seeming to accept the offer'],
    ['forcing them to unload at the border'],
    ['calling it a mistake'],
    ['former CEO of'],
    ['deputy chief of'],
    ['published in the'],
    ['Rita Gomez and'],
    ['meanwhile'],
    ['with 9-year-old Ann in tow'],
    ['with two aides in Lisbon'],
    ['of course'],
    ['of 40 members'],
    ['However'],
    ['Former'],
    ['Reportedly'],
    ['too'],
    ['82'],
    ['1234567890'],
  ])('%s is no role', (role) => {
    expect(roleOrNull(role)).toBeNull();
  });

  test.each([
    ['chief market strategist at Pepperstone'],
    ['acting director'],
    ['managing editor of the Harbour Gazette'],
    ['head of music programming'],
    ['spokesman for the ministry'],
    ['in-house counsel'],
    ['leading'],
    ['Kremlin spokesman'],
    ['with the Red Cross'],
    ['from Acme Labs'],
    ['at Northfield College'],
    ['with the Red Cross in Lisbon'],
    ['of Ashton'],
  ])('hard negative: %s stays', (role) => {
    expect(roleOrNull(role)).toBe(role);
  });

  test('a relative clause after the role is cut: it tells what they did', () => {
    expect(roleOrNull('ferry pilot from the island who joined the march')).toBe('ferry pilot from the island');
    expect(roleOrNull('head of the choir and whose sister sings in it')).toBe('head of the choir');
  });

  test.each([
    ['NBC’s', 'NBC'],
    ["Harbour Gazette's", 'Harbour Gazette'],
    ['Center for Media Studies’', 'Center for Media Studies’'],
    ['Center for Media Studies’s', 'Center for Media Studies'],
    ['FOX13’s', 'FOX13'],
  ])('a body named in the possessive alone is the role: %s → %s', (given, role) => {
    expect(roleOrNull(given)).toBe(role);
  });

  test.each([
    ['close friend of Mrs. Hale’s'],
    ['Former friend of Ben’s'],
    ['mayor’s'],
  ])('hard negative: a possessive after other words is left as it is: %s', (role) => {
    expect(roleOrNull(role)).toBe(role);
  });

  test('no role stays none', () => {
    expect(roleOrNull(null)).toBeNull();
    expect(roleOrNull('')).toBeNull();
  });
});

describe('the engine shows no aside as a role', () => {
  test.each([
    ['Dana Bell, for one, said the vote was a mistake.', 'Dana Bell'],
    ['“Nothing will change,” Kay Rowe, with a shrug, said.', 'Kay Rowe'],
    ['“We will be fine,” said Lena Hart, stepping out of the van.', 'Lena Hart'],
    ['“I never promised that,” said Ed Marsh, without naming him.', 'Ed Marsh'],
  ])('%s', (text, name) => {
    expect(findQuotes([text]).speakers.map((s) => [s.name, s.role])).toEqual([[name, null]]);
  });

  test('an age alone and an aside alone are no role', () => {
    expect(findQuotes(['“The river came up fast,” said Tom Brock, 82.', 'Ada Lund, meanwhile, said the road would reopen.']).speakers.map((s) => [s.name, s.role]))
      .toEqual([['Tom Brock', null], ['Ada Lund', null]]);
  });

  test('hard negative: a role after the name is kept', () => {
    expect(findQuotes(['“It is over,” said Sam Vance, former head of the port authority.']).speakers.map((s) => s.role)).toEqual(['former head of the port authority']);
  });
});
