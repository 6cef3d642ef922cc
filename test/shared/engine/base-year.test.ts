import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../shared/engine/run';
import type { YearResult } from '../../../shared/engine/results';
import * as seeds from '../../../seeds/index';

/**
 * The presets must reproduce the base-year figures the cities published
 * (2020), to ±0.0005 in the published unit:
 *   清远 (Qingyuan)  energy per GDP 0.834 tce/万元
 *   连州 (Lianzhou)  GDP 161.21 亿元, energy per GDP 0.43 tce/万元
 *   韶关 (Shaoguan)  CO2 per GDP 2.054 tCO2/万元
 */
const PUBLISHED: { city: string; label: string; field: keyof YearResult; value: number }[] = [
  { city: 'qingyuan', label: '清远 2020 energyPerGdp = 0.834 tce/万元', field: 'energyPerGdp', value: 0.834 },
  { city: 'lianzhou', label: '连州 2020 gdp = 161.21 亿元', field: 'gdp', value: 161.21 },
  { city: 'lianzhou', label: '连州 2020 energyPerGdp = 0.43 tce/万元', field: 'energyPerGdp', value: 0.43 },
  { city: 'shaoguan', label: '韶关 2020 co2PerGdp = 2.054 tCO2/万元', field: 'co2PerGdp', value: 2.054 },
];

function year2020(id: string): YearResult | undefined {
  const preset = seeds.presetById(id);
  if (!preset) return undefined;
  const y = runScenario(preset).years.find((r) => r.year === 2020);
  expect(y, `${id} has no 2020 result`).toBeDefined();
  return y;
}

describe('published base-year figures (presets)', () => {
  for (const p of PUBLISHED) {
    it(p.label, () => {
      const baseline = year2020(`${p.city}-baseline`);
      expect(baseline, `preset ${p.city}-baseline`).toBeDefined();
      // every scenario of the city starts from the same published base year
      for (const y of [baseline, year2020(`${p.city}-policy`)]) {
        if (!y) continue;
        const actual = y[p.field] as number;
        expect(Math.abs(actual - p.value), `${p.field} = ${actual}`).toBeLessThanOrEqual(0.0005);
      }
    });
  }
});
