import { describe, expect, it } from 'vitest';
import { type ScenarioError } from '../../../../shared/engine/prepare';
import { runScenario } from '../../../../shared/engine/run';
import type { ProcessEmission, Product, Scenario, Target } from '../../../../shared/model/scenario';
import { makeScenario } from '../../../helpers/make-scenario';
import { assumed, fuels, yearOf } from '../../build';

/**
 * Process CO2 by hand on the round scenario (test/helpers/make-scenario.ts: energy CO2 156.366965 万tCO2 in
 * every year while GDP and intensity stay flat). 万t of activity × tCO2/t = 万tCO2.
 */
const cement: Product = {
  id: 'cement', kind: 'cement', name: '水泥', source: assumed,
  outputWanT: [{ year: 2020, value: 200 }, { year: 2030, value: 100 }],
  routes: [{ id: 'all', name: '水泥粉磨', sharePct: 100, unitEnergyKgcePerT: 10, fuelSharesPct: fuels({ electricity: 100 }) }],
};
const line = (x: Partial<ProcessEmission> & Pick<ProcessEmission, 'id' | 'kind' | 'factorTCo2PerT'>): ProcessEmission => ({
  name: x.id, source: assumed, ...x,
});

const run = (processEmissions: ProcessEmission[], edit: (s: Scenario) => void = () => {}, products = [cement]) =>
  runScenario(makeScenario((s) => {
    s.industry = { products, processEmissions };
    edit(s);
  }));

describe('process CO2: a product’s output × activity per t × factor, or an activity of its own', () => {
  // clinker from cement at 0.65 t clinker per t cement: 2020 200 × 0.65 = 130 万t × 0.525 = 68.25 万tCO2;
  //   2025 150 × 0.65 = 97.5 × 0.525 = 51.1875
  // lime on its own path, 10 万t × 0.75 = 7.5 万tCO2
  // limestone flux driven by cement with no ratio given (1 t per t): 200 × 0.44 = 88 (2020), 150 × 0.44 = 66 (2025)
  const r = run([
    line({ id: 'clinker', kind: 'clinker', productId: 'cement', activityPerProductT: 0.65, factorTCo2PerT: 0.525 }),
    line({ id: 'lime', kind: 'lime', activityWanT: 10, factorTCo2PerT: 0.75 }),
    line({ id: 'flux', kind: 'limestoneFlux', productId: 'cement', factorTCo2PerT: 0.44 }),
  ]);

  it('2020: 68.25 + 7.5 + 88 = 163.75 万tCO2, by line', () => {
    const y = yearOf(r, 2020);
    expect(y.processCo2ById.clinker).toBeCloseTo(68.25, 12);
    expect(y.processCo2ById.lime).toBeCloseTo(7.5, 12);
    expect(y.processCo2ById.flux).toBeCloseTo(88, 12);
    expect(y.processCo2).toBeCloseTo(163.75, 12);
  });

  it('2025: 51.1875 + 7.5 + 66 = 124.6875', () => {
    expect(yearOf(r, 2025).processCo2).toBeCloseTo(124.6875, 12);
  });

  it('never in the energy CO2 that the intensity uses; beside it in co2WithProcess; industry’s in the sectors', () => {
    const y = yearOf(r, 2020);
    // the cement grinding's electricity is carved out of industry's: the energy CO2 is the round 156.366965
    expect(y.co2).toBeCloseTo(156.366965, 6);
    expect(y.co2PerGdp).toBeCloseTo(1.56366965, 8);
    expect(y.co2WithProcess).toBeCloseTo(156.366965 + 163.75, 6);
    expect(y.sectorCo2.industry.process).toBeCloseTo(163.75, 12);
    expect(y.sectorCo2.industry.energy).toBeCloseTo(156.366965, 6);
    // the peak scope is energy by default: judged = energy CO2
    expect(y.co2Judged).toBe(y.co2);
    expect(y.sectorCo2.industry.judged).toBe(y.sectorCo2.industry.energy);
    expect(r.methods.peakScope).toBe('energy');
    expect(r.peak.scope).toBe('energy');
  });
});

describe('process CO2 stays with 工业 when 建筑业 takes its share of industry’s energy', () => {
  it('10 % to 建筑业: 工业 keeps all 163.75 of process CO2 and 90 % of the energy CO2', () => {
    const y = yearOf(run([
      line({ id: 'clinker', kind: 'clinker', productId: 'cement', activityPerProductT: 0.65, factorTCo2PerT: 0.525 }),
      line({ id: 'lime', kind: 'lime', activityWanT: 10, factorTCo2PerT: 0.75 }),
      line({ id: 'flux', kind: 'limestoneFlux', productId: 'cement', factorTCo2PerT: 0.44 }),
    ], (s) => (s.sectorReporting = { constructionShareOfIndustryPct: 10 })), 2020);
    expect(y.sectorCo2.industry.process).toBeCloseTo(163.75, 12);
    expect(y.sectorCo2.construction.process).toBe(0);
    expect(y.sectorCo2.industry.energy).toBeCloseTo(0.9 * 156.366965, 6);
    expect(y.sectorCo2.construction.energy).toBeCloseTo(0.1 * 156.366965, 6);
  });
});

describe('a process line following one route of its product', () => {
  // crude steel 10 万t, blast furnace 80 %: the furnace's limestone flux 0.15 t per t of its steel:
  // 10 × 80 % × 0.15 = 1.2 万t × 0.44 = 0.528 万tCO2; the electric arc (20 %) uses none
  const steel: Product = {
    id: 'steel', kind: 'crudeSteel', name: '粗钢', source: assumed, outputWanT: 10,
    routes: [
      { id: 'bf', name: '高炉-转炉', sharePct: 80, unitEnergyKgcePerT: 550, fuelSharesPct: fuels({ coal: 95, electricity: 5 }) },
      { id: 'eaf', name: '电炉', sharePct: 20, unitEnergyKgcePerT: 160, fuelSharesPct: fuels({ coal: 20, electricity: 80 }) },
    ],
  };
  const flux = (routeId: string) => line({ id: 'flux', kind: 'limestoneFlux', productId: 'steel', routeId, activityPerProductT: 0.15, factorTCo2PerT: 0.44 });

  it('0.528 万tCO2', () => {
    expect(yearOf(run([flux('bf')], () => {}, [cement, steel]), 2020).processCo2ById.flux).toBeCloseTo(0.528, 12);
  });

  it('a route the product does not have is named at its field', () => {
    let caught: unknown;
    try {
      run([flux('oxygen')], () => {}, [cement, steel]);
    } catch (e) {
      caught = e;
    }
    expect((caught as ScenarioError).issues.map((i) => `${i.path} ${i.code}`)).toEqual(['industry.processEmissions[0].routeId industry.processProductMissing']);
  });
});

describe('the peak scope', () => {
  // no products; energy CO2 falls 3 %/yr: 156.366965 × 0.97^t. A flux on its own path rises from 0 in 2020 to 100 万t × 1
  // tCO2/t in 2030 (10 万tCO2 a year), more than energy CO2 ever falls (at most 156.37 × 0.03 = 4.69 a year):
  // energy CO2 peaks in 2020 and holds; energy + process is highest in 2030, the last year: no peak.
  //   2030: 156.366965 × 0.97^10 = 156.366965 × 0.7374241 = 115.308... + 100 = 215.308...
  const scoped = (peakScope: 'energy' | 'energyAndProcess') =>
    run([line({ id: 'flux', kind: 'otherCarbonate', activityWanT: [{ year: 2020, value: 0 }, { year: 2030, value: 100 }], factorTCo2PerT: 1 })], (s) => {
      s.energy.intensityDeclinePct = 3;
      s.accounting.peakScope = peakScope;
      const t: Target = { id: 'peak', label: 'peak', metric: 'peakYear', year: 2030, value: 2030, binding: true, source: assumed };
      const st: Target = { ...t, id: 'industry-peak', metric: 'sectorPeakYear', sector: 'industry' };
      s.targets = [t, st];
    }, []);
  const energy = scoped('energy');
  const both = scoped('energyAndProcess');
  const co2In2030 = 156.366965 * 0.97 ** 10;

  it('energy: the 2020 peak holds, and the peak-by-2030 target is met', () => {
    expect(energy.peak).toMatchObject({ year: 2020, withinHorizon: true, holds: true, scope: 'energy' });
    expect(energy.peak.co2).toBeCloseTo(156.366965, 6);
    expect(energy.targets.map((t) => t.met)).toEqual([true, true]);
    expect(energy.sectorPeaks.industry).toMatchObject({ year: 2020, holds: true, scope: 'energy' });
  });

  it('energy and process: highest in 2030, no peak within the horizon; both targets missed; the scope is named', () => {
    const y = yearOf(both, 2030);
    expect(y.co2).toBeCloseTo(co2In2030, 6);
    expect(y.co2Judged).toBeCloseTo(co2In2030 + 100, 6);
    expect(y.sectorCo2.industry.judged).toBeCloseTo(co2In2030 + 100, 6);
    expect(both.peak).toMatchObject({ year: 2030, withinHorizon: false, holds: false, scope: 'energyAndProcess' });
    expect(both.peak.co2).toBeCloseTo(co2In2030 + 100, 6);
    expect(both.methods.peakScope).toBe('energyAndProcess');
    expect(both.targets.map((t) => t.met)).toEqual([false, false]);
    expect(both.sectorPeaks.industry).toMatchObject({ year: 2030, holds: false, scope: 'energyAndProcess' });
  });

  it('the intensity does not move with the scope', () => {
    expect(yearOf(both, 2030).co2PerGdp).toBe(yearOf(energy, 2030).co2PerGdp);
  });
});

describe('checks of the process lines', () => {
  const issuesOf = (processEmissions: ProcessEmission[]) => {
    try {
      run(processEmissions);
    } catch (e) {
      return (e as ScenarioError).issues.map((i) => `${i.path} ${i.code}`);
    }
    return [];
  };

  it('a line naming a product that does not exist, one with two activities, one with none', () => {
    expect(issuesOf([
      line({ id: 'a', kind: 'clinker', productId: 'nope', factorTCo2PerT: 0.5 }),
      line({ id: 'b', kind: 'lime', productId: 'cement', activityWanT: 1, factorTCo2PerT: 0.5 }),
      line({ id: 'c', kind: 'lime', factorTCo2PerT: 0.5 }),
    ])).toEqual([
      'industry.processEmissions[0].productId industry.processProductMissing',
      'industry.processEmissions[1].activityWanT industry.processTwoActivities',
      'industry.processEmissions[2].activityWanT industry.processNoActivity',
    ]);
  });

  it('a line with a product’s id', () => {
    expect(issuesOf([line({ id: 'cement', kind: 'lime', activityWanT: 1, factorTCo2PerT: 0.5 })])).toEqual(['industry.processEmissions[0].id id.duplicate']);
  });
});
