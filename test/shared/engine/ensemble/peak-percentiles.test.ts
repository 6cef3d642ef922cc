import { describe, expect, it } from 'vitest';
import { peakYearPercentiles } from '../../../../shared/engine/ensemble/peak-percentiles';

describe('peakYearPercentiles', () => {
  it('takes the year of the ⌈q·n⌉-th run, those without a peak ranked last', () => {
    // 100 runs: 60 peak in 2028, 30 in 2030, 10 do not peak.
    // P10: run 10 → 2028; P50: run 50 → 2028 (runs 1–60); P90: run 90 → 2030 (runs 61–90)
    expect(
      peakYearPercentiles({
        peakYears: [
          { year: 2030, count: 30 },
          { year: 2028, count: 60 },
        ],
        noPeak: 10,
      }),
    ).toEqual([2028, 2028, 2030]);
  });

  it('is null where the rank falls among the runs without a peak', () => {
    // 10 runs: 2 peak in 2025, 8 do not. P10: run 1 → 2025; P50: run 5 → no peak; P90: run 9 → no peak
    expect(peakYearPercentiles({ peakYears: [{ year: 2025, count: 2 }], noPeak: 8 })).toEqual([2025, null, null]);
  });

  it('is null with no runs', () => {
    expect(peakYearPercentiles({ peakYears: [], noPeak: 0 })).toEqual([null, null, null]);
  });
});
