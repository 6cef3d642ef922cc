/**
 * A seeded pseudo-random generator (mulberry32: 32-bit state, period 2³²), so a
 * sample is the same on every machine and in every worker for the same seed.
 * Enough for a Latin hypercube of up to 10⁵ strata: each draw only places a
 * point inside its stratum or shuffles the strata.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
