import { describe, expect, it } from 'vitest';
import { PRESETS, presetById } from '../../../../seeds/index';
import { computeHeadline } from '../../../../shared/engine/hourly/with-hourly';
import { prepareScenario } from '../../../../shared/engine/prepare';
import { resolveSeries } from '../../../../shared/engine/series';
import { leanPeak, leanTargets, meets, type LeanPeak } from '../../../../shared/engine/ensemble/judge';
import { neutralValues, prepareKernel, runVariant, variantOut } from '../../../../shared/engine/ensemble/kernel';
import { ELECTRICITY_CO2_METHODS, ENERGY_CONTROL_RULES, PLAN_SECTORS, RENEWABLE_ATTRIBUTIONS, type Scenario } from '../../../../shared/model/scenario';
import { runScenario } from '../../../../shared/engine/run';
import { withIndustry } from './industry-fixture';
import { runEnsemble } from '../../../../shared/engine/ensemble/index';
import { targetContext } from '../../../../shared/engine/ensemble/plan';

/**
 * The kernel with every input at its neutral value (no shift, factor 1, no delay) must give the engine's own
 * figures exactly (`toBe`: the same doubles), since it mirrors run-core.ts's arithmetic in the same order.
 */
function expectSame(s: Scenario) {
  const engine = computeHeadline(prepareScenario(s, resolveSeries));
  const k = prepareKernel(s, resolveSeries, 2);
  const out = variantOut(k.count);
  expect(runVariant(k, neutralValues(), out)).toBe(true);
  engine.years.forEach((y, i) => {
    expect(out.co2[i]).toBe(y.co2);
    expect(out.co2Judged[i]).toBe(y.co2Judged);
    if (k.sectors) {
      PLAN_SECTORS.forEach((sector, j) => expect(out.sectorJudged[j]![i]).toBe(y.sectorCo2[sector].judged));
      if (y.industryValueAdded) expect(out.industryIntensity[i]).toBe(y.sectorCo2.industry.energy / y.industryValueAdded);
    }
    expect(out.gdp[i]).toBe(y.gdp);
    expect(out.co2PerGdp[i]).toBe(y.co2PerGdp);
    expect(out.energyAssessed[i]).toBe(y.energyAssessed);
    expect(out.energyPerGdpAssessed[i]).toBe(y.energyPerGdpAssessed);
    expect(out.nonFossilShare[i]).toBe(y.nonFossilShare);
  });
  const peak = leanPeak(out.co2Judged, k.count, s.accounting.peakTolerancePct, {} as LeanPeak);
  expect(k.baseYear + peak.index).toBe(engine.peak.year);
  expect(peak.holds).toBe(engine.peak.holds);
  expect(k.baseYear + peak.reached).toBe(engine.peak.reachedYear);
  const judged = leanTargets(s.targets, k.baseYear, k.count, targetContext(k));
  for (const status of engine.targets) {
    const t = judged.find((x) => x.id === status.id);
    if (status.met === null) expect(t).toBeUndefined();
    else expect(meets(t!, out, peak, k.baseYear)).toBe(status.met);
  }
}

describe('the kernel at the central values is the engine', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    expectSame(p);
    expectSame({ ...p, endYear: 2060 });
  });

  it('under every accounting method', () => {
    for (const p of PRESETS) {
      for (const electricityCo2 of ELECTRICITY_CO2_METHODS)
        for (const energyControl of ENERGY_CONTROL_RULES)
          for (const renewableAttribution of RENEWABLE_ATTRIBUTIONS)
            expectSame({ ...p, accounting: { ...p.accounting, electricityCo2, energyControl, renewableAttribution } });
    }
  });

  it('with the hourly balance’s feedback on and curtailment under an export limit', () => {
    const p = structuredClone(presetById('lianzhou-policy')!);
    p.hourly = { ...p.hourly!, feedback: true, exportLimitMW: 50 };
    const engine = computeHeadline(prepareScenario(p, resolveSeries));
    // the limit does curtail: the case exercises the adjustment
    expect(engine.years.some((y, i) => y.localGeneration < computeHeadline(prepareScenario({ ...p, hourly: { ...p.hourly!, feedback: false } }, resolveSeries)).years[i]!.localGeneration)).toBe(true);
    expectSame(p);
  });

  it('with key products carved out of industry, process CO2 and the peak on energy and process CO2', () => {
    for (const p of PRESETS) {
      const s = withIndustry(p);
      // the fixture does what it says: the products take energy and the process CO2 moves the judged peak's path
      const r = runScenario(s);
      expect(r.years[0]!.products.filter((x) => x.id.startsWith('fx-')).length).toBe(2);
      expect(r.years.every((y) => y.processCo2 > 0 && y.co2Judged === y.co2 + y.processCo2)).toBe(true);
      expectSame(s);
      expectSame({ ...s, accounting: { ...s.accounting, peakScope: 'energy' } });
      const e = runEnsemble(s, { runs: 10, seed: 1 });
      expect(e.peakScope).toBe('energyAndProcess');
      // forest targets move with no sampled input: met in every run or in none; a sector's target is in the analysis
      expect(e.targets.find((t) => t.id === 'fx-cover')).toMatchObject({ probability: 1, met: 10 });
      expect(e.targets.find((t) => t.id === 'fx-stock')).toMatchObject({ probability: 0, met: 0 });
      expect(e.targets.find((t) => t.id === 'fx-industry-peak')).toBeDefined();
      for (const electricityCo2 of ELECTRICITY_CO2_METHODS)
        for (const energyControl of ENERGY_CONTROL_RULES)
          expectSame({ ...s, accounting: { ...s.accounting, electricityCo2, energyControl } });
    }
  });

  it('with the products carved out again in a year of published energy', () => {
    for (const p of PRESETS) {
      const s = withIndustry(p);
      const energy2023 = runScenario(s).years.find((y) => y.year === 2023)!.energy;
      // a published 2023 total 3 % above the projection: an anchor year after the base year
      s.history = { ...s.history, energyWanTce: { '2023': { value: energy2023 * 1.03, source: { kind: 'assumed', reason: 'test value' } } } };
      expectSame(s);
      expectSame({ ...s, conventions: { ...s.conventions, primaryElectricity: s.conventions.primaryElectricity === 'calorific' ? 'coalSubstitution' : 'calorific' } });
    }
  });
});

