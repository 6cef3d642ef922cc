import type { PlanSector, Target, TargetMetric } from '../model/scenario';
import type { Peak, TargetStatus, YearResult } from './results';

export const TARGET_UNITS: Record<TargetMetric, string> = {
  co2IntensityReduction: '%',
  energyIntensityReduction: '%',
  nonFossilShare: '%',
  energyCap: '万tce',
  co2Cap: '万tCO2',
  peakYear: '年',
  co2Budget: '万tCO2',
  sectorPeakYear: '年',
  sectorIntensityReduction: '%',
  forestCover: '%',
  forestStock: '万m³',
};

/** Relative slack for floating-point noise in target comparisons (not a policy tolerance). */
const MET_SLACK = 1e-9;

/** Reduction in % from `from` to `to` (positive = fell). */
function reductionPct(from: number, to: number): number {
  return from === 0 ? 0 : (1 - to / from) * 100;
}

/**
 * Each target against the results, under the scenario's accounting methods:
 * - 单位地区生产总值二氧化碳排放降低: CO2 per GDP, `fromYear` → `year`;
 * - 单位地区生产总值能源消耗降低: the intensity as assessed (`energyPerGdpAssessed`, by
 *   `accounting.energyControl`, feedstock excluded) in both years;
 * - 非化石能源消费比重: the share in the target year;
 * - energy cap: the total as assessed (`energyAssessed`); CO2 cap: the target year's CO2;
 * - co2Budget (碳排放预算): the sum of CO2 from `fromYear` to `year`, both included;
 * - a sector's peak year: as the peak year, on the sector's own peak (`sectorPeaks`); a sector with
 *   no CO2 in any year is not judged;
 * - 工业增加值 CO2 intensity: industry's energy CO2 (its fuels and its share of electricity's, as the
 *   national intensity counts, process CO2 aside) per 工业增加值, `fromYear` → `year`;
 * - forest cover and stock: the year's value, at least the target;
 * - peak year: met when the peak holds (findPeak: within the horizon, no rebound) in or
 *   before the target year; the margin is null when it does not hold (the real peak year
 *   is unknown, and "met by 5 years" on a rebound would mislead).
 * A target met exactly counts as met: the comparison forgives floating-point noise
 * (`MET_SLACK`, relative), not a policy tolerance. A target year outside the horizon is
 * not judged (met and margin null).
 */
export function evaluateTargets(
  targets: Target[],
  years: YearResult[],
  peak: Peak,
  sectorPeaks: Partial<Record<PlanSector, Peak>> = {},
): TargetStatus[] {
  const first = years[0]!.year;
  const at = (y: number | undefined) => (y === undefined ? undefined : years[y - first]);
  return targets.map((t) => {
    const status: TargetStatus = {
      id: t.id,
      label: t.label,
      metric: t.metric,
      year: t.year,
      binding: t.binding,
      target: t.value,
      actual: null,
      met: null,
      margin: null,
      unit: TARGET_UNITS[t.metric],
    };
    if (t.fromYear !== undefined) status.fromYear = t.fromYear;
    if (t.sector !== undefined) status.sector = t.sector;
    const y = at(t.year);
    if (t.metric === 'peakYear' || t.metric === 'sectorPeakYear') {
      const p = t.metric === 'peakYear' ? peak : t.sector ? sectorPeaks[t.sector] : undefined;
      if (!p) return status;
      status.actual = p.holds ? p.reachedYear : p.year;
      status.met = p.holds && p.reachedYear <= t.value;
      status.margin = p.holds ? t.value - p.reachedYear : null;
      return status;
    }
    if (!y) return status;
    let actual = 0;
    let higherIsBetter = true;
    switch (t.metric) {
      case 'co2IntensityReduction': {
        const from = at(t.fromYear);
        if (!from) return status;
        actual = reductionPct(from.co2PerGdp, y.co2PerGdp);
        break;
      }
      case 'energyIntensityReduction': {
        const from = at(t.fromYear);
        if (!from) return status;
        actual = reductionPct(from.energyPerGdpAssessed, y.energyPerGdpAssessed);
        break;
      }
      case 'nonFossilShare':
        actual = y.nonFossilShare;
        break;
      case 'energyCap':
        actual = y.energyAssessed;
        higherIsBetter = false;
        break;
      case 'co2Cap':
        actual = y.co2;
        higherIsBetter = false;
        break;
      case 'sectorIntensityReduction': {
        const from = at(t.fromYear);
        const intensity = (r: YearResult) => (r.industryValueAdded ? r.sectorCo2.industry.energy / r.industryValueAdded : undefined);
        const a = from && intensity(from);
        const b = intensity(y);
        if (a === undefined || b === undefined) return status;
        actual = reductionPct(a, b);
        break;
      }
      case 'forestCover':
        if (!y.forest) return status;
        actual = y.forest.coverPct;
        break;
      case 'forestStock':
        if (!y.forest) return status;
        actual = y.forest.stockWanM3;
        break;
      case 'co2Budget': {
        const from = at(t.fromYear);
        if (!from) return status;
        actual = 0;
        for (let yr = from.year; yr <= y.year; yr++) actual += at(yr)!.co2;
        higherIsBetter = false;
        break;
      }
    }
    status.actual = actual;
    status.margin = higherIsBetter ? actual - t.value : t.value - actual;
    // A target met exactly counts as met, also when rounding leaves it a hair short.
    status.met = status.margin >= -MET_SLACK * Math.max(1, Math.abs(t.value), Math.abs(actual));
    return status;
  });
}
