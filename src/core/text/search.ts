/**
 * Binary search over items sorted by a start offset, so that per-cue and per-quote look-ups stay
 * logarithmic on very long paragraphs.
 */

/** Index of the first item whose start is ≥ offset (items.length when none). */
export function firstFrom<T extends { start: number }>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as T).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The item whose [start, end) holds offset, or undefined. */
export function containing<T extends { start: number; end: number }>(items: readonly T[], offset: number): T | undefined {
  const i = firstFrom(items, offset + 1) - 1;
  const item = items[i];
  return item && item.start <= offset && offset < item.end ? item : undefined;
}

/** The index of the item (a token) starting exactly at `offset`, or -1. */
export function tokenAt<T extends { start: number }>(tokens: readonly T[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid] as T;
    if (t.start === offset) return mid;
    if (t.start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
