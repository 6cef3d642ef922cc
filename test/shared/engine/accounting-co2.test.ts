import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../shared/engine/run';
import type { Scenario } from '../../../shared/model/scenario';
import { makeScenario } from '../../helpers/make-scenario';
import { gen, pumped, yearOf } from '../build';

/**
 * The electricity-CO2 methods, pumped-storage attribution and waste incineration, by hand on
 * the round scenario: coal 30 万tce × 2.5 = 75 万tCO2 at the point of use; electricity use
 * D = 20 / 1.229 = 16.273393 亿kWh; grid factor 0.5 tCO2/MWh = 5 万tCO2 per 亿kWh.
 */
const run = (edit: (s: Scenario) => void) => runScenario(makeScenario(edit));
const D = 20 / 1.229;
type Method = Scenario['accounting']['electricityCo2'];

describe('electricity CO2, an importing region with a local coal plant', () => {
  // coal plant 100 MW × 5000 h = 5 亿kWh at 300 gce/kWh: 5 × 300 / 100 = 15 万tce × 2.5 = 37.5 万tCO2
  // net imports D − 5 = 11.273393 亿kWh
  const at = (m: Method) =>
    yearOf(run((s) => {
      s.accounting.electricityCo2 = m;
      s.electricity.fleet = [gen('coal-1', 'coal', 100, 5000)];
      s.electricity.greenPowerYiKWh = 4;
    }), 2025);

  it('A net imports: 75 + 37.5 + 11.273393 × 5 = 168.866965', () => {
    const y = at('netImports');
    expect(y.co2BySource.localPower).toBeCloseTo(37.5, 10);
    expect(y.co2BySource.importedElectricity).toBeCloseTo((D - 5) * 5, 10);
    expect(y.co2).toBeCloseTo(168.866965, 6);
  });

  it('B without export credit: the same while importing', () => {
    expect(at('netImportsNoExportCredit').co2).toBeCloseTo(168.866965, 6);
  });

  it('C location-based: 75 + D × 5 = 156.366965; the local plant’s own fuel is in the grid factor', () => {
    const y = at('locationBased');
    expect(y.co2BySource.localPower).toBe(0);
    expect(y.co2BySource.importedElectricity).toBeCloseTo(D * 5, 10);
    expect(y.co2).toBeCloseTo(156.366965, 6);
  });

  it('D market-based: C less the 4 亿kWh of green power × 5 = 20 → 136.366965', () => {
    expect(at('marketBased').co2).toBeCloseTo(136.366965, 6);
  });
});

describe('electricity CO2, an exporting county with new PV', () => {
  // PV 2000 MW × 1000 h = 20 亿kWh from 2021: net imports D − 20 = −3.726607 亿kWh
  const at = (m: Method) => yearOf(run((s) => {
    s.accounting.electricityCo2 = m;
    s.electricity.projects = [gen('pv-big', 'pv', 2000, 1000, 2021)];
  }), 2025);

  it('A credits the exports: 75 − 3.726607 × 5 = 56.366965', () => {
    expect(at('netImports').co2).toBeCloseTo(56.366965, 6);
  });
  it('B does not: 75', () => {
    expect(at('netImportsNoExportCredit').co2).toBeCloseTo(75, 10);
  });
  it('C and D (no green power): its use at the grid factor, 156.366965, whatever it generates', () => {
    expect(at('locationBased').co2).toBeCloseTo(156.366965, 6);
    expect(at('marketBased').co2).toBeCloseTo(156.366965, 6);
  });
});

describe('pumped storage: charged to the host in energy and CO2 alike, or a grid asset in neither', () => {
  // 1000 MW × 6 h × 300 cycles = 18 亿kWh out; at 75 %: loss 18 × (100/75 − 1) = 6 亿kWh, from 2025
  const station = (attribution: Scenario['electricity']['pumpedStorage'][number]['attribution'], m: Method = 'netImports') =>
    yearOf(run((s) => {
      s.accounting.electricityCo2 = m;
      s.electricity.pumpedStorage = [pumped('ps-1', 1000, 6, 75, 300, 2025, { attribution })];
    }), 2025);

  it('host: 6 亿kWh × 1.229 = 7.374 万tce more energy outside every sector; 6 × 5 = 30 万tCO2 on its own line', () => {
    const y = station('host');
    expect(y.storageLoss).toBeCloseTo(6, 10);
    expect(y.storageLossCharged).toBeCloseTo(6, 10);
    expect(y.energy).toBeCloseTo(57.374, 10);
    expect(y.energyByFuel.electricity).toBeCloseTo(27.374, 10);
    expect(Object.values(y.energyBySector).reduce((a, b) => a + b, 0)).toBeCloseTo(50, 10);
    expect(y.electricityDemand).toBeCloseTo(D, 10); // final use unchanged
    expect(y.netImports).toBeCloseTo(D + 6, 10);
    expect(y.co2BySource.storageLosses).toBeCloseTo(30, 10);
    expect(y.co2BySource.importedElectricity).toBeCloseTo(D * 5, 10);
    expect(y.co2).toBeCloseTo(186.366965, 6);
  });

  it('host under location-based: the same 30 on its line (75 + 81.366965 + 30)', () => {
    expect(station('host', 'locationBased').co2).toBeCloseTo(186.366965, 6);
  });

  it('grid asset: neither energy nor CO2, the loss still reported', () => {
    const y = station('gridAsset');
    expect(y.storageLoss).toBeCloseTo(6, 10);
    expect(y.storageLossCharged).toBe(0);
    expect(y.energy).toBeCloseTo(50, 10);
    expect(y.netImports).toBeCloseTo(D, 10);
    expect(y.co2BySource.storageLosses).toBe(0);
    expect(y.co2).toBeCloseTo(156.366965, 6);
  });

  it('legacy (files saved before the rule): CO2 only, 186.366965 with energy 50', () => {
    const y = station('legacyCo2Only');
    expect(y.energy).toBeCloseTo(50, 10);
    expect(y.co2).toBeCloseTo(186.366965, 6);
  });

  it('host with 113号 and a 40 % pool: its losses are electricity used, 40 % non-fossil', () => {
    // assessed = 57.374 − 27.374 × 0.4 = 57.374 − 10.9496 = 46.4244
    const y = yearOf(run((s) => {
      s.accounting.energyControl = 'nonFossilExcluded';
      s.accounting.renewableAttribution = 'provincialPool';
      s.electricity.importedNonFossilSharePct = 40;
      s.electricity.pumpedStorage = [pumped('ps-1', 1000, 6, 75, 300, 2025, { attribution: 'host' })];
    }), 2025);
    expect(y.energyAssessed).toBeCloseTo(46.4244, 10);
  });
});

describe('waste incineration: its fossil CO2 on its own line under every method', () => {
  // waste plant (biomass type) 10 MW × 5000 h = 0.5 亿kWh, 0.4 tCO2/MWh fossil: 0.5 × 10 × 0.4 = 2 万tCO2
  const at = (m: Method) => yearOf(run((s) => {
    s.accounting.electricityCo2 = m;
    s.electricity.fleet = [gen('wte', 'biomass', 10, 5000, 2015, { fossilCo2TPerMWh: 0.4 })];
  }), 2025);

  it('A: local power 0 (no coal or gas), imports D − 0.5, waste 2 → 75 + 78.866965 + 2 = 155.866965', () => {
    const y = at('netImports');
    expect(y.co2BySource.wasteIncineration).toBeCloseTo(2, 12);
    expect(y.co2BySource.localPower).toBe(0);
    expect(y.co2).toBeCloseTo(155.866965, 6);
  });

  it('C: use at the grid factor and still the 2 of waste → 158.366965', () => {
    const y = at('locationBased');
    expect(y.co2BySource.wasteIncineration).toBeCloseTo(2, 12);
    expect(y.co2).toBeCloseTo(158.366965, 6);
  });

  it('the plant is renewable generation all the same (biomass)', () => {
    expect(at('netImports').generationByType.biomass).toBeCloseTo(0.5, 12);
  });
});
