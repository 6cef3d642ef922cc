import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../shared/engine/run';
import type { Scenario } from '../../../shared/model/scenario';
import { makeScenario } from '../../helpers/make-scenario';
import { assumed, gen, yearOf } from '../build';

/**
 * Years closer to reality: published statistics replacing the projection, a project's
 * partial first year, PV degradation and the hydro year factor, by hand on the round
 * scenario (GDP 100 亿元, 50 万tce: coal 30, electricity 20; 1 亿kWh = 1.229 万tce 当量值).
 */
const run = (edit: (s: Scenario) => void) => runScenario(makeScenario(edit));
const published = (value: number) => ({ value, source: assumed });

describe('published statistics (history) replace the projection, which goes on from them', () => {
  // GDP +5 %/yr, intensity −3 %/yr; 2022 published: GDP 110 亿元, energy 60 万tce
  const r = run((s) => {
    s.economy.gdpGrowthPct = 5;
    s.energy.intensityDeclinePct = 3;
    s.history = { gdpYiYuan: { '2022': published(110) }, energyWanTce: { '2022': published(60) }, electricityUseYiKWh: { '2022': published(17) } };
  });

  it('2021 is projected: GDP 105, intensity 0.485', () => {
    const y = yearOf(r, 2021);
    expect(y.gdp).toBeCloseTo(105, 12);
    expect(y.energyPerGdp).toBeCloseTo(0.485, 12);
    expect(y.actual).toEqual({ gdp: false, energy: false });
  });

  it('2022 takes the statistics: GDP 110, energy 60, intensity 60/110', () => {
    const y = yearOf(r, 2022);
    expect(y.gdp).toBe(110);
    expect(y.energy).toBeCloseTo(60, 12);
    expect(y.energyPerGdp).toBeCloseTo(60 / 110, 12);
    expect(y.actual).toEqual({ gdp: true, energy: true });
  });

  it('2023 grows from them: GDP 110 × 1.05 = 115.5, energy 60 × 1.05 × 0.97 = 61.11', () => {
    const y = yearOf(r, 2023);
    expect(y.gdp).toBeCloseTo(115.5, 12);
    expect(y.energy).toBeCloseTo(61.11, 10);
    expect(y.actual).toEqual({ gdp: false, energy: false });
  });

  it('全社会用电量 is set beside the engine’s electricity use, not used: 17 against 60 × 40 % / 1.229 = 19.528072', () => {
    const y = yearOf(r, 2022);
    expect(y.reported).toEqual({ electricityUse: 17 });
    expect(y.electricityDemand).toBeCloseTo(24 / 1.229, 10);
    expect(yearOf(r, 2021).reported).toEqual({});
  });

  it('the energy total is read in the input convention: 等价值 60 → electricity 24 / 3 = 8 亿kWh, reported 当量值 36 + 9.832', () => {
    const y = yearOf(run((s) => {
      s.energy.inputConvention = 'coalSubstitution';
      s.history = { energyWanTce: { '2022': published(60) } };
    }), 2022);
    expect(y.electricityDemand).toBeCloseTo(8, 10);
    expect(y.energy).toBeCloseTo(45.832, 10);
  });
});

describe('a project’s first year, degradation, hydro years', () => {
  // PV 100 MW × 1200 h = 1.2 亿kWh a full year
  const pv = (extra: Parameters<typeof gen>[5]) =>
    run((s) => { s.electricity.projects = [gen('pv-1', 'pv', 100, 1200, 2024, extra)]; });

  it('commissioned in July: (13 − 7)/12 = half of 2024 (0.6 亿kWh), 2025 whole; capacity counted from 2024', () => {
    const r = pv({ commissioningMonth: 7 });
    expect(yearOf(r, 2023).generationByType.pv).toBe(0);
    expect(yearOf(r, 2024).generationByType.pv).toBeCloseTo(0.6, 12);
    expect(yearOf(r, 2024).capacityMW.pv).toBe(100);
    expect(yearOf(r, 2025).generationByType.pv).toBeCloseTo(1.2, 12);
  });

  it('January counts the whole year, December one month (0.1)', () => {
    expect(yearOf(pv({ commissioningMonth: 1 }), 2024).generationByType.pv).toBeCloseTo(1.2, 12);
    expect(yearOf(pv({ commissioningMonth: 12 }), 2024).generationByType.pv).toBeCloseTo(0.1, 12);
  });

  it('degradation 0.5 %/yr from the second year: 1.2 × 0.995 = 1.194, × 0.995² = 1.18803', () => {
    const r = pv({ degradationPctPerYear: 0.5, commissioningMonth: 7 });
    expect(yearOf(r, 2024).generationByType.pv).toBeCloseTo(0.6, 12); // new modules, half a year
    expect(yearOf(r, 2025).generationByType.pv).toBeCloseTo(1.194, 12);
    expect(yearOf(r, 2026).generationByType.pv).toBeCloseTo(1.18803, 12);
  });

  it('a dry year (0.8) cuts hydro, not PV: 50 MW × 3000 h × 0.8 = 1.2 亿kWh', () => {
    const r = run((s) => {
      s.electricity.fleet = [gen('hydro', 'hydro', 50, 3000), gen('pv-old', 'pv', 100, 1200)];
      s.electricity.hydroYearFactor = [{ year: 2022, value: 1 }, { year: 2023, value: 0.8 }, { year: 2024, value: 1 }];
    });
    expect(yearOf(r, 2022).generationByType.hydro).toBeCloseTo(1.5, 12);
    expect(yearOf(r, 2023).generationByType.hydro).toBeCloseTo(1.2, 12);
    expect(yearOf(r, 2023).generationByType.pv).toBeCloseTo(1.2, 12);
  });
});
