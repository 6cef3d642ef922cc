import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../shared/engine/run';
import { yearSum } from '../../../shared/engine/run-core';
import { PRESETS } from '../../../seeds/index';
import { COMBUSTION_FUELS, FUELS, GENERATOR_TYPES, SECTORS } from '../../../shared/model/vocabulary';

/**
 * The finiteness check (run-core.ts) adds up a year's numbers field by field: every number of
 * every preset's results, set to NaN in turn, must make that sum non-finite, so a field added to
 * the results and left out of `yearSum` fails here.
 */
describe('yearSum: every number of a year enters it', () => {
  it('each number of each preset year, poisoned, makes the sum non-finite', () => {
    const seen = new Set<string>();
    for (const preset of PRESETS) {
      for (const y of runScenario(preset).years) {
        expect(Number.isFinite(yearSum(y))).toBe(true);
        const poison = (o: Record<string, unknown>, path: string) => {
          for (const [k, v] of Object.entries(o)) {
            const at = path ? `${path}.${k}` : k;
            if (typeof v === 'number') {
              o[k] = Number.NaN;
              if (Number.isFinite(yearSum(y))) throw new Error(`${preset.id} ${y.year}: ${at} is not in yearSum`);
              o[k] = v;
              seen.add(at.replace(/\.\d+\./, '.#.').split('.')[0]!);
            } else if (v && typeof v === 'object') poison(v as Record<string, unknown>, at);
          }
        };
        poison(y as unknown as Record<string, unknown>, '');
      }
    }
    // the optional parts are among them
    for (const part of ['products', 'forest', 'industryValueAdded', 'reported', 'processCo2ById', 'sectorCo2']) expect(seen).toContain(part);
  });
});

describe('records of a year: keys in the vocabulary order', () => {
  it('run-core.ts makes them as literals in FUELS, SECTORS, GENERATOR_TYPES and COMBUSTION_FUELS order', () => {
    const y = runScenario(PRESETS[0]!).years[0]!;
    expect(Object.keys(y.energyByFuel)).toEqual([...FUELS]);
    expect(Object.keys(y.energyBySector)).toEqual([...SECTORS]);
    expect(Object.keys(y.generationByType)).toEqual([...GENERATOR_TYPES]);
    expect(Object.keys(y.capacityMW)).toEqual([...GENERATOR_TYPES]);
    expect(Object.keys(y.co2BySource)).toEqual([...COMBUSTION_FUELS, 'localPower', 'importedElectricity', 'storageLosses', 'wasteIncineration']);
  });
});
