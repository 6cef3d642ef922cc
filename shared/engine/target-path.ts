import type { ScenarioResults, TargetStatus, YearResult } from './results';

export type TargetPoint = { year: number; value: number };

type IntensityMetric = 'co2IntensityReduction' | 'energyIntensityReduction';
const FIELD: Record<IntensityMetric, 'co2PerGdp' | 'energyPerGdpAssessed'> = {
  co2IntensityReduction: 'co2PerGdp',
  energyIntensityReduction: 'energyPerGdpAssessed',
};

/**
 * The intensity path the reduction targets ask for, for drawing beside the
 * scenario (arithmetic on the targets and the results; emissions are not recomputed).
 * Each target reduces the value at its start year by its percentage over its
 * period: the start value is the path's own value when an earlier target ends
 * there (so 2020→2025 −19.5 % then 2025→2030 −18 % compound), otherwise the
 * scenario's value in that year (the base year for the first period). Where
 * two targets end in the same year the stricter (lower) value is kept.
 * Targets starting outside the horizon are skipped. Units: those of the field
 * (tCO2/万元 for CO2, assessed tce/万元 for energy).
 */
export function intensityTargetPath(results: Pick<ScenarioResults, 'targets' | 'years'>, metric: IntensityMetric = 'co2IntensityReduction'): TargetPoint[] {
  const first = results.years[0]?.year ?? 0;
  const actual = (year: number): number | undefined => (results.years[year - first] as YearResult | undefined)?.[FIELD[metric]];
  const targets = results.targets
    .filter((t): t is TargetStatus & { fromYear: number } => t.metric === metric && t.fromYear !== undefined && t.fromYear < t.year)
    .sort((a, b) => a.year - b.year || a.fromYear - b.fromYear);
  const path = new Map<number, number>();
  for (const t of targets) {
    const start = path.get(t.fromYear) ?? actual(t.fromYear);
    if (start === undefined) continue;
    if (!path.has(t.fromYear)) path.set(t.fromYear, start);
    const end = start * (1 - t.target / 100);
    const prev = path.get(t.year);
    path.set(t.year, prev === undefined ? end : Math.min(prev, end));
  }
  return [...path].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
}

/** Level targets of one metric as points (non-fossil share %, caps in 万tce / 万tCO2). */
export function levelTargets(results: Pick<ScenarioResults, 'targets'>, metric: 'nonFossilShare' | 'co2Cap' | 'energyCap'): (TargetPoint & { id: string })[] {
  return results.targets.filter((t) => t.metric === metric).map((t) => ({ id: t.id, year: t.year, value: t.target }));
}
