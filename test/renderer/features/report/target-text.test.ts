import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import type { Fuel, Scenario } from '../../../../shared/model/scenario';
import { reportText } from '../../../../renderer/features/report/report-text';
import { targetMargin, targetValue } from '../../../../renderer/features/report/target-text';
import { marginText, peakOfTarget } from '../../../../renderer/components/results/TargetTable';

const zh = reportText('zh');
const en = reportText('en');
const assumed = { kind: 'assumed', reason: 'test' } as const;
const fuels = (shares: Partial<Record<Fuel, number>>): Record<Fuel, number> => ({ coal: 0, oil: 0, gas: 0, electricity: 0, heat: 0, biomass: 0, ...shares });

/** test/helpers/make-scenario.ts's round scenario (which the renderer project cannot import): 2020–2030, 50 万tce a year. */
function makeScenario(edit: (s: Scenario) => void): Scenario {
  const empty = { sharePct: 0, fuelSharesPct: fuels({ coal: 100 }) };
  const s: Scenario = {
    schemaVersion: 2, id: 'test-round', name: '测试情景', region: { name: '测试市' }, baseYear: 2020, endYear: 2030, populationWan: 50,
    economy: { baseGdpYiYuan: 100, gdpGrowthPct: 0 },
    energy: {
      baseIntensityTcePerWanYuan: 0.5, intensityDeclinePct: 0, inputConvention: 'calorific',
      sectors: { industry: { sharePct: 100, fuelSharesPct: fuels({ coal: 60, electricity: 40 }) }, services: empty, transport: empty, households: empty, agriculture: empty },
    },
    electricity: { fleet: [], projects: [], pumpedStorage: [], heatRateGcePerKWh: { coal: 300, gas: 220 }, gridEmissionFactor: 0.5, importedNonFossilSharePct: 0 },
    emissionFactors: { tCo2PerTce: { coal: 2.5, oil: 2.1, gas: 1.6, heat: 3.2, biomass: 0 } },
    conventions: { primaryElectricity: 'calorific', coalSubstitutionGcePerKWh: 300 },
    accounting: { energyControl: 'none', renewableAttribution: 'localBalance', electricityCo2: 'netImports', gridFactorScope: 'custom', peakTolerancePct: 2 },
    targets: [],
    sources: { '': assumed },
  };
  edit(s);
  return s;
}

/**
 * 50 万tce every year, industry's share falling 80 → 60 % and transport's rising 20 → 40 % over 2020–2030. Industry
 * (coal 60 % × 2.5 and electricity 40 %: 1 万tce = 1/1.229 亿kWh × 0.5 × 10 = 4.0683 万tCO2) emits 3.1273 tCO2 per
 * tce, so 125.09 (2020) falling to 93.82 (2030); transport burns oil at `oilFactor`, 50 × 20 % × f rising to
 * 50 × 40 % × f. Oil at 2.1: the region 146.09 → 135.82 peaks in 2020 and holds while transport climbs to its last
 * year (no peak). Oil at 4.0: the region 165.09 → 173.82 climbs to its last year (no peak) while industry peaks in
 * 2020 and holds. A peak target for transport and one for industry, both by 2025.
 */
const scenario = (oilFactor: number): Scenario =>
  makeScenario((s) => {
    s.energy.sectors.industry.sharePct = [{ year: 2020, value: 80 }, { year: 2030, value: 60 }];
    s.energy.sectors.transport = {
      sharePct: [{ year: 2020, value: 20 }, { year: 2030, value: 40 }],
      fuelSharesPct: fuels({ oil: 100 }),
    };
    s.emissionFactors.tCo2PerTce.oil = oilFactor;
    s.targets = (['transport', 'industry'] as const).map((sector) => ({
      id: `${sector}-peak`, label: `${sector} peak`, metric: 'sectorPeakYear' as const, sector, year: 2025, value: 2025, binding: true, source: assumed,
    }));
  });

describe('a sector’s peak-year target in the report is worded from the sector’s own peak', () => {
  it('the region peaks in 2020 and holds; transport still climbs in 2030: no peak, not the region’s verdict', () => {
    const r = runScenario(scenario(2.1));
    expect(r.peak).toMatchObject({ year: 2020, withinHorizon: true, holds: true });
    expect(r.sectorPeaks.transport).toMatchObject({ year: 2030, withinHorizon: false });
    const transport = r.targets.find((t) => t.id === 'transport-peak')!;
    expect(transport.met).toBe(false);
    expect(targetValue(transport, 'target', r, zh)).toBe('2025年前');
    expect(targetValue(transport, 'actual', r, zh)).toBe('未达峰');
    expect(targetMargin(transport, r, zh)).toBe('规划期末仍在上升');
    expect(targetValue(transport, 'actual', r, en)).toBe(en.rt('targets.noPeak'));
  });

  it('the region climbs to 2030; industry peaks in 2020 and holds: met 5 years early', () => {
    const r = runScenario(scenario(4.0));
    expect(r.peak.withinHorizon).toBe(false);
    expect(r.sectorPeaks.industry).toMatchObject({ year: 2020, holds: true, reachedYear: 2020 });
    const industry = r.targets.find((t) => t.id === 'industry-peak')!;
    expect(industry).toMatchObject({ met: true, actual: 2020, margin: 5 });
    expect(targetValue(industry, 'actual', r, zh)).toBe('2020年');
    expect(targetMargin(industry, r, zh)).toBe('提前 5 年');
  });

  it('the results’ target table words the same target the same way', () => {
    const r = runScenario(scenario(2.1));
    const transport = r.targets.find((t) => t.id === 'transport-peak')!;
    expect(marginText(transport, zh.fmt, zh.rt, peakOfTarget(transport, r) ?? false)).toBe(targetMargin(transport, r, zh));
  });
});
