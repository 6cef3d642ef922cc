import { describe, expect, it } from 'vitest';
import { BASICS_DEFAULTS } from '../../../seeds/basics-defaults';
import { TYPICAL_HOURS } from '../../../seeds/reference/typical';
import { resolvePlainSeries } from '../../../shared/engine/series-values';
import { runScenario } from '../../../shared/engine/run';
import { scenarioFromBasics, type Basics, type BasicsDefaults } from '../../../shared/model/from-basics';
import type { ValueInYear } from '../../../shared/model/ops-levers';
import { validateScenario } from '../../../shared/model/validate';

/** Numbers and point lists, as the engine resolves them (the template's shares use no expressions). */
const valueInYear: ValueInYear = (series, year, base, end) => {
  if (typeof series === 'object' && !Array.isArray(series)) return undefined;
  return resolvePlainSeries(series, '', base, Math.max(end, year) - base + 1, [])[Math.max(0, year - base)];
};
const DEFAULTS: BasicsDefaults = { ...BASICS_DEFAULTS, valueInYear };

// 阳山县 (made up but plausible): GDP 160 亿元, energy 60 万tce in 2020.
const YANGSHAN: Basics = {
  name: '阳山县基准情景',
  region: { name: '阳山县', level: 'county', parentRegion: '清远市' },
  baseYear: 2020,
  endYear: 2035,
  gdpYiYuan: 160,
  energy: { totalWanTce: 60 },
};

describe('scenarioFromBasics', () => {
  it('gives a valid scenario whose base year is the figures entered', () => {
    const s = scenarioFromBasics(YANGSHAN, DEFAULTS);
    expect(validateScenario(s).ok).toBe(true);
    expect(s.region).toEqual({ name: '阳山县', level: 'county', parentRegion: '清远市' });
    // 60 万tce ÷ 160 亿元 = 0.375 tce/万元
    expect(s.energy.baseIntensityTcePerWanYuan).toBeCloseTo(0.375, 12);
    const r = runScenario(s);
    expect(r.years.map((y) => y.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2020 + i));
    expect(r.years[0]!.gdp).toBeCloseTo(160, 9);
    // the template counts 等价值 in and out: the total is reported as entered
    expect(r.years[0]!.energy).toBeCloseTo(60, 9);
    // no plants entered: none of 连州's stays, nor its projects, storage or published years
    expect(s.electricity.fleet).toEqual([]);
    expect(s.electricity.projects).toEqual([]);
    expect(s.electricity.pumpedStorage).toEqual([]);
    expect(s.history).toBeUndefined();
  });

  it('marks what was typed as the user\'s and every filled value as a default (reference or assumed)', () => {
    const s = scenarioFromBasics(YANGSHAN, DEFAULTS);
    for (const k of ['region', 'baseYear', 'endYear', 'economy.baseGdpYiYuan', 'energy.baseIntensityTcePerWanYuan']) {
      expect(s.sources[k]?.kind, k).toBe('user');
    }
    for (const k of ['populationWan', 'economy.gdpGrowthPct', 'energy.intensityDeclinePct', 'energy.sectors.industry.sharePct', 'energy.sectors.industry.fuelSharesPct']) {
      const src = s.sources[k]!;
      expect(src.kind, k).toBe('assumed');
      expect(src.kind === 'assumed' && src.reasonZh).toContain('连州');
    }
    // no seed file name leaks into a default's text (the report cites documents by title)
    expect(JSON.stringify(Object.values(s.sources))).not.toMatch(/\.txt/);
    // factors and grid paths keep their reference
    expect(s.sources['emissionFactors.tCo2PerTce.coal']?.kind).toBe('reference');
    expect(s.sources['electricity.gridEmissionFactor']?.kind).toBe('reference');
    // no source left for a 连州 ledger row
    expect(Object.keys(s.sources).filter((k) => k.startsWith('electricity.projects') || k.startsWith('electricity.fleet'))).toEqual([]);
    // every target has its source: the stand-ins cite the reference library
    expect(s.targets.map((t) => t.id)).toEqual(['default-energy-intensity-2025', 'default-co2-intensity-2025', 'default-peak-2030']);
    expect(s.targets.every((t) => t.source.kind === 'reference')).toBe(true);
  });

  it('sets the base year\'s electricity to the 全社会用电量 entered, and sets it beside the engine\'s', () => {
    // 12 亿kWh at 288 gce/kWh (the coal-substitution coefficient of 2020, 等价值) = 12 × 10 × 0.288
    // = 34.56 万tce of 60, 57.6 %: the engine's demand is then 34.56 ÷ (10 × 0.288) = 12 亿kWh.
    // The shares are kept to 0.01 %: each sector's electricity is off by at most 0.005 % of the
    // sector's energy, so the total by at most 0.005 % of 60 = 0.003 万tce (0.001 亿kWh).
    const s = scenarioFromBasics({ ...YANGSHAN, electricityUseYiKWh: 12 }, DEFAULTS);
    expect(validateScenario(s).ok).toBe(true);
    const first = runScenario(s).years[0]!;
    expect(Math.abs(first.energyByFuel.electricity - 34.56)).toBeLessThanOrEqual(0.003);
    expect(Math.abs(first.electricityDemand - 12)).toBeLessThanOrEqual(0.001);
    // every calibrated share to two decimals, each sector's adding up to 100
    for (const k of ['industry', 'services', 'transport', 'households', 'agriculture'] as const) {
      const mix = Object.values(s.energy.sectors[k].fuelSharesPct) as number[];
      expect(mix.every((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-9)).toBe(true);
      expect(mix.reduce((a, v) => a + v, 0)).toBeCloseTo(100, 9);
    }
    expect(s.history?.electricityUseYiKWh?.['2020']?.value).toBe(12);
    expect(s.sources['energy.sectors.services.fuelSharesPct']?.kind).toBe('assumed');
  });

  it('takes an intensity instead of a total, the sectors\' shares, local plants and the targets handed down', () => {
    const s = scenarioFromBasics(
      {
        ...YANGSHAN,
        baseYear: 2022,
        energy: { intensityTcePerWanYuan: 0.4 },
        sectorSharesPct: { industry: 50, services: 20, transport: 15, households: 10, agriculture: 5 },
        plants: [{ type: 'pv', capacityMW: 50, name: '光伏' }, { type: 'hydro', capacityMW: 0 }],
        targets: [{ metric: 'co2IntensityReduction', fromYear: 2025, year: 2030, value: 20, binding: true, label: '“十五五”单位地区生产总值二氧化碳排放降低' }],
      },
      DEFAULTS,
    );
    expect(validateScenario(s).ok).toBe(true);
    expect(s.baseYear).toBe(2022);
    const first = runScenario(s).years[0]!;
    expect(first.year).toBe(2022);
    // 160 亿元 × 0.4 tce/万元 = 64 万tce; industry 50 % of it = 32
    expect(first.energy).toBeCloseTo(64, 9);
    expect(first.energyBySector.industry).toBeCloseTo(32, 9);
    // the 0 MW plant is left out; 50 MW × the typical PV hours, in 亿kWh (10⁵ MWh)
    expect(s.electricity.fleet.map((g) => g.name)).toEqual(['光伏']);
    expect(first.generationByType.pv).toBeCloseTo((50 * TYPICAL_HOURS.pv) / 1e5, 9);
    expect(s.sources['electricity.fleet[id=fleet-pv-1].utilisationHours']?.kind).toBe('reference');
    expect(s.sources['energy.sectors.industry.sharePct']?.kind).toBe('user');
    expect(s.targets).toHaveLength(1);
    expect(s.targets[0]!.source.kind).toBe('user');
  });

  it('drops the stand-in targets that start before a later base year', () => {
    // the 14th-plan stand-ins run from 2020: from a 2022 base year only the peak goal is left
    const s = scenarioFromBasics({ ...YANGSHAN, baseYear: 2022 }, DEFAULTS);
    expect(s.targets.map((t) => t.id)).toEqual(['default-peak-2030']);
    expect(validateScenario(s).ok).toBe(true);
  });
});
