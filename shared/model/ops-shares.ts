import type { Scenario } from './scenario';
import { FUELS, type Fuel, type Sector } from './vocabulary';
import { setValue } from './ops';
import { getAt } from './path';

/**
 * Shares that must add up to 100 % (fuels within a sector, sectors within the
 * total): the rule the engine checks and the edits that keep to it.
 */

/** How far a row of shares may miss 100 % (rounding in published tables); the engine refuses beyond it. */
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
 * Keeps `fixed` (clamped to 0–100) and scales the others in proportion so all
 * add up to 100 %; when the others are all zero the rest is split evenly.
 * Rounded to 6 decimals, well inside the tolerance.
 */
export function rebalance<K extends string>(values: Readonly<Record<K, number>>, fixed: NoInfer<K>): Record<K, number> {
  const keys = Object.keys(values) as K[];
  const kept = Math.min(100, Math.max(0, values[fixed]));
  const others = keys.filter((k) => k !== fixed);
  const othersTotal = sumOf(others.map((k) => values[k]));
  const rest = 100 - kept;
  const out = { ...values, [fixed]: kept } as Record<K, number>;
  for (const k of others) out[k] = round6(othersTotal > 0 ? (values[k] / othersTotal) * rest : rest / others.length);
  return out;
}

/**
 * Sets several share fields at once (paths → constant values), as one edit:
 * a row of shares is only valid once all of its cells have changed. A field
 * already holding that very number is left alone (its source too).
 */
export function setShares(s: Scenario, values: Readonly<Record<string, number>>): Scenario {
  let next = s;
  for (const [path, v] of Object.entries(values)) {
    if (!Object.is(getAt(s, path), v)) next = setValue(next, path, v);
  }
  return next;
}

/**
 * Sets one fuel's share in a sector and rescales the other fuels so the
 * shares still add up to 100 % (the coal-share lever). Works on the base-year
 * values (`baseValues`) when shares are series: every share becomes a constant.
 */
export function setFuelShare(s: Scenario, sector: Sector, fuel: Fuel, pct: number, baseValues: Readonly<Record<Fuel, number>>): Scenario {
  const shares = rebalance({ ...baseValues, [fuel]: pct }, fuel);
  let next = s;
  for (const f of FUELS) next = setValue(next, `energy.sectors.${sector}.fuelSharesPct.${f}`, shares[f]);
  return next;
}
