import type { Target, TargetMetric } from '../model/scenario';
import type { Peak, TargetStatus, YearResult } from './results';

export const TARGET_UNITS: Record<TargetMetric, string> = {
  co2IntensityReduction: '%',
  energyIntensityReduction: '%',
  nonFossilShare: '%',
  energyCap: '万tce',
  co2Cap: '万tCO2',
  peakYear: '年',
  co2Budget: '万tCO2',
};

/** Relative slack for floating-point noise in target comparisons (not a policy tolerance). */
const MET_SLACK = 1e-9;

/** Reduction in % from `from` to `to` (positive = fell). */
function reductionPct(from: number, to: number): number {
  return from === 0 ? 0 : (1 - to / from) * 100;
}

/**
 * Each target against the results. Reduction targets use energy intensity as
 * assessed (new renewables removed when the convention says so); caps compare
 * the target year; the peak-year target is missed when CO2 has not peaked
 * within the horizon (its margin is then null: the real peak year is unknown).
 */
export function evaluateTargets(targets: Target[], years: YearResult[], peak: Peak): TargetStatus[] {
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
    const y = at(t.year);
    if (t.metric === 'peakYear') {
      status.actual = peak.year;
      // A peak followed by a rebound is not a peak (periods.ts, findPeak).
      status.met = peak.holds && peak.year <= t.value;
      // No peak within the horizon: the real peak year is unknown, so is the margin
      // (t.value − last year would read as "met by 0 years" on a missed target).
      status.margin = peak.withinHorizon ? t.value - peak.year : null;
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
