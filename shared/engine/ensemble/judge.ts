import type { Target } from '../../model/scenario';
import { TIE_RELATIVE } from '../periods';
import type { ForestYear } from '../results';
import { PLAN_SECTORS, type PlanSector } from '../../model/vocabulary';
import type { VariantOut } from './kernel';

/**
 * The peak test and the targets of periods.ts `findPeak` and targets.ts
 * `evaluateTargets`, on a variant's typed arrays: the same rules in the same
 * arithmetic, without building result objects (a test checks both against the
 * engine on every preset).
 */

/** Relative slack of a target met exactly (targets.ts `MET_SLACK`). */
const MET_SLACK = 1e-9;

function above(a: number, b: number, margin: number): boolean {
  return a - b > margin + TIE_RELATIVE * Math.max(Math.abs(a), Math.abs(b), 1e-3);
}

/** The peak of a CO2 path: its index (the highest year), whether it holds, and the index it is reached in. */
export type LeanPeak = { index: number; holds: boolean; reached: number };

export function leanPeak(co2: Float64Array, count: number, tolerancePct: number, out: LeanPeak): LeanPeak {
  let best = 0;
  for (let i = 1; i < count; i++) if (above(co2[i]!, co2[best]!, 0)) best = i;
  const peak = co2[best]!;
  const band = (Math.abs(peak) * tolerancePct) / 100;
  let rebound = false;
  let low = peak;
  for (let i = best + 1; i < count && !rebound; i++) {
    const v = co2[i]!;
    if (above(v, low, band)) rebound = true;
    else if (v < low) low = v;
  }
  let reached = best;
  for (let k = 0; k < best; k++) {
    const start = co2[k]!;
    let lowest = start;
    let settled = true;
    for (let i = k + 1; i < count; i++) {
      const v = co2[i]!;
      if (above(v, start, band) || above(v, lowest, band)) {
        settled = false;
        break;
      }
      if (v < lowest) lowest = v;
    }
    if (settled) {
      reached = k;
      break;
    }
  }
  out.index = best;
  out.holds = best < count - 1 && !rebound;
  out.reached = reached;
  return out;
}

const METRIC = {
  co2IntensityReduction: 0, energyIntensityReduction: 1, nonFossilShare: 2, energyCap: 3, co2Cap: 4, peakYear: 5, co2Budget: 6,
  forestCover: 7, forestStock: 8, sectorPeakYear: 9, sectorIntensityReduction: 10,
} as const;

/**
 * A target as the ensemble judges it: year indices resolved once. A forest target moves with no sampled input:
 * `fixed` is its verdict in every run. A sector's target names the sector (its index in PLAN_SECTORS) and, for
 * its peak, the tolerance.
 */
export type LeanTarget = { id: string; metric: number; at: number; from: number; value: number; fixed?: boolean; sector?: number; tolerancePct?: number };

/** What judging some targets needs beyond the runs: the forest's years, the sectors with CO2, the peak tolerance. */
export type TargetContext = { forest?: readonly ForestYear[] | null; sectorsWithCo2?: ReadonlySet<PlanSector>; tolerancePct?: number };

/**
 * The targets that can be judged within the horizon (the engine leaves the others unjudged, met null): a sector's
 * only when the sector has CO2 (`sectorsWithCo2`, from the central run, as the engine has no peak for a sector
 * without); forest targets once on `forest` (the engine's forest years), as targets.ts judges them.
 */
export function leanTargets(targets: readonly Target[], baseYear: number, count: number, context: TargetContext = {}): LeanTarget[] {
  const out: LeanTarget[] = [];
  for (const t of targets) {
    const metric = METRIC[t.metric];
    const at = t.year - baseYear;
    const from = t.fromYear === undefined ? -1 : t.fromYear - baseYear;
    if (metric === METRIC.forestCover || metric === METRIC.forestStock) {
      const f = context.forest?.[at];
      if (at < 0 || at >= count || !f) continue;
      const actual = metric === METRIC.forestCover ? f.coverPct : f.stockWanM3;
      out.push({ id: t.id, metric, at, from, value: t.value, fixed: metMargin(actual - t.value, t.value, actual) });
      continue;
    }
    if (metric === METRIC.sectorPeakYear || metric === METRIC.sectorIntensityReduction) {
      if (t.sector === undefined || !context.sectorsWithCo2?.has(t.sector)) continue;
      if (metric === METRIC.sectorIntensityReduction && (at < 0 || at >= count || from < 0 || from >= count)) continue;
      out.push({ id: t.id, metric, at, from, value: t.value, sector: PLAN_SECTORS.indexOf(t.sector), tolerancePct: context.tolerancePct ?? 0 });
      continue;
    }
    if (metric !== METRIC.peakYear) {
      if (at < 0 || at >= count) continue;
      const needsFrom = metric === METRIC.co2IntensityReduction || metric === METRIC.energyIntensityReduction || metric === METRIC.co2Budget;
      if (needsFrom && (from < 0 || from >= count)) continue;
    }
    out.push({ id: t.id, metric, at, from, value: t.value });
  }
  return out;
}

/** Scratch for a sector's peak (a run judges its targets one after another). */
const sectorPeak: LeanPeak = { index: 0, holds: false, reached: 0 };

const reductionPct = (from: number, to: number) => (from === 0 ? 0 : (1 - to / from) * 100);

/** Whether a variant meets a target (targets.ts rules). */
export function meets(t: LeanTarget, v: VariantOut, peak: LeanPeak, baseYear: number): boolean {
  let actual: number;
  let higherIsBetter = true;
  switch (t.metric) {
    case METRIC.peakYear:
      return peak.holds && baseYear + peak.reached <= t.value;
    case METRIC.forestCover:
    case METRIC.forestStock:
      return t.fixed!;
    case METRIC.sectorPeakYear: {
      const p = leanPeak(v.sectorJudged[t.sector!]!, v.co2.length, t.tolerancePct!, sectorPeak);
      return p.holds && baseYear + p.reached <= t.value;
    }
    case METRIC.sectorIntensityReduction: {
      const a = v.industryIntensity[t.from]!;
      const b = v.industryIntensity[t.at]!;
      if (a !== a || b !== b) return false;
      actual = reductionPct(a, b);
      break;
    }
    case METRIC.co2IntensityReduction:
      actual = reductionPct(v.co2PerGdp[t.from]!, v.co2PerGdp[t.at]!);
      break;
    case METRIC.energyIntensityReduction:
      actual = reductionPct(v.energyPerGdpAssessed[t.from]!, v.energyPerGdpAssessed[t.at]!);
      break;
    case METRIC.nonFossilShare:
      actual = v.nonFossilShare[t.at]!;
      break;
    case METRIC.energyCap:
      actual = v.energyAssessed[t.at]!;
      higherIsBetter = false;
      break;
    case METRIC.co2Cap:
      actual = v.co2[t.at]!;
      higherIsBetter = false;
      break;
    default:
      actual = 0;
      for (let i = t.from; i <= t.at; i++) actual += v.co2[i]!;
      higherIsBetter = false;
  }
  return metMargin(higherIsBetter ? actual - t.value : t.value - actual, t.value, actual);
}

function metMargin(margin: number, value: number, actual: number): boolean {
  return margin >= -MET_SLACK * Math.max(1, Math.abs(value), Math.abs(actual));
}
