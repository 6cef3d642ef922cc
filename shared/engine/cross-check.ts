import type { ScenarioResults, YearResult } from './results';
import { GENERATOR_TYPES } from '../model/vocabulary';

/** Figures the engine projects that a published statistic can be set beside (`YearResult.reported`). */
export const CROSS_CHECK_FIELDS = ['electricityUse', 'localGeneration', 'localCapacityMW'] as const;
export type CrossCheckField = (typeof CROSS_CHECK_FIELDS)[number];

/**
 * One year where a published figure exists: the engine's value, the
 * published one (全社会用电量 and local generation in 亿kWh, local generating
 * capacity in MW) and how far the engine lies from it (`diff` = engine −
 * published; `diffPct` relative to the published value, null when that is 0).
 */
export type CrossCheck = { year: number; field: CrossCheckField; engine: number; reported: number; diff: number; diffPct: number | null };

/**
 * The engine's figure compared with each published one: final electricity use
 * against 全社会用电量, local generation and capacity against the statistics.
 * The engine's capacity is that of its generators in operation at year end;
 * pumped storage is not in it (it generates nothing of its own), as publications
 * seldom say whether theirs includes it.
 */
export function crossChecks(results: ScenarioResults): CrossCheck[] {
  const out: CrossCheck[] = [];
  for (const y of results.years) {
    for (const field of CROSS_CHECK_FIELDS) {
      const reported = y.reported[field];
      if (reported === undefined) continue;
      const engine = engineValue(y, field);
      const diff = engine - reported;
      out.push({ year: y.year, field, engine, reported, diff, diffPct: reported !== 0 ? (diff / reported) * 100 : null });
    }
  }
  return out;
}

/** The engine's figure set beside a published one. */
export function engineValue(y: YearResult, field: CrossCheckField): number {
  switch (field) {
    case 'electricityUse':
      return y.electricityDemand;
    case 'localGeneration':
      return y.localGeneration;
    case 'localCapacityMW': {
      let mw = 0;
      for (const g of GENERATOR_TYPES) mw += y.capacityMW[g];
      return mw;
    }
  }
}
