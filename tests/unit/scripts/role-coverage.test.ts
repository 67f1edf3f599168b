import { describe, expect, test } from 'vitest';
import { addCoverage, roleCoverage } from '../../../scripts/lib/role-coverage';

describe('role coverage', () => {
  test('counts people named in full, and those of them with a role', () => {
    const speakers = [
      { name: 'Mara Lind', kind: 'person' as const, role: 'Harbor Bank CEO' },
      { name: 'Tom Brock', kind: 'person' as const, role: null },
      { name: 'Lind', kind: 'person' as const, role: null },
      { name: 'Harbor Bank', kind: 'organization' as const, role: null },
    ];
    expect(roleCoverage(speakers)).toEqual({ named: 2, withRole: 1 });
  });

  test('adds up over articles', () => {
    expect(addCoverage({ named: 2, withRole: 1 }, { named: 3, withRole: 3 })).toEqual({ named: 5, withRole: 4 });
  });
});
