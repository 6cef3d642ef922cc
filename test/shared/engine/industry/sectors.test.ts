import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import type { YearResult } from '../../../../shared/engine/results';
import { ELECTRICITY_CO2_METHODS, PLAN_SECTORS, type Scenario } from '../../../../shared/model/scenario';
import { makeScenario } from '../../../helpers/make-scenario';
import { ScenarioError } from '../../../../shared/engine/prepare';
import { PRESETS } from '../../../../seeds/index';
import { fuels, gen, pumped, setFuels, yearOf } from '../../build';

/**
 * CO2 by plan sector by hand. 50 万tce (GDP 100 亿元 × 0.5 tce/万元, flat), 当量值 in and out:
 *   industry    60 % = 30: coal 15, electricity 15
 *   services    10 % =  5: electricity 5
 *   transport   10 % =  5: oil 5
 *   households  16 % =  8: oil 2, gas 2, electricity 4
 *   agriculture  4 % =  2: oil 1, electricity 1
 * Factors coal 2.5, oil 2.1, gas 1.6 tCO2/tce. Electricity 25 万tce = 25 / 1.229 = 20.341741 亿kWh; no local
 * plants, grid 0.5 tCO2/MWh (5 万tCO2 per 亿kWh): electricity CO2 = 101.708706 万tCO2, i.e. 5 / 1.229 =
 * 4.068348 万tCO2 per 万tce of electricity used.
 * Direct: industry 37.5; transport 10.5; households 2 × 2.1 + 2 × 1.6 = 7.4; agriculture 2.1 → 57.5.
 * CO2 = 57.5 + 101.708706 = 159.208706.
 * 建筑业 10 % of industry; private vehicles burn 40 % of households' oil (0.8 万tce, 1.68 万tCO2).
 */
const PER = 5 / 1.229;
const plan = (edit: (s: Scenario) => void = () => {}) =>
  makeScenario((s) => {
    s.energy.sectors.industry = { sharePct: 60, fuelSharesPct: fuels({ coal: 50, electricity: 50 }) };
    s.energy.sectors.services = { sharePct: 10, fuelSharesPct: fuels({ electricity: 100 }) };
    s.energy.sectors.transport = { sharePct: 10, fuelSharesPct: fuels({ oil: 100 }) };
    s.energy.sectors.households = { sharePct: 16, fuelSharesPct: fuels({ oil: 25, gas: 25, electricity: 50 }) };
    s.energy.sectors.agriculture = { sharePct: 4, fuelSharesPct: fuels({ oil: 50, electricity: 50 }) };
    s.sectorReporting = { constructionShareOfIndustryPct: 10, privateVehicleShareOfHouseholdOilPct: 40 };
    edit(s);
  });

/** The sectors' energy CO2 and the unallocated lines, which must make up `co2`. */
const allocated = (y: YearResult) =>
  PLAN_SECTORS.reduce((sum, k) => sum + y.sectorCo2[k].energy, 0) + y.co2Unallocated.storageLosses + y.co2Unallocated.wasteIncineration + y.co2Unallocated.electricity;

describe('CO2 by plan sector, net imports, no local plants', () => {
  const y = yearOf(runScenario(plan()), 2025);

  it('工业: 90 % of industry’s 37.5 direct and 15 × 4.068348 electricity', () => {
    // direct 33.75; electricity 61.025224 × 0.9 = 54.922701; energy use 27 万tce
    expect(y.sectorCo2.industry.direct).toBeCloseTo(33.75, 12);
    expect(y.sectorCo2.industry.electricity).toBeCloseTo(15 * PER * 0.9, 12);
    expect(y.sectorCo2.industry.electricity).toBeCloseTo(54.922701, 6);
    expect(y.sectorCo2.industry.energy).toBeCloseTo(33.75 + 54.922701, 6);
    expect(y.sectorCo2.industry.energyUse).toBeCloseTo(27, 12);
  });

  it('建筑业: the other 10 %: 3.75 direct, 6.102522 electricity, 3 万tce', () => {
    expect(y.sectorCo2.construction.direct).toBeCloseTo(3.75, 12);
    expect(y.sectorCo2.construction.electricity).toBeCloseTo(6.102522, 6);
    expect(y.sectorCo2.construction.energyUse).toBeCloseTo(3, 12);
    expect(y.sectorCo2.construction.process).toBe(0);
  });

  it('城乡建设: services and households less the private vehicles’ oil: 7.4 − 1.68 = 5.72 direct, 9 × 4.068348 = 36.615134 electricity', () => {
    expect(y.sectorCo2.buildings.direct).toBeCloseTo(5.72, 12);
    expect(y.sectorCo2.buildings.electricity).toBeCloseTo(36.615134, 6);
    // 5 + 8 − 0.8 = 12.2 万tce
    expect(y.sectorCo2.buildings.energyUse).toBeCloseTo(12.2, 12);
  });

  it('交通运输: its own 10.5 plus the private vehicles’ 1.68 = 12.18, no electricity; 5.8 万tce', () => {
    expect(y.sectorCo2.transport.direct).toBeCloseTo(12.18, 12);
    expect(y.sectorCo2.transport.electricity).toBe(0);
    expect(y.sectorCo2.transport.energyUse).toBeCloseTo(5.8, 12);
  });

  it('农林牧渔: 2.1 direct and 4.068348 electricity', () => {
    expect(y.sectorCo2.agriculture.direct).toBeCloseTo(2.1, 12);
    expect(y.sectorCo2.agriculture.electricity).toBeCloseTo(4.068348, 6);
  });

  it('the sectors make up the 159.208706 万tCO2 and the 50 万tce', () => {
    expect(y.co2).toBeCloseTo(159.208706, 6);
    expect(allocated(y)).toBeCloseTo(y.co2, 9);
    expect(PLAN_SECTORS.reduce((sum, k) => sum + y.sectorCo2[k].energyUse, 0)).toBeCloseTo(50, 12);
  });

  it('without sectorReporting, 建筑业 stays in 工业 and private cars in 城乡建设', () => {
    const plain = yearOf(runScenario(plan((s) => delete s.sectorReporting)), 2025);
    expect(plain.sectorCo2.construction.energy).toBe(0);
    expect(plain.sectorCo2.industry.direct).toBeCloseTo(37.5, 12);
    expect(plain.sectorCo2.transport.direct).toBeCloseTo(10.5, 12);
    expect(plain.sectorCo2.buildings.direct).toBeCloseTo(7.4, 12);
  });
});

describe('electricity’s CO2 follows the method, shared by final electricity use', () => {
  // a local coal plant, 100 MW × 5,000 h = 5 亿kWh at 300 gce/kWh: 15 万tce × 2.5 = 37.5 万tCO2
  const at = (m: Scenario['accounting']['electricityCo2'], edit: (s: Scenario) => void = () => {}) =>
    yearOf(runScenario(plan((s) => {
      s.accounting.electricityCo2 = m;
      s.electricity.fleet = [gen('coal-1', 'coal', 100, 5000)];
      s.electricity.greenPowerYiKWh = 4;
      edit(s);
    })), 2025);

  it('A net imports: 37.5 + (20.341741 − 5) × 5 = 114.208706; 工业 carries 15/25 × 0.9 of it = 61.672701', () => {
    const y = at('netImports');
    expect(y.sectorCo2.industry.electricity).toBeCloseTo(61.672701, 6);
    expect(allocated(y)).toBeCloseTo(y.co2, 9);
  });

  it('C location-based: 20.341741 × 5 = 101.708706, the local plant in the grid factor: 工业 54.922701', () => {
    expect(at('locationBased').sectorCo2.industry.electricity).toBeCloseTo(54.922701, 6);
  });

  it('D market-based: less 4 亿kWh of green power, (20.341741 − 4) × 5 = 81.708706: 工业 81.708706 × 15/25 × 0.9 = 44.122701', () => {
    expect(at('marketBased').sectorCo2.industry.electricity).toBeCloseTo(44.122701, 6);
  });

  it.each(ELECTRICITY_CO2_METHODS)('%s: sectors and the unallocated lines add up to CO2 with storage losses, waste incineration and exports', (m) => {
    // an exporting year (2,000 MW of PV × 1,000 h = 20 亿kWh), a host pumped-storage plant whose losses are the region’s,
    // a waste-to-energy plant (20 MW × 6,000 h = 1.2 亿kWh at 0.4 tCO2/MWh of fossil carbon = 4.8 万tCO2)
    const y = at(m, (s) => {
      s.electricity.projects = [
        gen('pv-big', 'pv', 2000, 1000, 2021),
        gen('wte', 'biomass', 20, 6000, 2015, { fossilCo2TPerMWh: 0.4 }),
      ];
      s.electricity.pumpedStorage = [pumped('ps', 100, 6, 75, 300, 2020, { attribution: 'host' })];
    });
    expect(y.co2Unallocated.wasteIncineration).toBeCloseTo(4.8, 9);
    expect(y.co2Unallocated.storageLosses).toBe(y.co2BySource.storageLosses);
    expect(y.co2Unallocated.electricity).toBe(0);
    expect(allocated(y)).toBeCloseTo(y.co2, 9);
  });
});

describe('a year without final electricity use keeps electricity’s CO2 apart', () => {
  it('all coal, 1 亿kWh of PV exported: the −5 万tCO2 export credit is unallocated; 125 − 5 = 120', () => {
    const y = yearOf(runScenario(makeScenario((s) => {
      setFuels(s, 'industry', { coal: 100 });
      s.electricity.fleet = [gen('pv', 'pv', 100, 1000)];
    })), 2025);
    expect(y.co2Unallocated.electricity).toBeCloseTo(-5, 12);
    expect(y.sectorCo2.industry.energy).toBeCloseTo(125, 12);
    expect(y.co2).toBeCloseTo(120, 12);
    expect(allocated(y)).toBeCloseTo(120, 12);
  });
});

describe('sector peaks', () => {
  it('every sector with CO2 has its own peak; one with none has none', () => {
    const r = runScenario(plan((s) => {
      // 农林牧渔 rises (its share 4 % → 8 % by 2030, taken from industry), the rest falls with intensity
      s.energy.intensityDeclinePct = 3;
      s.energy.sectors.agriculture = { ...s.energy.sectors.agriculture, sharePct: [{ year: 2020, value: 4 }, { year: 2030, value: 8 }] };
      s.energy.sectors.industry = { ...s.energy.sectors.industry, sharePct: [{ year: 2020, value: 60 }, { year: 2030, value: 56 }] };
    }));
    expect(Object.keys(r.sectorPeaks).sort()).toEqual([...PLAN_SECTORS].sort());
    expect(r.sectorPeaks.industry).toMatchObject({ year: 2020, holds: true, scope: 'energy' });
    // 农林牧渔's mix is fixed, so its CO2 follows its energy: 2020 4 % of 50 = 2 万tce; 2030 8 % of 50 × 0.97^10 =
    // 2.949697 万tce, rising every year (share × 0.97^t grows while (4 + 0.4t) / (4 + 0.4(t−1)) > 1 / 0.97): highest in the last year
    expect(r.sectorPeaks.agriculture).toMatchObject({ year: 2030, withinHorizon: false, holds: false });
    const none = runScenario(plan((s) => delete s.sectorReporting));
    expect(none.sectorPeaks.construction).toBeUndefined();
  });
});

describe('stated shares stay within 0–100 %', () => {
  it('a 建筑业 share of 120 % is refused at its field', () => {
    let caught: unknown;
    try {
      runScenario(plan((s) => (s.sectorReporting = { constructionShareOfIndustryPct: 120 })));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ScenarioError);
    expect((caught as ScenarioError).issues.map((i) => i.path)).toEqual(['sectorReporting.constructionShareOfIndustryPct']);
  });
});

describe('the presets: sectors and the unallocated lines add up to CO2 in every year under every method', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    for (const electricityCo2 of ELECTRICITY_CO2_METHODS) {
      const r = runScenario({ ...p, accounting: { ...p.accounting, electricityCo2 } });
      for (const y of r.years) {
        expect(allocated(y)).toBeCloseTo(y.co2, 8);
        expect(PLAN_SECTORS.reduce((sum, k) => sum + y.sectorCo2[k].process, 0)).toBe(y.processCo2);
      }
    }
  });
});
