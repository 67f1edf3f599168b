/** The first differing block between two block lists, for readable golden-page failures. */
import type { TextBlock } from '../../src/core/types';

export type BlockShape = Pick<TextBlock, 'tag' | 'text'>;

export interface BlockDifference {
  index: number;
  got: BlockShape | null;
  want: BlockShape | null;
}

export function firstDifference(got: readonly BlockShape[], want: readonly BlockShape[]): BlockDifference | null {
  for (let i = 0; i < Math.max(got.length, want.length); i++) {
    const g = got[i] ?? null;
    const w = want[i] ?? null;
    if (g?.tag !== w?.tag || g?.text !== w?.text) return { index: i, got: g, want: w };
  }
  return null;
}
