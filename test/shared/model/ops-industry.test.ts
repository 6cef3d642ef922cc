import { describe, expect, it } from 'vitest';
import { presetById } from '../../../seeds/index';
import { runScenario } from '../../../shared/engine/run';
import {
  addForest,
  addProcessEmission,
  addProduct,
  addRoute,
  complementShare,
  drivenProcesses,
  newProcessEmission,
  newProduct,
  removeForest,
  removeProcessEmission,
  removeProduct,
  removeRoute,
  setPeakScope,
  setProcessDriver,
  setProductKind,
  setProductLevel,
  setRouteFuelShare,
  setRouteFuelShares,
  setRouteShare,
  setSectorShare,
  setTargetMetric,
  setTargetSector,
  type ForestFactors,
  type KindFuelMix,
  type ProductLevels,
} from '../../../shared/model/ops-industry';
import { setValue } from '../../../shared/model/ops';
import type { Scenario } from '../../../shared/model/scenario';
import { validateScenario } from '../../../shared/model/validate';

const ref = (refId: string) => ({ kind: 'reference', refId, citation: refId }) as const;
/** 水泥熟料 标杆 100 and 基准 117 kgce/t (the 2023 table's levels, passed in as the app passes the library's) */
const CLINKER: ProductLevels = { benchmark: { value: 100, source: ref('bm-clinker-benchmark') }, baseline: { value: 117, source: ref('bm-clinker-baseline') } };

const NEW_METRICS = new Set(['sectorPeakYear', 'sectorIntensityReduction', 'forestCover', 'forestStock']);

/**
 * 韶关 policy with none of the new inputs: the ops start from a scenario without industry,
 * reporting shares, sinks, peak scope or the targets that need them.
 */
function bare(): Scenario {
  const { industry: _i, sectorReporting: _r, sinks: _k, ...s } = structuredClone(presetById('shaoguan-policy')!);
  const { peakScope: _p, ...accounting } = s.accounting;
  const gone = (k: string) => ['industry', 'sectorReporting', 'sinks', 'accounting.peakScope'].some((p) => k === p || k.startsWith(`${p}.`) || k.startsWith(`${p}[`));
  const targets = s.targets.filter((t) => !NEW_METRICS.has(t.metric));
  return { ...s, accounting, targets, sources: Object.fromEntries(Object.entries(s.sources).filter(([k]) => !gone(k))) };
}

const ok = (s: Scenario) => {
  const v = validateScenario(s);
  expect(v.ok ? [] : v.issues).toEqual([]);
};

/** A clinker line added from the library and given an output of 500 万t at 110 kgce/t. */
function withClinker(): { s: Scenario; id: string } {
  const b = bare();
  const p = newProduct(b, 'clinker', '熟料', '新型干法', CLINKER);
  let s = addProduct(b, p, CLINKER);
  s = setValue(s, `industry.products[id=${p.id}].outputWanT`, 500);
  s = setValue(s, `industry.products[id=${p.id}].routes[0].unitEnergyKgcePerT`, 110);
  return { s, id: p.id };
}

describe('key products', () => {
  it('a product added from its kind starts at the library’s 基准 (cited) with industry’s fuel mix and no output, and changes no result', () => {
    const b = bare();
    const p = newProduct(b, 'clinker', '熟料', '新型干法', CLINKER);
    const s = addProduct(b, p, CLINKER);
    const prod = s.industry!.products[0]!;
    expect(prod).toMatchObject({ id: 'clinker-1', kind: 'clinker', outputWanT: 0 });
    // the kind's lines stay in the library: the product carries none of its own
    expect(prod.benchmarkKgcePerT).toBeUndefined();
    expect(prod.routes).toEqual([{ id: 'main', name: '新型干法', sharePct: 100, unitEnergyKgcePerT: 117, fuelSharesPct: b.energy.sectors.industry.fuelSharesPct }]);
    expect(s.sources['industry.products[id=clinker-1].routes[0].unitEnergyKgcePerT']).toEqual(ref('bm-clinker-baseline'));
    ok(s);
    // no output: nothing is carved out of industry, so every year's CO2 is as before
    expect(runScenario(s).years.map((y) => y.co2)).toEqual(runScenario(b).years.map((y) => y.co2));
    // a kind without library lines starts at 0 kgce/t, uncited
    const other = addProduct(b, newProduct(b, 'copperFoil', '铜箔', '电解'));
    expect(other.industry!.products[0]!.routes[0]!.unitEnergyKgcePerT).toBe(0);
    expect(Object.keys(other.sources).some((k) => k.startsWith('industry'))).toBe(false);
  });

  it('the engine reads the edited output and unit energy: 500 万t × 110 kgce/t = 55 万tce in the base year', () => {
    const { s: a, id } = withClinker();
    // coal and gas only, so the reporting convention of electricity (等价值 in the presets) plays no part
    const s = setRouteFuelShares(a, id, 0, { coal: 90, oil: 0, gas: 10, electricity: 0, heat: 0, biomass: 0 });
    ok(s);
    // 500e4 t × 110 kgce/t = 5.5e8 kgce = 5.5e5 tce = 55 万tce: 49.5 coal, 5.5 gas
    const base = runScenario(s).years[0]!.products[0]!;
    expect(base.outputWanT).toBe(500);
    expect(base.unitEnergyKgcePerT).toBeCloseTo(110, 9);
    expect(base.energy).toBeCloseTo(55, 9);
    expect(base.energyByFuel.coal).toBeCloseTo(49.5, 9);
  });

  it('a second id avoids the first; removing a product takes its process lines and, the lists emptied, `industry` itself', () => {
    const { s: a, id } = withClinker();
    expect(newProduct(a, 'clinker', '熟料', 'x').id).toBe('clinker-2');
    const pe = newProcessEmission(a, 'clinker', '熟料过程排放', { value: 0.538, source: ref('proc-clinker-cn') }, id);
    expect(pe).toMatchObject({ productId: id, factorTCo2PerT: 0.538 });
    expect(pe.activityWanT).toBeUndefined();
    const s = addProcessEmission(a, pe, ref('proc-clinker-cn'));
    ok(s);
    expect(drivenProcesses(s, id).map((x) => x.id)).toEqual([pe.id]);
    // process CO2 = 500 万t clinker × 0.538 = 269 万tCO2, its own line, not in energy CO2
    const y0 = runScenario(s).years[0]!;
    expect(y0.processCo2).toBeCloseTo(269, 9);
    const gone = removeProduct(s, id);
    expect(gone.industry).toBeUndefined();
    expect(Object.keys(gone.sources).some((k) => k.startsWith('industry'))).toBe(false);
    ok(gone);
    expect(removeProduct(gone, 'nope')).toBe(gone);
  });

  it('a kind whose library entry gives a fuel mix starts with it, cited; an output then counts on that fuel alone', () => {
    const b = bare();
    // cement's entry counts the grinding only: electricity 100 %
    const GRINDING: KindFuelMix = { sharesPct: { coal: 0, oil: 0, gas: 0, electricity: 100, heat: 0, biomass: 0 }, source: ref('cement-grinding-unit-energy') };
    const p = newProduct(b, 'cement', '水泥', '粉磨', undefined, GRINDING);
    let s = addProduct(b, p, undefined, GRINDING);
    expect(s.industry!.products[0]!.routes[0]!.fuelSharesPct).toEqual(GRINDING.sharesPct);
    expect(s.sources[`industry.products[id=${p.id}].routes[0].fuelSharesPct`]).toEqual(ref('cement-grinding-unit-energy'));
    ok(s);
    // no output yet: nothing carved out, every year as before
    expect(runScenario(s).years.map((y) => y.co2)).toEqual(runScenario(b).years.map((y) => y.co2));
    // 100 万t × 4.2 kgce/t = 4.2e6 kgce = 4,200 tce = 0.42 万tce at 当量值, all of it electricity;
    // 韶关 counts electricity at 等价值, 288 gce/kWh in 2020: 0.42 × 288 / 122.9 = 0.984215 万tce
    s = setValue(s, `industry.products[id=${p.id}].outputWanT`, 100);
    s = setValue(s, `industry.products[id=${p.id}].routes[0].unitEnergyKgcePerT`, 4.2);
    ok(s);
    const base = runScenario(s).years[0]!.products[0]!;
    expect(base.energy).toBeCloseTo((0.42 * 288) / 122.9, 9);
    expect(base.energyByFuel.electricity).toBeCloseTo(base.energy, 12);
    expect(base.energyByFuel.coal).toBe(0);
    // a mix the planner has changed before adding is not the library's, so it is not cited
    const edited = { ...p, routes: [{ ...p.routes[0]!, fuelSharesPct: { ...p.routes[0]!.fuelSharesPct, electricity: 90, coal: 10 } }] };
    expect(addProduct(b, edited, undefined, GRINDING).sources[`industry.products[id=${p.id}].routes[0].fuelSharesPct`]).toBeUndefined();
  });

  it('changing the kind keeps the lines the planner typed; a typed line is the user’s and can be cleared', () => {
    const { s: a, id } = withClinker();
    const typed = setProductLevel(a, id, 'benchmarkKgcePerT', 95);
    expect(typed.sources[`industry.products[id=${id}].benchmarkKgcePerT`]).toEqual({ kind: 'user' });
    expect(setProductLevel(typed, id, 'benchmarkKgcePerT', 95)).toBe(typed);
    const s = setProductKind(typed, id, 'leadZinc');
    expect(s.industry!.products[0]).toMatchObject({ kind: 'leadZinc', benchmarkKgcePerT: 95 });
    expect(setProductKind(s, id, 'leadZinc')).toBe(s);
    const cleared = setProductLevel(s, id, 'benchmarkKgcePerT', undefined);
    expect(cleared.industry!.products[0]!.benchmarkKgcePerT).toBeUndefined();
    expect(cleared.sources[`industry.products[id=${id}].benchmarkKgcePerT`]).toBeUndefined();
    ok(cleared);
  });
});

describe('routes', () => {
  it('a new route takes no share (the shares still add up to 100) and starts from the first route’s unit energy and fuels', () => {
    const { s: a, id } = withClinker();
    const s = addRoute(a, id, '电炉');
    const routes = s.industry!.products[0]!.routes;
    expect(routes.map((r) => [r.id, r.sharePct, r.unitEnergyKgcePerT])).toEqual([
      ['main', 100, 110],
      ['route-1', 0, 110],
    ]);
    ok(s);
  });

  it('with two routes, one’s share sets the other’s to the rest, in the same form', () => {
    const { s: a, id } = withClinker();
    const two = addRoute(a, id, '电炉');
    // 30 % by electric arc → 70 % by blast furnace
    const s = setRouteShare(two, id, 1, 30);
    expect(s.industry!.products[0]!.routes.map((r) => r.sharePct)).toEqual([70, 30]);
    ok(s);
    // a path: 10 % in 2025 rising to 40 % in 2035 → 90 % falling to 60 %
    const path = [
      { year: 2025, value: 10 },
      { year: 2035, value: 40 },
    ];
    expect(setRouteShare(two, id, 1, path).industry!.products[0]!.routes[0]!.sharePct).toEqual([
      { year: 2025, value: 90 },
      { year: 2035, value: 60 },
    ]);
    expect(complementShare({ expr: 'interp(2025, 10, 2035, 40)' })).toEqual({ expr: '100 - (interp(2025, 10, 2035, 40))' });
    ok(setRouteShare(two, id, 0, { expr: 'interp(2025, 90, 2035, 60)' }));
  });

  it('with three routes, a number rescales the other two in proportion', () => {
    const { s: a, id } = withClinker();
    let s = addRoute(addRoute(a, id, 'B'), id, 'C');
    s = setRouteShare(s, id, 1, 40);
    // [100, 0, 0] with B at 40: the rest, 60, goes to A and C in proportion to 100 : 0 → [60, 40, 0]
    expect(s.industry!.products[0]!.routes.map((r) => r.sharePct)).toEqual([60, 40, 0]);
    s = setRouteShare(s, id, 2, 20);
    // C at 20: the rest, 80, to A and B as 60 : 40 → 48 and 32
    expect(s.industry!.products[0]!.routes.map((r) => r.sharePct)).toEqual([48, 32, 20]);
    ok(s);
  });

  it('one fuel’s share rescales the route’s other fuels in proportion (fuel switching as one edit)', () => {
    const { s: a, id } = withClinker();
    let s = setRouteFuelShares(a, id, 0, { coal: 90, oil: 0, gas: 0, electricity: 10, heat: 0, biomass: 0 });
    s = setRouteFuelShare(s, id, 0, 'gas', 20);
    // gas 20: the other 80 shared as coal 90 : electricity 10 → 72 and 8
    expect(s.industry!.products[0]!.routes[0]!.fuelSharesPct).toEqual({ coal: 72, oil: 0, gas: 20, electricity: 8, heat: 0, biomass: 0 });
    ok(s);
  });

  it('removing a route gives its share to the first left, drops its process lines and never removes the last route', () => {
    const { s: a, id } = withClinker();
    let s = setRouteShare(addRoute(a, id, '电炉'), id, 1, 30);
    s = addProcessEmission(s, { ...newProcessEmission(s, 'limestoneFlux', '熔剂', { value: 0.44, source: ref('x') }, id), routeId: 'route-1' });
    s = setValue(s, `industry.products[id=${id}].routes[1].unitEnergyKgcePerT`, 90);
    const r = removeRoute(s, id, 'route-1');
    expect(r.industry!.products[0]!.routes.map((x) => [x.id, x.sharePct])).toEqual([['main', 100]]);
    expect(r.industry!.processEmissions).toEqual([]);
    expect(Object.keys(r.sources).some((k) => k.includes('routes[1]'))).toBe(false);
    ok(r);
    expect(removeRoute(r, id, 'main')).toBe(r);
  });

  it('removing a middle route moves the later routes’ sources up with them', () => {
    const { s: a, id } = withClinker();
    let s = addRoute(addRoute(a, id, 'B'), id, 'C');
    const cited = ref('eaf');
    s = setValue(s, `industry.products[id=${id}].routes[2].unitEnergyKgcePerT`, 160, cited);
    s = removeRoute(s, id, 'route-1');
    expect(s.industry!.products[0]!.routes.map((r) => r.name)).toEqual(['新型干法', 'C']);
    expect(s.sources[`industry.products[id=${id}].routes[1].unitEnergyKgcePerT`]).toEqual(cited);
    expect(s.sources[`industry.products[id=${id}].routes[2].unitEnergyKgcePerT`]).toBeUndefined();
  });

  it('a route’s fuel mix is one edit; cells that keep their value keep their source', () => {
    const { s: a, id } = withClinker();
    const s = setRouteFuelShares(a, id, 0, { coal: 80, oil: 0, gas: 5, electricity: 15, heat: 0, biomass: 0 });
    expect(s.industry!.products[0]!.routes[0]!.fuelSharesPct).toEqual({ coal: 80, oil: 0, gas: 5, electricity: 15, heat: 0, biomass: 0 });
    ok(s);
    expect(setRouteFuelShares(s, id, 0, { coal: 80 })).toBe(s);
  });
});

describe('process lines', () => {
  it('a line with no product has its own activity path from 0; switching its driver clears the other activity', () => {
    const b = bare();
    const pe = newProcessEmission(b, 'lime', '石灰', { value: 0.75, source: ref('proc-lime-cn') });
    expect(pe.activityWanT).toBe(0);
    let s = addProcessEmission(b, pe);
    ok(s);
    s = setProcessDriver(s, pe.id, { own: 20 });
    // 20 万t lime × 0.75 = 15 万tCO2
    expect(runScenario(s).years[0]!.processCo2).toBeCloseTo(15, 9);
    const p = addProduct(s, newProduct(s, 'lime', '石灰', '竖窑'));
    const pid = p.industry!.products[0]!.id;
    s = setProcessDriver(p, pe.id, { productId: pid });
    expect(s.industry!.processEmissions[0]).toMatchObject({ productId: pid });
    expect(s.industry!.processEmissions[0]!.activityWanT).toBeUndefined();
    ok(s);
    s = setProcessDriver(s, pe.id, { own: 5 });
    expect(s.industry!.processEmissions[0]!.productId).toBeUndefined();
    expect(s.industry!.processEmissions[0]!.activityWanT).toBe(5);
    ok(s);
    expect(removeProcessEmission(s, pe.id).industry!.processEmissions).toEqual([]);
  });
});

describe('reporting shares, forest, peak scope', () => {
  it('sets and clears a 1+N share; `sectorReporting` goes with its last share', () => {
    const b = bare();
    const s = setSectorShare(b, 'constructionShareOfIndustryPct', 4);
    expect(s.sectorReporting).toEqual({ constructionShareOfIndustryPct: 4 });
    ok(s);
    expect(setSectorShare(s, 'constructionShareOfIndustryPct', 4)).toBe(s);
    expect(setSectorShare(s, 'constructionShareOfIndustryPct', undefined)).toEqual(b);
  });

  it('adds the forest with cited factors; the sink follows the gain-loss rule; removing it restores the scenario', () => {
    const b = bare();
    const factors: ForestFactors = {
      woodDensityTPerM3: { value: 0.5, source: ref('d') },
      biomassExpansionFactor: { value: 1.5, source: ref('bef') },
      rootShootRatio: { value: 0.2, source: ref('r') },
      carbonFraction: { value: 0.5, source: ref('cf') },
    };
    let s = addForest(b, 74.43, 9652, factors);
    expect(s.sources['sinks.forest.rootShootRatio']).toEqual(ref('r'));
    ok(s);
    expect(addForest(s, 1, 1, factors)).toBe(s);
    s = setValue(s, 'sinks.forest.grossGrowthPct', 5);
    s = setValue(s, 'sinks.forest.lossPct', 3);
    // base year: (5 % − 3 %) × 9,652 万m³ = 193.04 万m³; × 0.5 × 1.5 × 1.2 × 0.5 × 44/12 = 0.45 × 11/3 = 1.65 tCO2/m³ → 318.516 万tCO2
    const f = runScenario(s).years[0]!.forest!;
    expect(f.sinkCo2).toBeCloseTo(318.516, 6);
    expect(removeForest(s).sinks).toBeUndefined();
    expect(Object.keys(removeForest(s).sources).some((k) => k.startsWith('sinks'))).toBe(false);
  });

  it('peak scope: choosing the default on a scenario without the field changes nothing', () => {
    const b = bare();
    expect(setPeakScope(b, 'energy')).toBe(b);
    const s = setPeakScope(b, 'energyAndProcess');
    expect(s.accounting.peakScope).toBe('energyAndProcess');
    expect(s.sources['accounting.peakScope']).toEqual({ kind: 'user' });
    ok(s);
  });
});

describe('sector targets', () => {
  it('a sector metric gets 工业 and a start year; another metric loses the sector; the sector can be changed', () => {
    const b = bare();
    const t = b.targets[0]!;
    // a CO2-intensity target of some % in some year becomes a sector peak by that year
    let s = setTargetMetric(b, t.id, 'sectorPeakYear');
    expect(s.targets[0]).toMatchObject({ metric: 'sectorPeakYear', sector: 'industry', value: t.year });
    ok(s);
    s = setValue(s, `targets[0].value`, 2030);
    s = setTargetSector(s, t.id, 'transport');
    expect(s.targets[0]!.sector).toBe('transport');
    ok(s);
    const back = setTargetMetric(s, t.id, 'peakYear');
    expect(back.targets[0]!.sector).toBeUndefined();
    ok(back);
    // an intensity target can only be industry's: switching to it resets the sector
    const i = setTargetMetric(s, t.id, 'sectorIntensityReduction');
    expect(i.targets[0]).toMatchObject({ sector: 'industry', value: 0 });
    expect(i.targets[0]!.fromYear).toBeDefined();
  });
});
