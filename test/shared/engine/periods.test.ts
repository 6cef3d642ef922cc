import { describe, expect, it } from 'vitest';
import { findPeak, periodChanges } from '../../../shared/engine/periods';
import type { YearResult } from '../../../shared/engine/results';
import { runScenario } from '../../../shared/engine/run';
import type { Scenario } from '../../../shared/model/scenario';
import { makeScenario } from '../../helpers/make-scenario';
import { yearOf } from '../build';

/**
 * Growth and decline compound from the base year; five-year plan periods.
 * Round scenario (see run.test.ts): 2020 E = 50 万tce, CO2 = 156.366965 万tCO2,
 * and with a constant fuel mix CO2 ∝ E: 156.366965 / 50 = 3.1273393 tCO2/tce.
 */
const run = (edit: (s: Scenario) => void) => runScenario(makeScenario(edit));

describe('GDP growth and intensity decline compound year on year', () => {
  // GDP +5 %/yr, intensity −3 %/yr
  const r = run((s) => {
    s.economy.gdpGrowthPct = 5;
    s.energy.intensityDeclinePct = 3;
  });

  it('applies from the year after the base year', () => {
    const y20 = yearOf(r, 2020);
    expect(y20.gdp).toBe(100);
    expect(y20.energyPerGdp).toBeCloseTo(0.5, 12);
    // 2021: GDP 100 × 1.05 = 105; intensity 0.5 × 0.97 = 0.485; E = 105 × 0.485 = 50.925
    const y21 = yearOf(r, 2021);
    expect(y21.gdp).toBeCloseTo(105, 12);
    expect(y21.energyPerGdp).toBeCloseTo(0.485, 12);
    expect(y21.energy).toBeCloseTo(50.925, 10);
    // CO2 2021 = 50.925 × 3.1273393 = 159.259754
    expect(y21.co2).toBeCloseTo(159.259754, 6);
  });

  it('compounds: 2025 GDP = 100 × 1.05^5, intensity = 0.5 × 0.97^5', () => {
    // 1.05^5 = 1.2762816; 0.97^5 = 0.8587340; E = 50 × 1.2762816 × 0.8587340 = 50 × 1.0959864 = 54.799320
    // CO2 = 156.366965 × 1.0959864 = 171.376068
    const y = yearOf(r, 2025);
    expect(y.gdp).toBeCloseTo(127.628156, 6);
    expect(y.energyPerGdp).toBeCloseTo(0.429367, 6);
    expect(y.energy).toBeCloseTo(54.799320, 6);
    expect(y.co2).toBeCloseTo(171.376068, 6);
    expect(y.co2VsBasePct).toBeCloseTo(9.59864, 5); // (1.0959864 − 1) × 100
    expect(y.energyPerGdpVsBasePct).toBeCloseTo(-14.126597, 6); // (0.8587340 − 1) × 100
  });

  it('14th plan (2020→2025) and 15th plan (2025→2030) changes', () => {
    expect(r.periods.map((p) => [p.plan, p.fromYear, p.toYear])).toEqual([[14, 2020, 2025], [15, 2025, 2030]]);
    const p14 = r.periods[0]!;
    // intensity: 0.97^5 − 1 = −14.126597 %; fuel mix constant so CO2/GDP changes the same
    expect(p14.energyPerGdpChangePct).toBeCloseTo(-14.126597, 6);
    expect(p14.energyPerGdpAssessedChangePct).toBeCloseTo(-14.126597, 6);
    expect(p14.co2PerGdpChangePct).toBeCloseTo(-14.126597, 6);
    // CO2: (1.05 × 0.97)^5 − 1 = 1.0959864 − 1 = +9.59864 %
    expect(p14.co2ChangePct).toBeCloseTo(9.59864, 5);
    expect(p14.gdpAvgGrowthPct).toBeCloseTo(5, 10);
    expect(r.periods[1]!.gdpAvgGrowthPct).toBeCloseTo(5, 10);
  });

  it('gdpAvgGrowthPct is the geometric mean of a changing growth path', () => {
    // points 2021: 4 %, 2025: 8 % → 4, 5, 6, 7, 8 % in 2021–2025, then 8 % held
    // 2025 GDP = 100 × 1.04 × 1.05 × 1.06 × 1.07 × 1.08 = 133.763011
    // average = 1.33763011^(1/5) − 1: ln = 0.039221 + 0.048790 + 0.058269 + 0.067659 + 0.076961 = 0.290900;
    //           / 5 = 0.058180; e^0.058180 − 1 = 5.99057 %
    const g = run((s) => { s.economy.gdpGrowthPct = [{ year: 2021, value: 4 }, { year: 2025, value: 8 }]; });
    expect(yearOf(g, 2020).gdp).toBe(100); // the 4 % held before 2021 is not applied to the base year
    expect(yearOf(g, 2025).gdp).toBeCloseTo(133.763011, 6);
    expect(g.periods[0]!.gdpAvgGrowthPct).toBeCloseTo(5.99057, 5);
    expect(g.periods[1]!.gdpAvgGrowthPct).toBeCloseTo(8, 10);
  });

  it('negative decline raises intensity', () => {
    // intensity +2 %/yr: 2022 = 0.5 × 1.02² = 0.5202
    const y = yearOf(run((s) => { s.energy.intensityDeclinePct = -2; }), 2022);
    expect(y.energyPerGdp).toBeCloseTo(0.5202, 12);
  });
});

describe('plan periods lie wholly inside the horizon', () => {
  it('a 2018 base year: 2020 has no start inside, 2025 (14th) and 2030 (15th) do', () => {
    const r = run((s) => { s.baseYear = 2018; });
    expect(r.periods.map((p) => `${p.plan}:${p.fromYear}-${p.toYear}`)).toEqual(['14:2020-2025', '15:2025-2030']);
  });
  it('2015 → 2035 gives the 13th to the 16th', () => {
    const r = run((s) => { s.baseYear = 2015; s.endYear = 2035; });
    expect(r.periods.map((p) => p.plan)).toEqual([13, 14, 15, 16]);
    expect(r.periods[0]).toMatchObject({ fromYear: 2015, toYear: 2020 });
  });
});

describe('peak', () => {
  it('rising to the end year: no peak within the horizon', () => {
    const r = run((s) => { s.economy.gdpGrowthPct = 5; s.energy.intensityDeclinePct = 3; });
    // CO2 2030 = 156.366965 × 1.0959864² = 187.825840; ×1.05 × 0.97 = ×1.0185 a year, so 2029 is
    // 1/1.0185 = 1.8 % below (within the 2 % tolerance) and 2028 3.6 % below: plateau 2029–2030.
    // Still at its highest in the last year: no peak within the horizon, so it does not hold.
    expect(r.peak).toEqual({
      year: 2030,
      co2: r.years[10]!.co2,
      withinHorizon: false,
      scope: 'energy',
      tolerancePct: 2,
      plateau: { fromYear: 2029, toYear: 2030 },
      rebound: null,
      holds: false,
      // from 2029 nothing later is more than 2 % of the peak above it (2030 is 1.8 % of it above)
      reachedYear: 2029,
    });
    expect(r.peak.co2).toBeCloseTo(187.825840, 6);
  });

  it('a peak inside the horizon', () => {
    // decline 3 %/yr until 2025, 8 %/yr from 2026: E × 1.05 × 0.97 = ×1.0185 (rising) then × 1.05 × 0.92 = ×0.966
    const r = run((s) => { s.economy.gdpGrowthPct = 5; s.energy.intensityDeclinePct = { expr: 'step(2021, 3, 2026, 8)' }; });
    expect(r.peak.year).toBe(2025);
    expect(r.peak.withinHorizon).toBe(true);
    expect(r.peak.co2).toBeCloseTo(171.376068, 6);
    expect(yearOf(r, 2026).co2).toBeCloseTo(165.549281, 6); // 171.376068 × 0.966
  });

  it('ties go to the first year: flat CO2 peaks in the base year', () => {
    expect(run(() => {}).peak).toMatchObject({ year: 2020, withinHorizon: true });
    const ys = [{ year: 2020, co2: 1 }, { year: 2021, co2: 3 }, { year: 2022, co2: 3 }, { year: 2023, co2: 2 }] as YearResult[];
    // 2021 and 2022 tie at 3: the first wins, both form the plateau; 2 is 33 % below
    expect(findPeak(ys, 2)).toEqual({
      year: 2021,
      co2: 3,
      withinHorizon: true,
      scope: 'energy',
      tolerancePct: 2,
      plateau: { fromYear: 2021, toYear: 2022 },
      rebound: null,
      holds: true,
      reachedYear: 2021,
    });
  });

  it('periodChanges reports 0 % rather than dividing by a zero start', () => {
    const zero = { co2PerGdp: 0, energyPerGdp: 0, energyPerGdpAssessed: 0, co2: 0, gdp: 1 };
    const ys = [{ year: 2020, ...zero }, ...[1, 2, 3, 4].map((i) => ({ year: 2020 + i, ...zero })), { year: 2025, ...zero, co2: 5 }] as YearResult[];
    expect(periodChanges(ys)[0]).toMatchObject({ plan: 14, co2ChangePct: 0, gdpAvgGrowthPct: 0 });
  });
});
