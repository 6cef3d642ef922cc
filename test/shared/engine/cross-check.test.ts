import { describe, expect, it } from 'vitest';
import { crossChecks } from '../../../shared/engine/cross-check';
import type { ScenarioResults, YearResult } from '../../../shared/engine/results';

/** Only the figures crossChecks reads: the engine's electricity demand and local generation, and the published ones. */
type Year = Pick<YearResult, 'year' | 'electricityDemand' | 'localGeneration' | 'reported'> & Partial<Pick<YearResult, 'capacityMW' | 'pumpedStorageMW'>>;
const results = (years: Year[]) => ({ years }) as unknown as ScenarioResults;

describe('crossChecks', () => {
  it('sets the engine figure beside each published one, with the difference to it', () => {
    const r = results([
      { year: 2020, electricityDemand: 20, localGeneration: 0, reported: {} },
      { year: 2021, electricityDemand: 20, localGeneration: 0, reported: { electricityUse: 25 } },
      { year: 2022, electricityDemand: 20, localGeneration: 0, reported: { electricityUse: 16, localGeneration: 0 } },
    ]);
    expect(crossChecks(r)).toEqual([
      // 20 − 25 = −5 亿kWh; −5 / 25 = −20 %
      { year: 2021, field: 'electricityUse', engine: 20, reported: 25, diff: -5, diffPct: -20 },
      // 20 − 16 = +4; 4 / 16 = +25 %
      { year: 2022, field: 'electricityUse', engine: 20, reported: 16, diff: 4, diffPct: 25 },
      // a published 0 has no relative difference
      { year: 2022, field: 'localGeneration', engine: 0, reported: 0, diff: 0, diffPct: null },
    ]);
  });

  it('sets the capacity of the generators in operation beside published capacity, pumped storage left out', () => {
    const r = results([
      {
        year: 2023,
        electricityDemand: 20,
        localGeneration: 10,
        // 600 coal + 1200 hydro + 400 PV = 2,200 MW of generators; the 1,200 MW of pumped storage is not one
        capacityMW: { coal: 600, gas: 0, hydro: 1200, pv: 400, wind: 0, biomass: 0 },
        pumpedStorageMW: 1200,
        reported: { localCapacityMW: 2000 },
      },
    ]);
    // 2,200 − 2,000 = +200 MW; 200 / 2,000 = +10 %
    expect(crossChecks(r)).toEqual([{ year: 2023, field: 'localCapacityMW', engine: 2200, reported: 2000, diff: 200, diffPct: 10 }]);
  });

  it('is empty when nothing is published', () => {
    expect(crossChecks(results([{ year: 2020, electricityDemand: 5, localGeneration: 1, reported: {} }]))).toEqual([]);
  });
});
