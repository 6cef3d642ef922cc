import { describe, expect, it } from 'vitest';
import { bandPoints, percentileSorted } from '../../../../shared/engine/ensemble/merge';
import { mulberry32 } from '../../../../shared/engine/ensemble/prng';

describe('P10 / P50 / P90', () => {
  it('interpolate between the nearest ranks, (n − 1)·q', () => {
    // 1…11: ranks 0–10; P10 at rank 1 → 2, P50 at rank 5 → 6, P90 at rank 9 → 10
    expect(bandPoints(Float64Array.from([11, 3, 7, 1, 9, 5, 2, 8, 4, 10, 6]))).toEqual([2, 6, 10]);
    // 1…4: P10 at rank 0.3 → 1 + 0.3 = 1.3; P50 at 1.5 → 2.5; P90 at 2.7 → 3.7
    const [p10, p50, p90] = bandPoints(Float64Array.from([4, 2, 1, 3]));
    expect(p10).toBeCloseTo(1.3, 12);
    expect(p50).toBe(2.5);
    expect(p90).toBeCloseTo(3.7, 12);
    expect(bandPoints(new Float64Array(0)).every(Number.isNaN)).toBe(true);
    expect(bandPoints(Float64Array.from([5]))).toEqual([5, 5, 5]);
  });

  it('selection gives what sorting gives, for any size, ties included', () => {
    const next = mulberry32(9);
    for (const n of [2, 3, 5, 10, 11, 99, 1000, 1001]) {
      for (const ties of [false, true]) {
        const a = Float64Array.from({ length: n }, () => (ties ? Math.floor(next() * 5) : next()));
        const sorted = a.slice().sort();
        expect(bandPoints(a.slice())).toEqual([0.1, 0.5, 0.9].map((q) => percentileSorted(sorted, q)));
      }
    }
  });
});
