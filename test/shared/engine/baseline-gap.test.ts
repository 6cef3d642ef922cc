import { describe, expect, it } from 'vitest';
import { baselineGaps, gapYears } from '../../../shared/engine/baseline-gap';
import { LMDI_DRIVERS } from '../../../shared/engine/lmdi';
import type { ScenarioResults } from '../../../shared/engine/results';
import { runScenario } from '../../../shared/engine/run';
import type { Scenario } from '../../../shared/model/scenario';
import { makeScenario } from '../../helpers/make-scenario';

const horizon = (baseYear: number, endYear: number) => ({ baseYear, endYear }) as ScenarioResults;

describe('gapYears', () => {
  it('2025, 2030 and the last year both cover', () => {
    expect(gapYears(horizon(2020, 2060), horizon(2020, 2060))).toEqual([2025, 2030, 2060]);
    // the baseline stops in 2035: its last year is the last one explained
    expect(gapYears(horizon(2020, 2060), horizon(2020, 2035))).toEqual([2025, 2030, 2035]);
    // a horizon ending in 2030: no third year
    expect(gapYears(horizon(2020, 2030), horizon(2020, 2060))).toEqual([2025, 2030]);
  });

  it('leaves out years before or at either base year', () => {
    // base years 2020 and 2026: 2025 is before the baseline's start
    expect(gapYears(horizon(2020, 2060), horizon(2026, 2060))).toEqual([2030, 2060]);
    // overlapping in the base year only: nothing to explain
    expect(gapYears(horizon(2020, 2025), horizon(2025, 2060))).toEqual([]);
    expect(gapYears(horizon(2022, 2024), horizon(2020, 2060))).toEqual([2024]);
  });
});

describe('baselineGaps', () => {
  const coalOnly = (s: Scenario) => {
    s.energy.sectors.industry.fuelSharesPct = { coal: 100, oil: 0, gas: 0, electricity: 0, heat: 0, biomass: 0 };
  };

  it('GDP up 20 % and intensity down 25 % in 2021, then flat: the same parts in 2025 and 2030', () => {
    // All energy is coal at 2.5 tCO2/tce (make-scenario), so C = G · I · 2.5.
    // Baseline: G = 100 亿元, I = 0.5 tce/万元 every year   → C = 125 万tCO2
    // Scenario: growth 20 % in 2021 only, decline 25 % in 2021 only (points, held flat at 0 after 2022)
    //   → G = 120 亿元, I = 0.375 tce/万元 from 2022 on      → C = 120 × 0.375 × 2.5 = 112.5 万tCO2
    // gap = 112.5 − 125 = −12.5; L(112.5, 125) = −12.5 / ln(0.9) = −12.5 / −0.1053605 = 118.6403
    // 经济增长 gdp          = 118.6403 × ln(1.2)  = 118.6403 ×  0.1823216 =  21.6307
    // 节能降耗 intensity    = 118.6403 × ln(0.75) = 118.6403 × −0.2876821 = −34.1307
    // shares of the gap: 21.6307 / −12.5 = −173.05 %, −34.1307 / −12.5 = 273.05 %
    const baseline = runScenario(makeScenario(coalOnly));
    const scenario = runScenario(
      makeScenario((s) => {
        coalOnly(s);
        s.economy.gdpGrowthPct = [{ year: 2021, value: 20 }, { year: 2022, value: 0 }];
        s.energy.intensityDeclinePct = [{ year: 2021, value: 25 }, { year: 2022, value: 0 }];
      }),
    );
    const gaps = baselineGaps(scenario, baseline);
    expect(gaps.map((g) => g.year)).toEqual([2025, 2030]);
    for (const g of gaps) {
      expect(g.baselineCo2).toBeCloseTo(125, 10);
      expect(g.co2).toBeCloseTo(112.5, 10);
      expect(g.gap).toBeCloseTo(-12.5, 10);
      expect(g.parts.map((p) => p.driver)).toEqual([...LMDI_DRIVERS]);
      const gdp = g.parts.find((p) => p.driver === 'gdp')!;
      const intensity = g.parts.find((p) => p.driver === 'energyIntensity')!;
      expect(gdp.value).toBeCloseTo(21.6307, 4);
      expect(intensity.value).toBeCloseTo(-34.1307, 4);
      expect(gdp.sharePct).toBeCloseTo(-173.05, 2);
      expect(intensity.sharePct).toBeCloseTo(273.05, 2);
      // the check: the parts add up to the gap
      expect(g.sumOfParts).toBeCloseTo(-12.5, 10);
      expect(Math.abs(g.residual)).toBeLessThan(1e-9);
    }
  });

  it('intensity down 10 %/yr from 2021, nothing else: the whole gap is 节能降耗, 100 % of it', () => {
    // I(2025) = 0.5 × 0.9^5 = 0.5 × 0.59049 = 0.295245 → C = 100 × 0.295245 × 2.5 = 73.81125
    // gap = 73.81125 − 125 = −51.18875, all in energyIntensity
    const baseline = runScenario(makeScenario(coalOnly));
    const scenario = runScenario(makeScenario((s) => { coalOnly(s); s.energy.intensityDeclinePct = 10; }));
    const [g2025] = baselineGaps(scenario, baseline, [2025]);
    expect(g2025!.gap).toBeCloseTo(-51.18875, 8);
    const intensity = g2025!.parts.find((p) => p.driver === 'energyIntensity')!;
    expect(intensity.value).toBeCloseTo(-51.18875, 8);
    expect(intensity.sharePct).toBeCloseTo(100, 8);
    for (const p of g2025!.parts.filter((q) => q.driver !== 'energyIntensity')) expect(p.value).toBeCloseTo(0, 10);
  });

  it('a scenario against itself: gap 0, every part 0, no shares', () => {
    const r = runScenario(makeScenario());
    for (const g of baselineGaps(r, r)) {
      expect(g.gap).toBe(0);
      expect(g.parts.every((p) => p.value === 0 && p.sharePct === null)).toBe(true);
      expect(g.residual).toBe(0);
    }
  });
});
