import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import type { Forest } from '../../../../shared/model/scenario';
import { makeScenario } from '../../../helpers/make-scenario';
import { yearOf } from '../../build';

/**
 * The forest by the gain-loss method on stock volume, by hand:
 * 1,000 万m³ in 2020, gross growth 5 %/yr, losses (harvest, disturbance) 2 %/yr; basic wood density 0.5 t/m³,
 * BEF 1.4, root-shoot ratio 0.25, carbon fraction 0.5: 0.5 × 1.4 × 1.25 × 0.5 × 44/12 = 1.6041667 tCO2/m³.
 * Each year's gain and loss are on the stock it starts from (the base year: its own); the stock grows 3 % a year
 * from 2021.
 */
const T_CO2_PER_M3 = 0.5 * 1.4 * 1.25 * 0.5 * (44 / 12);
const forest: Forest = {
  coverPct: [{ year: 2020, value: 69.63 }, { year: 2030, value: 70 }],
  baseStockWanM3: 1000,
  grossGrowthPct: 5,
  lossPct: 2,
  woodDensityTPerM3: 0.5,
  biomassExpansionFactor: 1.4,
  rootShootRatio: 0.25,
  carbonFraction: 0.5,
};
const r = runScenario(makeScenario((s) => (s.sinks = { forest })));

describe('forest sink, gain − loss', () => {
  it('1.6041667 tCO2 per m³ of stock', () => {
    expect(T_CO2_PER_M3).toBeCloseTo(1.6041667, 7);
  });

  it('2020: stock 1,000; gain 50 万m³ = 80.208333, loss 20 = 32.083333, sink 30 × 1.6041667 = 48.125 万tCO2', () => {
    const f = yearOf(r, 2020).forest!;
    expect(f.stockWanM3).toBe(1000);
    expect(f.gainCo2).toBeCloseTo(80.208333, 6);
    expect(f.lossCo2).toBeCloseTo(32.083333, 6);
    expect(f.sinkCo2).toBeCloseTo(48.125, 9);
    expect(f.coverPct).toBeCloseTo(69.63, 12);
  });

  it('2021: the stock ends at 1,030; its sink is on the 1,000 it started from: 48.125', () => {
    const f = yearOf(r, 2021).forest!;
    expect(f.stockWanM3).toBeCloseTo(1030, 9);
    expect(f.sinkCo2).toBeCloseTo(48.125, 9);
  });

  it('2022: from 1,030, gain 51.5 and loss 20.6: sink 30.9 × 1.6041667 = 49.56875; stock 1,060.9', () => {
    const f = yearOf(r, 2022).forest!;
    expect(f.stockWanM3).toBeCloseTo(1060.9, 9);
    expect(f.sinkCo2).toBeCloseTo(49.56875, 9);
  });

  it('2025: stock 1,000 × 1.03^5 = 1,159.27407; cover 69.63 + 0.5 × 0.37 = 69.815 %', () => {
    const f = yearOf(r, 2025).forest!;
    expect(f.stockWanM3).toBeCloseTo(1159.27407, 5);
    expect(f.coverPct).toBeCloseTo(69.815, 12);
  });

  it('net emissions beside, never inside, CO2 and its intensity: 156.366965 − 48.125 = 108.241965', () => {
    const y = yearOf(r, 2020);
    const without = yearOf(runScenario(makeScenario()), 2020);
    expect(y.netCo2).toBeCloseTo(108.241965, 6);
    expect(y.co2).toBe(without.co2);
    expect(y.co2PerGdp).toBe(without.co2PerGdp);
    expect(r.peak).toEqual(runScenario(makeScenario()).peak);
  });

  it('without a forest: no forest figures, net emissions = energy and process CO2', () => {
    const y = yearOf(runScenario(makeScenario()), 2020);
    expect(y.forest).toBeUndefined();
    expect(y.netCo2).toBe(y.co2WithProcess);
  });

  it('harvest above growth: the forest is a source (negative sink)', () => {
    // 1,000 × (1 − 3) % = −20 万m³ × 1.6041667 = −32.083333
    const f = yearOf(runScenario(makeScenario((s) => (s.sinks = { forest: { ...forest, lossPct: 3, grossGrowthPct: 1 } }))), 2020).forest!;
    expect(f.sinkCo2).toBeCloseTo(-32.083333, 6);
  });
});
