import { describe, expect, it } from 'vitest';
import type { ScenarioResults, YearResult } from '../../../shared/engine/results';
import { rollUp, rollupTableYears, type RollupMemberInput, type RollupRun, type RollupScenario } from '../../../shared/engine/rollup';
import { runScenario } from '../../../shared/engine/run';
import { setHorizon } from '../../../shared/model/ops-horizon';
import type { Scenario } from '../../../shared/model/scenario';
import { presetById } from '../../../seeds/index';

type Figures = { gdp: number; energy: number; co2: number; hydroMW: number; pvMW: number; elec: number; nonFossil: number; grid?: number };

/** A year with only what the roll-up reads; the intensities as a run computes them (energy ÷ GDP …). */
function year(y: number, f: Figures): YearResult {
  return {
    year: y,
    gdp: f.gdp,
    energy: f.energy,
    co2: f.co2,
    electricityDemand: f.elec,
    nonFossilEnergy: f.nonFossil,
    capacityMW: { coal: 999, gas: 999, hydro: f.hydroMW, pv: f.pvMW, wind: 0, biomass: 0 },
    gridFactor: f.grid ?? 0.5,
    energyPerGdp: f.energy / f.gdp,
    co2PerGdp: f.co2 / f.gdp,
    nonFossilShare: (f.nonFossil / f.energy) * 100,
  } as YearResult;
}

const METHODS: ScenarioResults['methods'] = {
  energyControl: 'nonFossilExcluded',
  renewableAttribution: 'provincialPool',
  electricityCo2: 'netImports',
  peakTolerancePct: 2,
  peakScope: 'energy',
};

function run(
  id: string,
  region: RollupScenario['region'],
  base: number,
  end: number,
  figures: (y: number) => Figures,
  methods: Partial<ScenarioResults['methods']> = {},
): RollupRun {
  const years = Array.from({ length: end - base + 1 }, (_, i) => year(base + i, figures(base + i)));
  return {
    scenario: {
      id,
      name: `${region.name} 政策情景`,
      region,
      baseYear: base,
      endYear: end,
      accounting: { energyControl: 'nonFossilExcluded', renewableAttribution: 'provincialPool', electricityCo2: 'netImports', gridFactorScope: 'provincial', peakTolerancePct: 2, peakScope: 'energy' },
      conventions: { primaryElectricity: 'coalSubstitution', coalSubstitutionGcePerKWh: 300 },
    },
    results: { scenarioId: id, baseYear: base, endYear: end, years, methods: { ...METHODS, ...methods } } as unknown as ScenarioResults,
  };
}

const CITY = { name: '甲市', level: 'city' as const, parentRegion: '广东省' };
const county = (name: string) => ({ name, level: 'county' as const, parentRegion: '甲市' });

// City: GDP 1000 亿元, energy 800 万tce, CO2 2000 万tCO2, renewables 1000 MW hydro + 500 MW PV, 100 亿kWh, 200 万tce non-fossil.
const cityFigures: Figures = { gdp: 1000, energy: 800, co2: 2000, hydroMW: 1000, pvMW: 500, elec: 100, nonFossil: 200 };
// County A: 150, 60, 140, 260 + 40 MW, 10 亿kWh, 15 万tce; county B: 250, 140, 360, 200 + 0 MW, 30 亿kWh, 35 万tce.
const aFigures: Figures = { gdp: 150, energy: 60, co2: 140, hydroMW: 260, pvMW: 40, elec: 10, nonFossil: 15 };
const bFigures: Figures = { gdp: 250, energy: 140, co2: 360, hydroMW: 200, pvMW: 0, elec: 30, nonFossil: 35 };

const city = run('city', CITY, 2020, 2035, () => cityFigures);
const a = run('a', county('A县'), 2020, 2035, () => aFigures);
const b = run('b', county('B区'), 2020, 2035, () => bFigures);

describe('rollUp: sums, the rest of the city, shares and the difference', () => {
  const r = rollUp(city, [
    { scenarioId: 'a', run: a },
    { scenarioId: 'b', run: b },
  ]);
  const y2030 = r.rows.find((x) => x.year === 2030)!;

  it('counts both members over the city horizon', () => {
    expect(r.members.map((m) => [m.label, m.status])).toEqual([
      ['A县', 'counted'],
      ['B区', 'counted'],
    ]);
    expect(r.years[0]).toBe(2020);
    expect(r.years.at(-1)).toBe(2035);
  });

  it('sums the additive figures', () => {
    // 150 + 250 = 400 亿元; 60 + 140 = 200 万tce; 140 + 360 = 500 万tCO2;
    // renewables (hydro + PV, never coal or gas) 300 + 200 = 500 MW; 10 + 30 = 40 亿kWh.
    expect(y2030.sum.figures).toEqual({ gdp: 400, energy: 200, co2: 500, renewableCapacityMW: 500, electricity: 40 });
  });

  it('leaves the rest of the city as city − sum', () => {
    // 1000 − 400 = 600; 800 − 200 = 600; 2000 − 500 = 1500; 1500 − 500 = 1000 MW; 100 − 40 = 60.
    expect(y2030.remainder.figures).toEqual({ gdp: 600, energy: 600, co2: 1500, renewableCapacityMW: 1000, electricity: 60 });
  });

  it('gives each row its share of the city', () => {
    // A: 150 / 1000 = 15 % of GDP, 60 / 800 = 7.5 % of energy, 300 / 1500 = 20 % of renewables
    expect(y2030.members[0]!.sharePct.gdp).toBeCloseTo(15, 10);
    expect(y2030.members[0]!.sharePct.energy).toBeCloseTo(7.5, 10);
    expect(y2030.members[0]!.sharePct.renewableCapacityMW).toBeCloseTo(20, 10);
    // sum 400 / 1000 = 40 %, the rest 60 %, the city itself 100 %
    expect(y2030.sum.sharePct.gdp).toBeCloseTo(40, 10);
    expect(y2030.remainder.sharePct.gdp).toBeCloseTo(60, 10);
    expect(y2030.city.sharePct.co2).toBeCloseTo(100, 10);
  });

  it('never sums intensities or shares: each row has its own, the sum and the rest the ratio of their parts', () => {
    // A's own: 60 / 150 = 0.4 tce/万元
    expect(y2030.members[0]!.ratios.energyPerGdp).toBeCloseTo(0.4, 12);
    // sum: 200 / 400 = 0.5 tce/万元 (not 0.4 + 0.56); 500 / 400 = 1.25 tCO2/万元; 50 / 200 = 25 %
    expect(y2030.sum.ratios.energyPerGdp).toBeCloseTo(0.5, 12);
    expect(y2030.sum.ratios.co2PerGdp).toBeCloseTo(1.25, 12);
    expect(y2030.sum.ratios.nonFossilShare).toBeCloseTo(25, 12);
    // rest: 600 / 600 = 1; 1500 / 600 = 2.5; (200 − 50) / 600 = 25 %
    expect(y2030.remainder.ratios.energyPerGdp).toBeCloseTo(1, 12);
    expect(y2030.remainder.ratios.co2PerGdp).toBeCloseTo(2.5, 12);
    expect(y2030.remainder.ratios.nonFossilShare).toBeCloseTo(25, 12);
    // the city's own: 800 / 1000
    expect(y2030.city.ratios.energyPerGdp).toBeCloseTo(0.8, 12);
  });

  it('gives the difference between the sum and the city', () => {
    // 400 − 1000 = −600 亿元, −600 / 1000 = −60 %; CO2 500 − 2000 = −1500, −75 %
    expect(y2030.difference.figures.gdp).toBe(-600);
    expect(y2030.difference.pct.gdp).toBeCloseTo(-60, 10);
    expect(y2030.difference.pct.co2).toBeCloseTo(-75, 10);
  });

  it('warns of nothing when the members are counted as the city is; notes the net-imports rule', () => {
    expect(r.issues).toEqual([{ code: 'rollup.netImportsCo2', path: 'rollup', params: {}, severity: 'note' }]);
  });

  it('tables the first year and every fifth year', () => {
    expect(rollupTableYears(r)).toEqual([2020, 2025, 2030, 2035]);
    expect(rollupTableYears({ years: [2021, 2022, 2023, 2024, 2025, 2026] })).toEqual([2021, 2025]);
  });
});

describe('rollUp: checks', () => {
  it('names each run of years in which the sum exceeds the city, with a negative rest', () => {
    // B's CO2 2000 in 2025–2026 and 2030: 140 + 2000 = 2140 > 2000 (rest −140); two runs
    const big = run('b', county('B区'), 2020, 2035, (y) => ({ ...bFigures, co2: y === 2025 || y === 2026 || y === 2030 ? 2000 : 360 }));
    const r = rollUp(city, [
      { scenarioId: 'a', run: a },
      { scenarioId: 'b', run: big },
    ]);
    expect(r.issues.filter((i) => i.code === 'rollup.sumExceeds').map((i) => i.params)).toEqual([
      { metric: 'co2', from: 2025, to: 2026 },
      { metric: 'co2', from: 2030, to: 2030 },
    ]);
    const y2025 = r.rows.find((x) => x.year === 2025)!;
    expect(y2025.remainder.figures.co2).toBe(-140);
    // a negative rest has no intensity
    expect(y2025.remainder.ratios.co2PerGdp).toBeNull();
  });

  it('keeps to the years every counted member shares and says so', () => {
    const short = run('b', county('B区'), 2020, 2030, () => bFigures);
    const r = rollUp(city, [
      { scenarioId: 'a', run: a },
      { scenarioId: 'b', run: short },
    ]);
    expect(r.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(r.issues).toContainEqual({ code: 'rollup.commonYears', path: 'rollup', params: { from: 2020, to: 2030, cityFrom: 2020, cityTo: 2035 }, severity: 'note' });
  });

  it('reports members not in the library, that fail, attached twice or the city itself, and leaves them out', () => {
    const members: RollupMemberInput[] = [
      { scenarioId: 'gone', label: '英德市', unavailable: 'missing' },
      { scenarioId: 'bad', unavailable: 'failed' },
      { scenarioId: 'a', run: a },
      { scenarioId: 'a', run: a },
      { scenarioId: 'city', run: city },
    ];
    const r = rollUp(city, members);
    expect(r.members.map((m) => m.status)).toEqual(['missing', 'failed', 'counted', 'duplicate', 'self']);
    expect(r.issues.filter((i) => i.severity === 'warning').map((i) => [i.code, i.path, i.params])).toEqual([
      ['rollup.memberMissing', 'rollup.members[0]', { member: '英德市' }],
      ['rollup.memberFailed', 'rollup.members[1]', { member: 'bad' }],
      ['rollup.duplicate', 'rollup.members[3]', { member: 'A县' }],
      ['rollup.self', 'rollup.members[4]', {}],
    ]);
    // only A counted once: 150 亿元
    expect(r.rows[0]!.sum.figures.gdp).toBe(150);
  });

  it('warns where methods, grid factor or price year differ, or the member does not name the city', () => {
    const other = run('o', { name: '乙市', level: 'city', parentRegion: '广东省' }, 2021, 2035, (y) => ({ ...aFigures, grid: y === 2025 ? 0.45 : 0.5 }), {
      electricityCo2: 'locationBased',
    });
    other.scenario = { ...other.scenario, conventions: { ...other.scenario.conventions, primaryElectricity: 'calorific' } };
    const r = rollUp(city, [{ scenarioId: 'o', run: other }]);
    expect(r.issues.filter((i) => i.severity === 'warning').map((i) => [i.code, i.params])).toEqual([
      ['rollup.methodDiffers', { member: '乙市', method: 'electricityCo2' }],
      ['rollup.methodDiffers', { member: '乙市', method: 'primaryElectricity' }],
      ['rollup.gridFactorDiffers', { member: '乙市', year: 2025, factor: 0.45, cityFactor: 0.5 }],
      ['rollup.priceYearDiffers', { member: '乙市', year: 2021, cityYear: 2020 }],
      ['rollup.levelNotBelow', { member: '乙市', level: 'city', expected: 'county' }],
      ['rollup.parentDiffers', { member: '乙市', parent: '广东省', city: '甲市' }],
    ]);
  });

  it('takes 甲市, 甲 and the English name as the same parent; asks for a missing one', () => {
    const named = (parentRegion?: string) => run('m', { name: 'M县', level: 'county', ...(parentRegion ? { parentRegion } : {}) }, 2020, 2035, () => aFigures);
    const cityEn = { ...city, scenario: { ...city.scenario, region: { ...CITY, nameEn: 'Jia' } } };
    for (const p of ['甲市', '甲', ' 甲 市', 'jia']) {
      expect(rollUp(cityEn, [{ scenarioId: 'm', run: named(p) }]).issues.filter((i) => i.severity === 'warning'), p).toEqual([]);
    }
    expect(rollUp(city, [{ scenarioId: 'm', run: named() }]).issues.map((i) => i.code)).toContain('rollup.noParent');
  });
});

describe('rollUp on the presets: 连州 in 清远', () => {
  const runOf = (s: Scenario): RollupRun => ({ scenario: s, results: runScenario(s) });
  const qingyuan = presetById('qingyuan-policy')!;
  const lianzhou = presetById('lianzhou-policy')!;

  it('the 清远 presets attach the 连州 preset of their kind', () => {
    expect(presetById('qingyuan-policy')!.rollup).toEqual({ members: [{ scenarioId: 'lianzhou-policy', label: '连州市' }] });
    expect(presetById('qingyuan-baseline')!.rollup).toEqual({ members: [{ scenarioId: 'lianzhou-baseline', label: '连州市' }] });
    expect(lianzhou.region).toMatchObject({ level: 'county', parentRegion: '清远市' });
    expect(qingyuan.region).toMatchObject({ level: 'city', parentRegion: '广东省' });
  });

  it('sums 连州 beside 清远 in 2020 from the documents’ figures', () => {
    const r = rollUp(runOf(qingyuan), [{ scenarioId: lianzhou.id, run: runOf(lianzhou) }]);
    // both run 2020–2060 with the same methods: no warning, the net-imports note only
    expect(r.years).toHaveLength(41);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['rollup.netImportsCo2', 'note']]);
    const y = r.rows[0]!;
    // 连州 GDP 161.21 亿元 (001); 清远 892.7 亿元 services ÷ 50.2 % = 1,778.29 亿元 (000 line 97)
    expect(y.members[0]!.figures.gdp).toBeCloseTo(161.21, 6);
    expect(y.city.figures.gdp).toBeCloseTo(1778.29, 6);
    // share 161.21 / 1,778.29 = 9.0654 %; the rest 1,778.29 − 161.21 = 1,617.08 亿元
    expect(y.members[0]!.sharePct.gdp).toBeCloseTo(9.065, 3);
    expect(y.remainder.figures.gdp).toBeCloseTo(1617.08, 6);
    // 连州's own intensity as published, 0.43 tce/万元, shown per member: 161.21 × 0.43 = 69.3203 万tce
    expect(y.members[0]!.ratios.energyPerGdp).toBeCloseTo(0.43, 6);
    expect(y.members[0]!.figures.energy).toBeCloseTo(69.3203, 4);
  });

  it('warns when 连州 is counted under another method or from another base year', () => {
    const located = { ...lianzhou, accounting: { ...lianzhou.accounting, electricityCo2: 'locationBased' as const } };
    // a base year of 2021 (its 2020-based reduction targets dropped: they start before it)
    const later = { ...setHorizon(lianzhou, 2021, 2060), targets: lianzhou.targets.filter((t) => t.fromYear === undefined) };
    const r = rollUp(runOf(qingyuan), [
      { scenarioId: 'x', run: runOf({ ...located, id: 'x' }) },
      { scenarioId: 'y', run: runOf({ ...later, id: 'y' }) },
    ]);
    const codes = r.issues.map((i) => [i.code, i.path]);
    expect(codes).toContainEqual(['rollup.methodDiffers', 'rollup.members[0]']);
    expect(codes).toContainEqual(['rollup.priceYearDiffers', 'rollup.members[1]']);
    expect(r.issues).toContainEqual(expect.objectContaining({ code: 'rollup.commonYears', params: { from: 2021, to: 2060, cityFrom: 2020, cityTo: 2060 } }));
  });

  it('flags 韶关 attached to 清远: another city, not a county of it', () => {
    const r = rollUp(runOf(qingyuan), [{ scenarioId: 'shaoguan-policy', run: runOf(presetById('shaoguan-policy')!) }]);
    const codes = r.issues.map((i) => i.code);
    expect(codes).toContain('rollup.levelNotBelow');
    expect(codes).toContain('rollup.parentDiffers');
  });
});
