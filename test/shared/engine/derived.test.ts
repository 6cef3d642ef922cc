import { describe, expect, it } from 'vitest';
import { includedCapacityByType, renewableCapacityMW, storageEnergyMWh, storageEnergyYiKWh } from '../../../shared/engine/derived';
import { runScenario } from '../../../shared/engine/run';
import { makeScenario } from '../../helpers/make-scenario';
import { gen, pumped, yearOf } from '../build';

describe('storage energy', () => {
  it('output = MW × hours × cycles; loss = output × (1/efficiency − 1)', () => {
    // 1,200 MW × 6 h × 240 = 1,728,000 MWh = 17.28 亿kWh; at 75 %: 1,728,000 × 1/3 = 576,000 MWh = 5.76 亿kWh
    const p = pumped('ps', 1200, 6, 75, 240);
    const e = storageEnergyMWh(p);
    expect(e.outputMWh).toBe(1_728_000);
    expect(e.lossMWh).toBeCloseTo(576_000, 6);
    const y = storageEnergyYiKWh(p);
    expect(y.output).toBeCloseTo(17.28, 12);
    expect(y.loss).toBeCloseTo(5.76, 9);
    // a lossless plant (100 %) adds nothing to demand
    expect(storageEnergyMWh(pumped('ps', 100, 4, 100, 300)).lossMWh).toBe(0);
  });

  it('is the loss the engine adds to demand', () => {
    // in service from 2025 (base year 2020): 5.76 亿kWh of storage loss in 2025, none in 2024
    const s = makeScenario((x) => {
      x.electricity.pumpedStorage = [pumped('ps', 1200, 6, 75, 240, 2025)];
    });
    const r = runScenario(s);
    expect(yearOf(r, 2024).storageLoss).toBe(0);
    expect(yearOf(r, 2025).storageLoss).toBeCloseTo(5.76, 9);
  });
});

describe('capacity', () => {
  it('renewable capacity: hydro + PV + wind + biomass, not coal or gas', () => {
    // 100 + 50 + 30 + 20 = 200
    expect(renewableCapacityMW({ capacityMW: { hydro: 100, pv: 50, wind: 30, biomass: 20, coal: 600, gas: 50 } })).toBe(200);
  });

  it('by type, of the included projects only', () => {
    const projects = [gen('a', 'pv', 100, 1050), gen('b', 'pv', 40, 1050), gen('c', 'wind', 50, 2100), gen('d', 'wind', 70, 2100, 2015, { included: false })];
    // PV 100 + 40 = 140; wind 50 (the excluded 70 MW not counted)
    expect(includedCapacityByType(projects)).toEqual({ coal: 0, gas: 0, hydro: 0, pv: 140, wind: 50, biomass: 0 });
  });
});
