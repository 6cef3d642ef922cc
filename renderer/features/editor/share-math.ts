/** Shares that must add up to 100 % (fuels within a sector, sectors within the total). */

/** The engine's tolerance (shared/engine/prepare.ts). */
export const SHARE_TOLERANCE_PCT = 0.05;

export function sumOf(values: Iterable<number>): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

export function addsUpTo100(sum: number): boolean {
  return Math.abs(sum - 100) <= SHARE_TOLERANCE_PCT;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * Keeps `fixed` and scales the others so all add up to 100 % (the same rule as
 * `setFuelShare`); when the others are all zero the rest is split evenly.
 */
export function rebalance<K extends string>(values: Record<K, number>, fixed: NoInfer<K>): Record<K, number> {
  const keys = Object.keys(values) as K[];
  const kept = Math.min(100, Math.max(0, values[fixed]));
  const others = keys.filter((k) => k !== fixed);
  const othersTotal = sumOf(others.map((k) => values[k]));
  const rest = 100 - kept;
  const out = { ...values, [fixed]: kept } as Record<K, number>;
  for (const k of others) out[k] = round6(othersTotal > 0 ? (values[k] / othersTotal) * rest : rest / others.length);
  return out;
}
