import { describe, expect, it } from 'vitest';
import type { TargetStatus } from '../../../shared/engine/results';
import { runScenario } from '../../../shared/engine/run';
import type { Scenario, Target, TargetMetric } from '../../../shared/model/scenario';
import { makeScenario } from '../../helpers/make-scenario';
import { assumed, gen } from '../build';

const target = (id: string, metric: TargetMetric, year: number, value: number, fromYear?: number): Target => ({
  id, label: id, metric, year, value, binding: true, source: assumed, ...(fromYear !== undefined ? { fromYear } : {}),
});

function statuses(targets: Target[], edit: (s: Scenario) => void = () => {}): Record<string, TargetStatus> {
  const r = runScenario(makeScenario((s) => { s.targets = targets; edit(s); }));
  return Object.fromEntries(r.targets.map((t) => [t.id, t]));
}

/**
 * Growing scenario: GDP +5 %/yr, intensity −3 %/yr, imported non-fossil 40 %.
 *   2025: GDP = 100 × 1.05^5 = 127.628156; E = 50 × (1.05 × 0.97)^5 = 50 × 1.0959864 = 54.799320 万tce
 *         CO2 = 156.366965 × 1.0959864 = 171.376068 万tCO2
 *   CO2/GDP and E/GDP both fall by 1 − 0.97^5 = 1 − 0.8587340 = 14.126597 % over 2020→2025
 *   non-fossil share = 40 % of electricity (20 of 50 万tce) = 16 % every year
 */
const growing = (s: Scenario) => {
  s.economy.gdpGrowthPct = 5;
  s.energy.intensityDeclinePct = 3;
  s.electricity.importedNonFossilSharePct = 40;
};

describe('target status: met and missed, with margins', () => {
  const t = statuses([
    target('co2int-met', 'co2IntensityReduction', 2025, 14, 2020),
    target('co2int-miss', 'co2IntensityReduction', 2025, 15, 2020),
    target('eint-met', 'energyIntensityReduction', 2025, 14, 2020),
    target('eint-miss', 'energyIntensityReduction', 2025, 14.5, 2020),
    target('nf-met', 'nonFossilShare', 2025, 15),
    target('nf-miss', 'nonFossilShare', 2025, 20),
    target('ecap-met', 'energyCap', 2025, 55),
    target('ecap-miss', 'energyCap', 2025, 54),
    target('ccap-met', 'co2Cap', 2025, 180),
    target('ccap-miss', 'co2Cap', 2025, 170),
  ], growing);

  it('CO2-intensity reduction: 14.126597 % achieved', () => {
    // 14.126597 − 14 = +0.126597 (met); 14.126597 − 15 = −0.873403 (missed)
    expect(t['co2int-met']).toMatchObject({ met: true, unit: '%', fromYear: 2020, year: 2025, target: 14 });
    expect(t['co2int-met']!.actual).toBeCloseTo(14.126597, 6);
    expect(t['co2int-met']!.margin).toBeCloseTo(0.126597, 6);
    expect(t['co2int-miss']!.met).toBe(false);
    expect(t['co2int-miss']!.margin).toBeCloseTo(-0.873403, 6);
  });

  it('energy-intensity reduction: 14.126597 % achieved', () => {
    // 14.126597 − 14 = +0.126597; 14.126597 − 14.5 = −0.373403
    expect(t['eint-met']!.met).toBe(true);
    expect(t['eint-met']!.margin).toBeCloseTo(0.126597, 6);
    expect(t['eint-miss']!.met).toBe(false);
    expect(t['eint-miss']!.margin).toBeCloseTo(-0.373403, 6);
  });

  it('non-fossil share: 16 % achieved', () => {
    // 16 − 15 = +1; 16 − 20 = −4
    expect(t['nf-met']).toMatchObject({ met: true, unit: '%' });
    expect(t['nf-met']!.actual).toBeCloseTo(16, 10);
    expect(t['nf-met']!.margin).toBeCloseTo(1, 10);
    expect(t['nf-miss']!.met).toBe(false);
    expect(t['nf-miss']!.margin).toBeCloseTo(-4, 10);
  });

  it('energy cap: 54.799320 万tce used (lower is better)', () => {
    // 55 − 54.799320 = +0.200680; 54 − 54.799320 = −0.799320
    expect(t['ecap-met']).toMatchObject({ met: true, unit: '万tce' });
    expect(t['ecap-met']!.actual).toBeCloseTo(54.79932, 6);
    expect(t['ecap-met']!.margin).toBeCloseTo(0.20068, 6);
    expect(t['ecap-miss']!.met).toBe(false);
    expect(t['ecap-miss']!.margin).toBeCloseTo(-0.79932, 6);
  });

  it('CO2 cap: 171.376068 万tCO2 emitted (lower is better)', () => {
    // 180 − 171.376068 = +8.623932; 170 − 171.376068 = −1.376068
    expect(t['ccap-met']).toMatchObject({ met: true, unit: '万tCO2' });
    expect(t['ccap-met']!.margin).toBeCloseTo(8.623932, 6);
    expect(t['ccap-miss']!.met).toBe(false);
    expect(t['ccap-miss']!.margin).toBeCloseTo(-1.376068, 6);
  });

  it('keeps the order, label and binding flag of the scenario’s targets', () => {
    const r = runScenario(makeScenario((s) => {
      s.targets = [{ ...target('b', 'co2Cap', 2030, 1), binding: false, label: '碳排放上限' }, target('a', 'nonFossilShare', 2030, 1)];
    }));
    expect(r.targets.map((x) => [x.id, x.label, x.binding])).toEqual([['b', '碳排放上限', false], ['a', 'a', true]]);
  });
});

describe('assessed energy in targets', () => {
  it('energy-intensity reduction and the energy cap use energy with new renewables removed', () => {
    // flat scenario, PV 100 MW × 1200 h = 1.2 亿kWh from 2024, excluded from assessment:
    // assessed 2025 = 50 − 1.2 × 10 × 0.1229 = 48.5252 → intensity 0.485252; reduction (1 − 0.485252/0.5) = 2.9496 %
    // CO2 intensity falls by 6 / 156.366965 = 3.837128 % (PV displaces 1.2 亿kWh × 5 = 6 万tCO2)
    const t = statuses(
      [target('e', 'energyIntensityReduction', 2025, 2.5, 2020), target('c', 'co2IntensityReduction', 2025, 2.5, 2020), target('cap', 'energyCap', 2025, 49)],
      (s) => {
        s.electricity.projects = [gen('pv-1', 'pv', 100, 1200, 2024)];
        s.accounting.energyControl = 'legacyNewRenewables';
      },
    );
    expect(t.e!.actual).toBeCloseTo(2.9496, 10);
    expect(t.e!.margin).toBeCloseTo(0.4496, 10);
    expect(t.c!.actual).toBeCloseTo(3.837128, 6);
    expect(t.cap!.actual).toBeCloseTo(48.5252, 10); // 49 − 48.5252 = +0.4748
    expect(t.cap!.margin).toBeCloseTo(0.4748, 10);
    expect(t.cap!.met).toBe(true);
  });
});

describe('targets outside the horizon', () => {
  it('a target year after the end year: actual, met and margin are null', () => {
    const t = statuses([
      target('cap-2035', 'co2Cap', 2035, 100),
      target('red-2035', 'co2IntensityReduction', 2035, 65, 2020),
      target('nf-2035', 'nonFossilShare', 2035, 30),
    ]);
    for (const id of ['cap-2035', 'red-2035', 'nf-2035']) {
      expect(t[id]).toMatchObject({ actual: null, met: null, margin: null, year: 2035 });
    }
  });
});

describe('peak-year target', () => {
  it('met with a margin when CO2 peaks inside the horizon before the target year', () => {
    // decline 3 %/yr to 2025 then 8 %/yr: CO2 rises ×1.05 × 0.97 = ×1.0185/yr to 2025, then falls ×0.966 → peak 2025.
    // Reached within the 2 % tolerance in 2024: 2024 is 1/1.0185 = 98.18 % of the peak (1.82 % below, later
    // years never above it by more than 2 % of the peak); 2023 is 1/1.0185² = 96.40 % (3.6 % below): not yet.
    // target 2030: margin 2030 − 2024 = 6; target 2024: met exactly (margin 0); target 2023: missed by 1
    const t = statuses([target('peak-2030', 'peakYear', 2030, 2030), target('peak-2024', 'peakYear', 2024, 2024), target('peak-2023', 'peakYear', 2023, 2023)], (s) => {
      s.economy.gdpGrowthPct = 5;
      s.energy.intensityDeclinePct = { expr: 'step(2021, 3, 2026, 8)' };
    });
    expect(t['peak-2030']).toMatchObject({ actual: 2024, met: true, margin: 6, unit: '年' });
    expect(t['peak-2024']).toMatchObject({ actual: 2024, met: true, margin: 0 });
    expect(t['peak-2023']).toMatchObject({ actual: 2024, met: false, margin: -1 });
  });

  it('missed when CO2 is still rising in the end year, even if that year is the target', () => {
    // growing scenario: CO2 highest in 2030 (the end year) → no peak within the horizon
    const t = statuses([target('peak-2030', 'peakYear', 2030, 2030), target('peak-2040', 'peakYear', 2040, 2040)], growing);
    expect(t['peak-2030']).toMatchObject({ actual: 2030, met: false });
    expect(t['peak-2040']).toMatchObject({ actual: 2030, met: false });
    // how far from the target cannot be measured: never a non-negative margin on a missed target
    expect(t['peak-2030']!.margin).toBeNull();
    expect(t['peak-2040']!.margin).toBeNull();
  });

  it('every judged target has met === (margin >= 0)', () => {
    const all = [
      ...Object.values(statuses([target('p', 'peakYear', 2030, 2030), target('c', 'co2Cap', 2030, 100)], growing)),
      ...Object.values(statuses([target('p', 'peakYear', 2030, 2030), target('n', 'nonFossilShare', 2030, 0)])),
    ];
    for (const s of all) if (s.margin !== null) expect(s.met).toBe(s.margin >= 0);
  });
});
