import { describe, expect, it } from 'vitest';
import { runScenario } from '../../shared/engine/run';
import { presetById } from '../../seeds/index';

const base = (id: string) => runScenario(presetById(id)!).years[0]!;
const share = (y: ReturnType<typeof base>) => (100 * y.energyByFuel.electricity) / y.energy;

describe('base year 2020 reproduces what the documents publish', () => {
  it.each(['qingyuan-baseline', 'qingyuan-policy'])('%s: energy intensity 0.834 tce/万元; non-fossil share from the provincial pool', (id) => {
    const y = base(id);
    expect(y.year).toBe(2020);
    // GDP is not published: services 892.7 亿元 = 50.2 % of GDP (000 lines 97–101) → 892.7 / 0.502 = 1,778.29 亿元
    expect(y.gdp).toBeCloseTo(892.7 / 0.502, 1);
    // energy = 1,778.29 × 0.834 = 1,483.1 万tce, reported in the input convention (等价值 both) → 0.834 (000 line 105)
    expect(Math.abs(y.energyPerGdp - 0.834)).toBeLessThanOrEqual(0.0005);
    // provincial pool: non-fossil = biomass + electricity × Guangdong's 44.0 % (1 − 0.4715 / 0.8426), whoever generates it;
    // the published 33.7 % (000 line 848) counts the city's own hydro, wind and PV as its own and is not reproduced
    const pool = 100 * (1 - 0.4715 / 0.8426);
    expect(pool).toBeCloseTo(44.04, 2);
    expect(y.nonFossilEnergy).toBeCloseTo(y.energyByFuel.biomass + (y.energyByFuel.electricity * 44) / 100, 6);
    expect(y.nonFossilShare).toBeLessThan(33.7);
  });

  it.each(['lianzhou-baseline', 'lianzhou-policy'])('%s: GDP 161.21 亿元 and energy intensity 0.43 tce/万元', (id) => {
    const y = base(id);
    // 001 line 81: 161.21 亿元
    expect(y.gdp).toBeCloseTo(161.21, 6);
    // 161.21 × 0.43 = 69.32 万tce; 69.32 / 161.21 = 0.430 (001 表1 #17, line 1269)
    expect(Math.abs(y.energyPerGdp - 0.43)).toBeLessThanOrEqual(0.0005);
    expect(y.energy).toBeCloseTo(161.21 * 0.43, 6);
  });

  it('连州\'s electricity share is 5/7 × 0.834/0.43 of 清远\'s (001 line 351)', () => {
    // electricity per GDP 5/7 of 清远's, energy per GDP 0.43 against 0.834: share ratio = 5/7 × 0.834 / 0.43 = 1.385
    const ratio = share(base('lianzhou-baseline')) / share(base('qingyuan-baseline'));
    expect(ratio).toBeCloseTo((5 / 7) * (0.834 / 0.43), 2);
  });

  it.each(['shaoguan-baseline', 'shaoguan-policy'])('%s: CO2 intensity 2.054 tCO2/万元 (base intensity solved for it)', (id) => {
    const y = base(id);
    // 003 line 62: GDP 1,353.49 亿元
    expect(y.gdp).toBeCloseTo(1353.49, 6);
    // 003 表1 #25 (line 229): 2.054 tCO2/万元 → CO2 = 1,353.49 × 2.054 = 2,780.1 万tCO2;
    // base intensity 1.00526 tce/万元 is the solution with the Guangdong factor 0.4715 and 288 gce/kWh (seeds/presets/shaoguan/scenarios.ts)
    expect(Math.abs(y.co2PerGdp - 2.054)).toBeLessThanOrEqual(0.0005);
    expect(y.co2).toBeCloseTo(1353.49 * 2.054, -1);
  });

  it('baseline and policy start from the same 2020', () => {
    for (const city of ['qingyuan', 'lianzhou', 'shaoguan']) {
      const a = base(`${city}-baseline`);
      const b = base(`${city}-policy`);
      expect(b.co2).toBeCloseTo(a.co2, 6);
      expect(b.energy).toBeCloseTo(a.energy, 6);
      expect(b.nonFossilShare).toBeCloseTo(a.nonFossilShare, 6);
    }
  });
});
