import { describe, expect, it } from 'vitest';
import { runScenario } from '../../shared/engine/run';
import { ScenarioError } from '../../shared/engine/scenario-error';
import { presetById, PRESETS } from '../../seeds/index';
import { FUELS } from '../../shared/model/vocabulary';

const run = (id: string) => runScenario(presetById(id)!);
const year = (id: string, y: number) => run(id).years.find((x) => x.year === y)!;

describe('the presets\' key products, process CO2, plan sectors and forests', () => {
  it.each(PRESETS.map((p) => [p.id] as const))('%s: the products are carved out of industry in 2020, so its energy and CO2 are unchanged by fuel', (id) => {
    const p = presetById(id)!;
    const without = structuredClone(p);
    delete without.industry;
    const a = runScenario(p).years[0]!;
    const b = runScenario(without).years[0]!;
    expect(a.energy).toBeCloseTo(b.energy, 9);
    expect(a.co2).toBeCloseTo(b.co2, 9);
    for (const f of FUELS) expect(a.energyByFuel[f], f).toBeCloseTo(b.energyByFuel[f], 9);
    expect(a.products.length).toBeGreaterThan(0);
  });

  it('韶关 steel in 2020: 860 万t × 550 kgce/t = 473 万tce, coal 91 %, electricity 6 % turned into 等价值', () => {
    const steel = year('shaoguan-baseline', 2020).products.find((x) => x.id === 'sg-crude-steel')!;
    expect(steel.outputWanT).toBe(860);
    expect(steel.unitEnergyKgcePerT).toBeCloseTo(550, 9);
    // 860 × 550 / 1000 = 473 万tce (calorific); coal 473 × 0.91 = 430.43
    expect(steel.energyByFuel.coal).toBeCloseTo(430.43, 6);
    // electricity 473 × 0.06 = 28.38 at 0.1229 kgce/kWh → × 0.288 / 0.1229 (等价值, 288 gce/kWh) = 66.505
    expect(steel.energyByFuel.electricity).toBeCloseTo((28.38 * 0.288) / 0.1229, 6);
    expect(steel.outputByRouteWanT).toEqual({ 'bf-bof': 860, eaf: 0 });
  });

  it('韶关 process CO2: clinker and the blast furnace\'s fluxes, apart from the energy CO2 the 2.054 is', () => {
    const y = year('shaoguan-baseline', 2020);
    // clinker 700 × 0.538 = 376.6; limestone 860 × 0.12 × 0.44 = 45.408; dolomite 860 × 0.04 × 0.477 = 16.4088
    expect(y.processCo2ById['sg-clinker-process']).toBeCloseTo(376.6, 9);
    expect(y.processCo2ById['sg-limestone-flux']).toBeCloseTo(45.408, 9);
    expect(y.processCo2ById['sg-dolomite-flux']).toBeCloseTo(16.4088, 9);
    expect(y.processCo2).toBeCloseTo(438.4168, 9);
    expect(y.co2PerGdp).toBeCloseTo(2.054, 3);
    expect(y.co2WithProcess).toBeCloseTo(y.co2 + 438.4168, 6);
    // the peak is judged on energy CO2, and says so
    expect(y.co2Judged).toBe(y.co2);
    expect(run('shaoguan-baseline').peak.scope).toBe('energy');
  });

  it('韶关 policy 2030: fluxes follow the blast furnace route only, not the electric arc furnace', () => {
    const y = year('shaoguan-policy', 2030);
    // steel 900 万t, 90 % by blast furnace = 810; limestone 810 × 0.12 × 0.44 = 42.768, dolomite 810 × 0.04 × 0.477 = 15.4548
    expect(y.products.find((x) => x.id === 'sg-crude-steel')!.outputByRouteWanT['bf-bof']).toBeCloseTo(810, 9);
    expect(y.processCo2ById['sg-limestone-flux']).toBeCloseTo(42.768, 9);
    expect(y.processCo2ById['sg-dolomite-flux']).toBeCloseTo(15.4548, 9);
    // clinker 680 × 0.538 = 365.84
    expect(y.processCo2ById['sg-clinker-process']).toBeCloseTo(365.84, 9);
  });

  it('a process line naming a route its product does not have is an error at that field', () => {
    const s = structuredClone(presetById('shaoguan-baseline')!);
    s.industry!.processEmissions.find((p) => p.id === 'sg-limestone-flux')!.routeId = 'open-hearth';
    let caught: unknown;
    try {
      runScenario(s);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ScenarioError);
    const issues = (caught as ScenarioError).issues;
    expect(issues.map((i) => [i.path, i.code])).toContainEqual(['industry.processEmissions[1].routeId', 'industry.processProductMissing']);
  });

  it('清远 clinker 2,400 万t × 0.538 = 1,291.2 万tCO2; 连州 glass batch 3 × 0.3 × 0.44 = 0.396', () => {
    expect(year('qingyuan-baseline', 2020).processCo2).toBeCloseTo(1291.2, 9);
    expect(year('lianzhou-baseline', 2020).processCo2).toBeCloseTo(0.396, 9);
  });

  it('韶关: 建筑业 takes 2 % of industry\'s energy CO2 and 工业 keeps the process CO2', () => {
    const y = year('shaoguan-baseline', 2020);
    const { industry, construction } = y.sectorCo2;
    // industry keeps 98 %, construction 2 %: construction = industry energy × 2 / 98
    expect(construction.energy).toBeCloseTo((industry.energy * 2) / 98, 6);
    expect(construction.process).toBe(0);
    expect(industry.process).toBeCloseTo(438.4168, 9);
  });

  it('韶关 forest: 9,652 万m³ growing 5 % and losing 2 % a year in 2020, at 1.1032 tCO2/m³', () => {
    // 0.3435 t/m³ × BEF 1.553 × (1 + 0.2) × 0.47 × 44/12 = 1.103186 tCO2/m³
    const perM3 = 0.3435 * 1.553 * 1.2 * 0.47 * (44 / 12);
    expect(perM3).toBeCloseTo(1.103186, 6);
    const f = year('shaoguan-baseline', 2020).forest!;
    expect(f.stockWanM3).toBe(9652);
    // 9,652 × (5 − 2) % = 289.56 万m³ × 1.103186 = 319.44 万tCO2
    expect(f.sinkCo2).toBeCloseTo(289.56 * perM3, 6);
    expect(f.coverPct).toBe(74.43);
    // 2021's growth is on the path 5 % (2020) → 4 % (2035): 5 − 1/15 = 4.9333 %, so 2021 ends at
    // 9,652 × (1 + (4.9333 − 2) / 100) = 9,935.13 万m³
    expect(year('shaoguan-baseline', 2021).forest!.stockWanM3).toBeCloseTo(9652 * (1 + (5 - 1 / 15 - 2) / 100), 6);
    // net emissions: energy and process CO2 (every emission the inventory counts) less the sink
    const y = year('shaoguan-baseline', 2020);
    expect(y.netCo2).toBeCloseTo(y.co2 + y.processCo2 - f.sinkCo2, 9);
  });

  it.each(PRESETS.map((p) => [p.id] as const))('%s: forest-cover targets from the documents are met by the documents\' path', (id) => {
    const r = run(id);
    const forest = r.targets.filter((t) => t.metric === 'forestCover');
    expect(forest.length).toBeGreaterThan(0);
    for (const t of forest) expect(t.met, t.id).toBe(true);
  });

  it('the forest paths and targets are the documents\': 清远 69.63 → 70, 连州 68.21 → 69, 韶关 74.43 → 74.6 → 75.0', () => {
    const cover = (id: string, y: number) => year(id, y).forest!.coverPct;
    expect([cover('qingyuan-baseline', 2020), cover('qingyuan-baseline', 2025)]).toEqual([69.63, 70]);
    expect([cover('lianzhou-baseline', 2020), cover('lianzhou-baseline', 2025)]).toEqual([68.21, 69]);
    expect([cover('shaoguan-baseline', 2020), cover('shaoguan-baseline', 2025), cover('shaoguan-baseline', 2035)]).toEqual([74.43, 74.6, 75]);
    const values = (id: string) => presetById(id)!.targets.filter((t) => t.metric === 'forestCover').map((t) => [t.year, t.value]);
    expect(values('qingyuan-baseline')).toEqual([[2025, 70]]);
    expect(values('lianzhou-baseline')).toEqual([[2025, 69]]);
    expect(values('shaoguan-baseline')).toEqual([[2025, 74.6], [2035, 75]]);
  });

  it('cement and clinker agree at the clinker factor each preset states: 清远 0.8, 韶关 about 0.78', () => {
    const out = (id: string, product: string) => year(id, 2020).products.find((x) => x.id === product)!.outputWanT;
    // 清远: 3,000 万t of cement × 0.8 = 2,400 万t of clinker, all of it ground locally
    expect(out('qingyuan-baseline', 'qy-cement') * 0.8).toBeCloseTo(out('qingyuan-baseline', 'qy-clinker'), 9);
    // 韶关: 700 万t of clinker ÷ 900 万t of cement = 0.778
    expect(out('shaoguan-baseline', 'sg-clinker') / out('shaoguan-baseline', 'sg-cement')).toBeCloseTo(0.78, 2);
  });

  it('韶关 policy clinker: the waste fuels in its kilns cite 003\'s co-processing lines; the baseline holds coal and cites none', () => {
    const at = 'industry.products[id=sg-clinker].routes[0].fuelSharesPct';
    const policy = presetById('shaoguan-policy')!.sources[at]!;
    const baseline = presetById('shaoguan-baseline')!.sources[at]!;
    expect(policy.kind === 'assumed' && policy.basis).toMatch(/lines 512, 974$/);
    expect(policy.kind === 'assumed' && policy.reasonZh).toContain('20 万吨/年水泥窑');
    expect(baseline.kind === 'assumed' && baseline.basis).toMatch(/lines 100, 650$/);
    // 清远's documents name no kiln co-processing, so its policy keeps the default basis
    const qy = presetById('qingyuan-policy')!.sources['industry.products[id=qy-clinker].routes[0].fuelSharesPct']!;
    expect(qy.kind === 'assumed' && qy.basis).toMatch(/lines 169, 1081$/);
  });

  it.each([
    ['shaoguan-baseline', 'sg-lead-zinc', 'per t of lead and per t of zinc'],
    ['lianzhou-baseline', 'lz-copper-foil', 'no national level for electrolytic copper foil was found'],
    ['lianzhou-baseline', 'lz-glass-fibre', 'GB 29450'],
  ] as const)('%s %s: says why its unit energy has no benchmark line', (id, product, why) => {
    const src = presetById(id)!.sources[`industry.products[id=${product}].routes[0].unitEnergyKgcePerT`]!;
    expect(src.kind).toBe('assumed');
    if (src.kind === 'assumed') {
      expect(src.reason).toContain(why);
      expect(src.reasonZh).toContain('不画标杆线');
    }
  });

  it.each(PRESETS.map((p) => [p.id] as const))('%s: says which scope its published 2020 figure has, and judges the peak on it', (id) => {
    const p = presetById(id)!;
    expect(p.accounting.peakScope).toBe('energy');
    const src = p.sources['accounting.peakScope']!;
    expect(src.kind).toBe('assumed');
    if (src.kind === 'assumed') {
      expect(src.reason).toMatch(/^Energy CO2 \(能源活动\)/);
      expect(src.reasonZh).toMatch(/^能源活动二氧化碳/);
    }
    expect(run(id).methods.peakScope).toBe('energy');
  });
});
