import { describe, expect, it } from 'vitest';
import { inverseCdf, latinHypercube, sampledValue } from '../../../../shared/engine/ensemble/lhs';
import { mulberry32 } from '../../../../shared/engine/ensemble/prng';

describe('seeded generator', () => {
  it('the same seed gives the same stream, another seed another; values in [0, 1)', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const c = mulberry32(2);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('Latin hypercube', () => {
  const n = 1000;
  const design = latinHypercube(n, 3, 7);

  it('hits every stratum of every input exactly once', () => {
    for (const u of design) {
      const strata = [...u].map((x) => Math.floor(x * n)).sort((a, b) => a - b);
      expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });

  it('shuffles each input on its own (the inputs are not in step)', () => {
    const stratum = (u: Float64Array) => [...u].map((x) => Math.floor(x * n));
    expect(stratum(design[0]!)).not.toEqual(stratum(design[1]!));
  });

  it('a uniform marginal has the range’s mean', () => {
    // One point per stratum [j/n, (j+1)/n): the mean of u is (Σ j)/n² + (mean of the offsets)/n, so
    // (n − 1)/(2n) ≤ mean < (n + 1)/(2n): within 1/(2n) of ½. On [0.9, 1.1] the mean is then within 0.2/(2n) of 1.
    for (const u of design) {
      const values = [...u].map((x) => inverseCdf({ low: 0.9, central: 1, high: 1.1, distribution: 'uniform' }, x));
      const mean = values.reduce((a, b) => a + b, 0) / n;
      expect(Math.abs(mean - 1)).toBeLessThanOrEqual(0.2 / (2 * n) + 1e-12);
    }
  });

  it('a triangular marginal follows its CDF stratum by stratum', () => {
    // Triangle a = 0.85, c = 1, b = 1.15: F(x) = (x − a)² / ((b − a)(c − a)) for x ≤ c, 1 − (b − x)² / ((b − a)(b − c)) above.
    // F(0.9) = 0.05² / (0.3 × 0.15) = 0.0025 / 0.045 = 1/18; F(1) = 0.15² / 0.045 = ½; F(1.1) = 1 − 1/18 = 17/18.
    // The inverse CDF is increasing, so x ≤ q exactly when u ≤ F(q); with one u per stratum, that is
    // ⌊n F(q)⌋ or ⌊n F(q)⌋ + 1 of the n samples.
    const r = { low: 0.85, central: 1, high: 1.15, distribution: 'triangular' as const };
    const values = [...design[0]!].map((u) => inverseCdf(r, u));
    for (const [q, F] of [
      [0.9, 1 / 18],
      [1, 0.5],
      [1.1, 17 / 18],
    ] as const) {
      const below = values.filter((v) => v <= q).length;
      expect(below).toBeGreaterThanOrEqual(Math.floor(n * F));
      expect(below).toBeLessThanOrEqual(Math.floor(n * F) + 1);
    }
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0.85);
    expect(Math.max(...values)).toBeLessThanOrEqual(1.15);
  });

  it('a delay takes whole years, each equally likely when uniform', () => {
    // 0–2 years uniform: u in [0, ⅓) → 0, [⅓, ⅔) → 1, [⅔, 1) → 2; 999 strata of 1/999 split 333 each
    const m = 999;
    const u = latinHypercube(m, 1, 3)[0]!;
    const r = { low: 0, central: 0, high: 2, distribution: 'uniform' as const, source: { kind: 'user' as const } };
    const counts = [0, 0, 0];
    for (const x of u) counts[sampledValue(r, 'years', x)]!++;
    expect(counts).toEqual([333, 333, 333]);
  });

  it('the design depends only on runs, inputs and seed', () => {
    expect(latinHypercube(n, 3, 7)).toEqual(design);
    expect(latinHypercube(n, 3, 8)[0]).not.toEqual(design[0]);
  });
});
