/**
 * How many of the people the popup lists by full name it also gives a role ("Dmitry Peskov, Kremlin
 * spokesman"). The quotes corpus scores names, not roles; this is the figure for the other half of
 * "each speaker with full name and role".
 */
import type { Speaker } from '../../src/core/types';

export interface RoleCoverage {
  /** Speakers of kind person named with at least two words. */
  named: number;
  /** Of them, those with a role. */
  withRole: number;
}

export function roleCoverage(speakers: readonly Pick<Speaker, 'name' | 'kind' | 'role'>[]): RoleCoverage {
  const named = speakers.filter((s) => s.kind === 'person' && s.name.trim().split(/\s+/).length >= 2);
  return { named: named.length, withRole: named.filter((s) => s.role).length };
}

/** Adds `b` into `a`. */
export const addCoverage = (a: RoleCoverage, b: RoleCoverage): RoleCoverage => ({ named: a.named + b.named, withRole: a.withRole + b.withRole });
