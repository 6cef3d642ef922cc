import { describe, expect, it } from 'vitest';
import { alternativeMethods, compareMethods, compareMethodsWith, headlineYears, type MethodHeadline } from '../../../shared/engine/methods';
import { prepareScenario } from '../../../shared/engine/prepare';
import { runScenario } from '../../../shared/engine/run';
import { resolveSeries } from '../../../shared/engine/series';
import type { Scenario } from '../../../shared/model/scenario';
import { makeScenario } from '../../helpers/make-scenario';
import { assumed, gen } from '../build';

/**
 * The headline figures under the other methods, on an exporting county (round scenario
 * with PV 2000 MW × 1000 h = 20 亿kWh from 2021; use D = 20 / 1.229 = 16.273393 亿kWh, so
 * net imports D − 20 = −3.726607; grid factor 0.5, the grid 40 % non-fossil), counted
 * by default under A (net imports), 113号 and the provincial pool.
 */
const county = makeScenario((s) => {
  s.accounting = { ...s.accounting, electricityCo2: 'netImports', energyControl: 'nonFossilExcluded', renewableAttribution: 'provincialPool' };
  s.electricity.importedNonFossilSharePct = 40;
  s.electricity.projects = [gen('pv-big', 'pv', 2000, 1000, 2021)];
  s.targets = [
    { id: 'co2-cap', label: 'CO2 cap', metric: 'co2Cap', year: 2025, value: 100, binding: true, source: assumed },
    { id: 'e-int', label: 'energy intensity', metric: 'energyIntensityReduction', fromYear: 2020, year: 2025, value: 10, binding: true, source: assumed },
    { id: 'peak', label: 'peak', metric: 'peakYear', year: 2030, value: 2030, binding: false, source: assumed },
  ];
});
const comparison = compareMethodsWith(county, resolveSeries);
const alt = (axis: string, value: string): MethodHeadline => comparison.alternatives.find((a) => a.change?.axis === axis && a.change.value === value)!;
const co2In = (h: MethodHeadline, year: number) => h.years.find((y) => y.year === year)!.co2;

describe('alternatives to a scenario’s methods', () => {
  it('every other method, one axis at a time; the legacy rule only for a scenario that uses it', () => {
    expect(alternativeMethods(county.accounting)).toEqual([
      { axis: 'electricityCo2', value: 'netImportsNoExportCredit' },
      { axis: 'electricityCo2', value: 'locationBased' },
      { axis: 'electricityCo2', value: 'marketBased' },
      { axis: 'energyControl', value: 'renewableIncreaseExcluded' },
      { axis: 'energyControl', value: 'none' },
      { axis: 'renewableAttribution', value: 'localBalance' },
    ]);
    const legacy = alternativeMethods({ electricityCo2: 'netImports', energyControl: 'legacyNewRenewables', renewableAttribution: 'localBalance' });
    expect(legacy.filter((c) => c.axis === 'energyControl').map((c) => c.value)).toEqual(['nonFossilExcluded', 'renewableIncreaseExcluded', 'none']);
  });

  it('headline years: the base year, 2025, 2030 and the last, those in the horizon', () => {
    expect(headlineYears(2020, 2060)).toEqual([2020, 2025, 2030, 2060]);
    expect(headlineYears(2026, 2030)).toEqual([2026, 2030]);
  });
});

describe('the exporting county under each method', () => {
  it('its own run is what runScenario gives', () => {
    const own = runScenario(county);
    expect(comparison.own.change).toBeNull();
    expect(comparison.own.methods).toEqual(own.methods);
    expect(co2In(comparison.own, 2025)).toBe(own.years[5]!.co2);
  });

  it('2025 CO2: A 75 − 3.726607 × 5 = 56.366965; B 75; C and D 75 + D × 5 = 156.366965', () => {
    expect(co2In(comparison.own, 2025)).toBeCloseTo(56.366965, 6);
    expect(co2In(alt('electricityCo2', 'netImportsNoExportCredit'), 2025)).toBeCloseTo(75, 10);
    expect(co2In(alt('electricityCo2', 'locationBased'), 2025)).toBeCloseTo(156.366965, 6);
    expect(co2In(alt('electricityCo2', 'marketBased'), 2025)).toBeCloseTo(156.366965, 6);
  });

  it('energy assessed 2025: 113号 50 − 8 = 42; none and 1258号 (flat shares, no increase) 50; local balance 50 − 20 = 30', () => {
    const e = (h: MethodHeadline) => h.years.find((y) => y.year === 2025)!.energyAssessed;
    expect(e(comparison.own)).toBeCloseTo(42, 10);
    expect(e(alt('energyControl', 'none'))).toBeCloseTo(50, 10);
    expect(e(alt('energyControl', 'renewableIncreaseExcluded'))).toBeCloseTo(50, 10);
    expect(e(alt('renewableAttribution', 'localBalance'))).toBeCloseTo(30, 10);
    // 14th plan: 42 → 42 is 0 %; local balance 42 → 30 is −28.571429 %
    expect(comparison.own.periods[0]).toMatchObject({ plan: 14 });
    expect(comparison.own.periods[0]!.energyPerGdpAssessedChangePct).toBeCloseTo(0, 10);
    expect(alt('renewableAttribution', 'localBalance').periods[0]!.energyPerGdpAssessedChangePct).toBeCloseTo(-28.571429, 5);
  });

  it('targets met only under some methods: the CO2 cap (met under A and B, not C or D), the intensity (only under local balance)', () => {
    expect(comparison.own.targetsMet).toBe(2); // CO2 cap and the peak (2020: CO2 falls when the PV arrives)
    expect(comparison.own.targetsJudged).toBe(3);
    expect(comparison.methodDependentTargets).toEqual([
      { id: 'co2-cap', label: 'CO2 cap', met: true, otherwiseUnder: [{ axis: 'electricityCo2', value: 'locationBased' }, { axis: 'electricityCo2', value: 'marketBased' }] },
      { id: 'e-int', label: 'energy intensity', met: false, otherwiseUnder: [{ axis: 'renewableAttribution', value: 'localBalance' }] },
    ]);
  });

  it('the peak under each method: A and B fall from 2020 and hold; C and D are flat (a tie: the base year, holding)', () => {
    expect(comparison.own.peak).toMatchObject({ year: 2020, holds: true });
    expect(alt('electricityCo2', 'locationBased').peak).toMatchObject({ year: 2020, holds: true, plateau: { fromYear: 2020, toYear: 2030 } });
  });

  it('compareMethods takes the prepared scenario and its own results, and chosen years', () => {
    const p = prepareScenario(county, resolveSeries);
    const c = compareMethods(p, runScenario(county), [2022]);
    expect(c.own.years.map((y) => y.year)).toEqual([2022]);
    expect(c.alternatives).toHaveLength(6);
  });
});

describe('a scenario whose every target is method-independent', () => {
  it('lists none', () => {
    const s: Scenario = makeScenario((x) => {
      x.targets = [{ id: 'cap', label: 'cap', metric: 'co2Cap', year: 2025, value: 1000, binding: true, source: assumed }];
    });
    expect(compareMethodsWith(s, resolveSeries).methodDependentTargets).toEqual([]);
  });
});
