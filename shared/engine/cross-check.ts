import type { ScenarioResults } from './results';

/** Figures the engine projects that a published statistic can be set beside (`YearResult.reported`). */
export const CROSS_CHECK_FIELDS = ['electricityUse', 'localGeneration'] as const;
export type CrossCheckField = (typeof CROSS_CHECK_FIELDS)[number];

/**
 * One year where a published figure exists: the engine's value, the
 * published one (全社会用电量, local generation; 亿kWh) and how far the engine
 * lies from it (`diff` = engine − published; `diffPct` relative to the
 * published value, null when that is 0).
 */
export type CrossCheck = { year: number; field: CrossCheckField; engine: number; reported: number; diff: number; diffPct: number | null };

/** The engine's figure compared with each published one: final electricity use against 全社会用电量, local generation against the statistics. */
export function crossChecks(results: ScenarioResults): CrossCheck[] {
  const out: CrossCheck[] = [];
  for (const y of results.years) {
    for (const field of CROSS_CHECK_FIELDS) {
      const reported = y.reported[field];
      if (reported === undefined) continue;
      const engine = field === 'electricityUse' ? y.electricityDemand : y.localGeneration;
      const diff = engine - reported;
      out.push({ year: y.year, field, engine, reported, diff, diffPct: reported !== 0 ? (diff / reported) * 100 : null });
    }
  }
  return out;
}
