import { describe, expect, test } from 'vitest';
import { formatStages, pageTimes, stageMedians, summarise } from '../../../scripts/bench/summary';

const stages = (detect: number, clean: number, extract: number, render: number, quotes: number) => ({ detect, clean, extract, render, quotes });

describe('benchmark summary', () => {
  test('stage medians are taken stage by stage', () => {
    expect(stageMedians([stages(1, 5, 9, 1, 2), stages(3, 1, 7, 2, 4), stages(2, 3, 8, 3, 3)])).toEqual(stages(2, 3, 8, 2, 3));
  });

  test('one page: the median of each contender, of the click time and of each stage', () => {
    const t = pageTimes('p', {
      ms: { readability: [4, 2, 3], verbatim: [9, 5, 6], tab: [7, 3, 4], walk: [1, 1, 2] },
      click: [7, 9, 8],
      first: { readability: 4, verbatim: 9, tab: 7, walk: 1 },
      firstClick: 11,
      stages: [stages(1, 1, 1, 1, 1), stages(2, 2, 2, 2, 2), stages(9, 9, 9, 9, 9)],
    });
    expect(t).toEqual({
      id: 'p', ms: { readability: 3, verbatim: 6, tab: 4, walk: 1 }, clickMs: 8, stages: stages(2, 2, 2, 2, 2),
      firstMs: { readability: 4, verbatim: 9, tab: 7, walk: 1 }, firstClickMs: 11,
    });
  });

  test('an environment summary keeps the published keys and adds stagesMedianMs', () => {
    const page = (id: string, r: number, v: number, s: number) => ({
      id, ms: { readability: r, verbatim: v, tab: v - s, walk: 0.5 }, clickMs: v + 1, stages: stages(s, s, s, s, s),
      firstMs: { readability: 2 * r, verbatim: 3 * v, tab: 3 * (v - s), walk: 1 }, firstClickMs: 3 * v,
    });
    const summary = summarise([page('a', 10, 5, 1), page('b', 20, 10, 2), page('c', 30, 30, 3)]);
    expect(summary).toMatchObject({ readabilityMedianMs: 20, verbatimMedianMs: 10, tabMedianMs: 8, walkMedianMs: 0.5, p95Ms: 30, clickToReaderP95Ms: 31, ratio: 0.5, tabRatio: 0.4 });
    expect(summary.stagesMedianMs).toEqual(stages(2, 2, 2, 2, 2));
    expect(formatStages(summary.stagesMedianMs)).toBe('detect 2 · clean 2 · extract 2 · render 2 · quotes 2');
    expect(summary.firstRun).toBeUndefined();
  });

  test('cold runs add the first-run figures: the first run of each page, then medians and p95 over the pages', () => {
    const page = (id: string, r: number, tab: number, click: number | null) => ({
      id, ms: { readability: 1, verbatim: 1, tab: 1, walk: 1 }, clickMs: 1, stages: stages(1, 1, 1, 1, 1),
      firstMs: { readability: r, verbatim: 0, tab, walk: 0 }, firstClickMs: click,
    });
    const summary = summarise([page('a', 10, 30, 40), page('b', 20, 50, 70), page('c', 40, 60, null)], true);
    expect(summary.firstRun).toEqual({ readabilityMedianMs: 20, tabMedianMs: 50, tabRatio: 2.5, clickMedianMs: 40, clickP95Ms: 70 });
  });
});
