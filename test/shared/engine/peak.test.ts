import { describe, expect, it } from 'vitest';
import { findPeak } from '../../../shared/engine/periods';
import type { YearResult } from '../../../shared/engine/results';
import { runScenario } from '../../../shared/engine/run';
import type { Scenario, Target, TargetMetric } from '../../../shared/model/scenario';
import { makeScenario } from '../../helpers/make-scenario';
import { assumed } from '../build';

/**
 * The peak test (REFERENCE-DATA.md, "What counts as a peak"): the plateau within the
 * tolerance of the peak, the rebound above the lowest value since the peak by more than
 * the tolerance (a % of the peak), ties to the first year; and targets met exactly.
 */
const series = (from: number, values: number[]) => values.map((co2, i) => ({ year: from + i, co2 }) as YearResult);

describe('findPeak', () => {
  it('a 2021 peak, a fall to 42 and a climb to 84 is a rebound, though 84 is below the peak', () => {
    // 2 % of 95 = 1.9: after the low of 42 (2026), 42.5 ≤ 43.9 is noise, 60 > 43.9 is the rebound
    const p = findPeak(series(2020, [90, 95, 80, 61, 50, 47, 42, 42.5, 60, 84, 80]), 2);
    expect(p).toMatchObject({ year: 2021, co2: 95, withinHorizon: true, holds: false });
    expect(p.rebound).toEqual({ year: 2028, co2: 60, fromYear: 2026, fromCo2: 42 });
    expect(p.plateau).toEqual({ fromYear: 2021, toYear: 2021 }); // 90 is 5 below, 80 is 15 below
  });

  it('a 2 % plateau: 2021–2025 within 2.1 of the peak 105 (102.9 exactly at the edge counts), no rebound', () => {
    // after the peak the low goes 104.5, 103.5, 102.9, 100; 101.9 is 1.9 above 100 (≤ 2.1): no rebound
    const p = findPeak(series(2020, [100, 104, 105, 104.5, 103.5, 102.9, 100, 101.9]), 2);
    expect(p.year).toBe(2022);
    expect(p.plateau).toEqual({ fromYear: 2021, toYear: 2025 });
    expect(p.rebound).toBeNull();
    expect(p.holds).toBe(true);
  });

  it('reached on a plateau: the first year from which nothing later is above it by more than the tolerance', () => {
    // peak 100 in 2032, 2 % = 2. 2027: 98.5 — later years reach at most 100 = 98.5 + 1.5 ≤ 2, and the
    // lows after it (98.2 in 2028) are never climbed above by more than 2 (max 100 − 98.2 = 1.8): reached.
    // 2026: 97.5 — 100 is 2.5 above it: not yet. The plateau (≥ 98) runs 2027–2033 (2034 is 97). So a peak-by-2030 target is met though the highest year is 2032.
    const p = findPeak(series(2025, [95, 97.5, 98.5, 98.2, 99, 99.5, 99.8, 100, 99, 97, 94]), 2);
    expect(p).toMatchObject({ year: 2032, reachedYear: 2027, holds: true, plateau: { fromYear: 2027, toYear: 2033 } });
  });

  it('a dip and a climb back before the highest year does not count as reached before it', () => {
    // 2020 is 99 (within 2 of the peak 100), but after it CO2 falls to 90 and climbs to 100: 10 above the low
    const p = findPeak(series(2020, [99, 95, 90, 94, 98, 100, 97, 95]), 2);
    expect(p).toMatchObject({ year: 2025, reachedYear: 2024, holds: true });
    // 2024: 98, later 100 (+2, not more) and the lows 97, 95 are never climbed above: reached in 2024
  });

  it('a climb of exactly the tolerance is not a rebound; one a hair more is', () => {
    // peak 100, 2 % = 2: low 90, then 92 (exactly +2) and then 92.01
    expect(findPeak(series(2020, [100, 90, 92]), 2).rebound).toBeNull();
    expect(findPeak(series(2020, [100, 90, 92.01]), 2).rebound).toMatchObject({ year: 2022, fromYear: 2021 });
  });

  it('tolerance 0: any climb after the peak is a rebound, and the plateau is the equal years', () => {
    const p = findPeak(series(2020, [5, 10, 10, 8, 8.5]), 0);
    expect(p.plateau).toEqual({ fromYear: 2021, toYear: 2022 });
    expect(p.rebound).toMatchObject({ year: 2024, fromCo2: 8 });
  });

  it('ties up to floating-point rounding go to the first year, whichever way the rounding falls', () => {
    expect(findPeak(series(2020, [0.1 + 0.2, 0.3, 0.2]), 2).year).toBe(2020);
    expect(findPeak(series(2020, [0.3, 0.1 + 0.2, 0.2]), 2).year).toBe(2020);
  });

  it('a net exporter credited below zero: the highest (least negative) year, the band a % of its size', () => {
    // −5 is the peak; 2 % of 5 = 0.1: −5.05 is within, −8 not
    const p = findPeak(series(2020, [-10, -5, -5.05, -8]), 2);
    expect(p).toMatchObject({ year: 2021, co2: -5, holds: true });
    expect(p.plateau).toEqual({ fromYear: 2021, toYear: 2022 });
  });
});

const target = (id: string, metric: TargetMetric, year: number, value: number, fromYear?: number): Target => ({
  id, label: id, metric, year, value, binding: true, source: assumed, ...(fromYear !== undefined ? { fromYear } : {}),
});
const statuses = (targets: Target[], edit: (s: Scenario) => void = () => {}) =>
  Object.fromEntries(runScenario(makeScenario((s) => { s.targets = targets; edit(s); })).targets.map((t) => [t.id, t]));

describe('targets at the edge', () => {
  it('an intensity reduction met exactly counts as met, whatever rounding the run took', () => {
    // GDP +5 %, intensity −3 %/yr: the energy intensity falls 1 − 0.97^5 = 14.126597 % over 2020→2025
    const exact = (1 - Math.pow(0.97, 5)) * 100;
    const t = statuses(
      [target('exact', 'energyIntensityReduction', 2025, exact, 2020), target('above', 'energyIntensityReduction', 2025, exact + 1e-6, 2020)],
      (s) => { s.economy.gdpGrowthPct = 5; s.energy.intensityDeclinePct = 3; },
    );
    expect(t.exact).toMatchObject({ met: true });
    expect(t.above).toMatchObject({ met: false });
  });

  it('co2Budget: the sum over 2021–2025, both included: 5 × 156.366965 = 781.834825 万tCO2', () => {
    // flat round scenario: 75 + 20 / 1.229 × 5 = 156.366965 every year
    const year = 75 + (20 / 1.229) * 5;
    const t = statuses([
      target('exact', 'co2Budget', 2025, 5 * year, 2021),
      target('tight', 'co2Budget', 2025, 781.83, 2021),
      target('loose', 'co2Budget', 2025, 782, 2021),
    ]);
    expect(t.exact!.actual).toBeCloseTo(781.834825, 6);
    expect(t.exact).toMatchObject({ met: true, unit: '万tCO2' });
    expect(t.tight!.met).toBe(false);
    expect(t.tight!.margin).toBeCloseTo(-0.004825, 6);
    expect(t.loose!.margin).toBeCloseTo(0.165175, 6);
  });

  it('a peak-year target is missed when emissions rebound, and has no margin', () => {
    // grid factor 0.5 → 0.1 (2025–2027) → 0.45 (2028 on): CO2 156.37 (2020–2024, peak 2020, the first of the ties),
    // 75 + 16.273393 = 91.27 (2025–2027), 75 + 73.230268 = 148.23 (2028): 148.23 > 91.27 + 3.13, a rebound
    const edit = (s: Scenario) => { s.electricity.gridEmissionFactor = { expr: 'step(2020, 0.5, 2025, 0.1, 2028, 0.45)' }; };
    const r = runScenario(makeScenario((s) => { edit(s); s.targets = [target('peak', 'peakYear', 2025, 2025)]; }));
    expect(r.peak).toMatchObject({ year: 2020, holds: false, plateau: { fromYear: 2020, toYear: 2024 } });
    expect(r.peak.rebound).toMatchObject({ year: 2028, fromYear: 2025 });
    expect(r.targets[0]).toMatchObject({ met: false, margin: null, actual: 2020 });
  });
});
