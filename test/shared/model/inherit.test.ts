import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyOverrides, applyOverridesWithReport, deriveFrom, diffScenario, formatOverridePath, InheritanceError, isOverridden, parseOverridePath,
  resetOverride, resolveChain, resolveChainWithReport, valueAt, type DerivedScenario, type Override,
} from '../../../shared/model/inherit';
import { addProject, removeProject, setValue, updateProject } from '../../../shared/model/ops';
import { setAt } from '../../../shared/model/path';
import { IssueError } from '../../../shared/model/issue-codes';
import type { Generator, Scenario, Target } from '../../../shared/model/scenario';
import type { Series } from '../../../shared/model/series';
import { validateScenario } from '../../../shared/model/validate';
import { makeScenario } from '../../helpers/make-scenario';

const doc = (line: number) => ({ kind: 'document', file: '000_test.txt', line, quote: '引文' }) as const;
const gen = (id: string, type: Generator['type'], capacityMW: number, utilisationHours: Series, commissioningYear = 2020): Generator => ({
  id, name: `${type} ${id}`, type, capacityMW, utilisationHours, commissioningYear, status: commissioningYear > 2020 ? 'planned' : 'operating',
  included: true, source: doc(commissioningYear),
});
const target = (id: string, metric: Target['metric'], year: number, value: number, fromYear?: number): Target => ({
  id, label: id, metric, year, value, binding: true, source: doc(7), ...(fromYear ? { fromYear } : {}),
});

/** A small but real-shaped county: fleet, projects with the three series forms, storage, targets, sources. */
function county(): Scenario {
  return makeScenario((s) => {
    s.id = 'county-base';
    s.name = '县基准情景';
    s.nameEn = 'County baseline';
    s.region = { name: '测试县', nameEn: 'Test County', code: '441882' };
    s.economy.gdpGrowthPct = [{ year: 2020, value: 6 }, { year: 2025, value: 5 }, { year: 2030, value: 4.5 }];
    s.energy.intensityDeclinePct = { expr: 'interp(2020, 3, 2030, 2.5)' };
    s.energy.sectors.industry = { sharePct: 70, fuelSharesPct: { coal: 45, oil: 5, gas: 5, electricity: 40, heat: 5, biomass: 0 } };
    s.energy.sectors.services = { sharePct: 30, fuelSharesPct: { coal: 0, oil: 20, gas: 10, electricity: 70, heat: 0, biomass: 0 } };
    s.electricity.fleet = [gen('fleet-hydro', 'hydro', 120, 3800), gen('fleet-coal', 'coal', 60, 4200)];
    s.electricity.projects = [
      gen('lz-pv-xingzi-40', 'pv', 40, 1100, 2023),
      gen('wind-1', 'wind', 50, [{ year: 2024, value: 2000 }, { year: 2030, value: 2200 }], 2024),
      gen('pv-2', 'pv', 30, { expr: 'step(2020, 1000, 2026, 1150)' }, 2026),
    ];
    s.electricity.pumpedStorage = [{ id: 'ps-1', name: '抽水蓄能', capacityMW: 1200, storageHours: 6, roundTripEfficiencyPct: 75, annualCycles: 250,
      attribution: 'legacyCo2Only', commissioningYear: 2027, status: 'planned', included: true, source: doc(40) }];
    s.targets = [target('co2-int-2025', 'co2IntensityReduction', 2025, 19.5, 2020), target('peak', 'peakYear', 2030, 2030)];
    s.sources = {
      '': { kind: 'assumed', reason: 'test' },
      'economy.baseGdpYiYuan': doc(3),
      'economy.gdpGrowthPct': doc(4),
      'electricity.gridEmissionFactor': { kind: 'reference', refId: 'mee-2022', citation: 'MEE 2022 grid factor', year: 2022 },
    };
  });
}

// The preset library may not be in every checkout: load it if present, skip its test otherwise.
import { presetById } from '../../../seeds/index';
const lianzhou = presetById('lianzhou-policy');

const child = (parent: Scenario, overrides: Override[], id = 'child'): DerivedScenario => ({ id, parentId: parent.id, name: `${id} 情景`, overrides });
const clone = <T,>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const deepFreeze = <T,>(v: T): T => { if (v && typeof v === 'object') { Object.freeze(v); Object.values(v).forEach(deepFreeze); } return v; };

describe('override paths', () => {
  it('parse and format round trip, ids and quoted keys included', () => {
    for (const p of ['economy.gdpGrowthPct', 'energy.sectors.industry.fuelSharesPct.coal', 'electricity.projects[id=lz-pv-xingzi-40].capacityMW',
      'electricity.projects[id=new-pv-1]', 'targets[id=peak].value', 'sources["economy.gdpGrowthPct"]', 'sources[""]', 'sources["a\\"]b"]']) {
      expect(formatOverridePath(parseOverridePath(p))).toBe(p);
    }
    expect(parseOverridePath('electricity.projects[id=a.b].capacityMW')).toEqual([{ key: 'electricity' }, { key: 'projects' }, { id: 'a.b' }, { key: 'capacityMW' }]);
    expect(formatOverridePath(parseOverridePath('sources.populationWan'))).toBe('sources["populationWan"]');
    expect(isOverridden(child(county(), [{ path: 'sources.populationWan', value: { kind: 'user' } }]), 'sources["populationWan"]')).toBe(true);
    expect(parseOverridePath('sources["electricity.projects[id=x].note"]')).toEqual([{ key: 'sources' }, { key: 'electricity.projects[id=x].note' }]);
  });
  it('rejects index-based and malformed paths', () => {
    for (const p of ['electricity.projects[3]', '', '.a', 'a..b', 'a[id=]', 'a[id=x]b', 'sources["x]']) {
      let issue: unknown;
      try {
        parseOverridePath(p);
      } catch (err) {
        issue = err instanceof IssueError ? err.issue : err;
      }
      expect(issue).toEqual(p === '' ? { code: 'derive.emptyPath', params: {} } : { code: 'derive.badPath', params: { path: p, rest: expect.any(String) } });
    }
  });
});

describe('diffScenario', () => {
  const parent = county();
  it('is empty for an unchanged scenario and ignores the own fields', () => {
    expect(diffScenario(parent, parent)).toEqual([]);
    expect(diffScenario(parent, { ...parent, id: 'x', name: 'y', nameEn: 'z', description: 'd' })).toEqual([]);
  });
  it('records a value edit with its source, by path', () => {
    const edited = setValue(parent, 'economy.baseGdpYiYuan', 120);
    expect(diffScenario(parent, edited)).toEqual([
      { path: 'economy.baseGdpYiYuan', value: 120 },
      { path: 'sources["economy.baseGdpYiYuan"]', value: { kind: 'user' } },
    ]);
  });
  it('replaces series whole: one changed point replaces the whole point list', () => {
    const edited = clone(parent);
    (edited.economy.gdpGrowthPct as { year: number; value: number }[])[1]!.value = 5.5;
    expect(diffScenario(parent, edited)).toEqual([{ path: 'economy.gdpGrowthPct', value: edited.economy.gdpGrowthPct }]);
    const expr = { ...parent, energy: { ...parent.energy, intensityDeclinePct: { expr: 'interp(2020, 3, 2030, 2.5)', baseValue: 1 } } };
    expect(diffScenario(parent, expr)).toEqual([{ path: 'energy.intensityDeclinePct', value: { expr: 'interp(2020, 3, 2030, 2.5)', baseValue: 1 } }]);
  });
  it('addresses list items by id: field edit, added item, removed item, removed optional field', () => {
    let edited = updateProject(parent, 'lz-pv-xingzi-40', { capacityMW: 60 });
    edited = addProject(edited, gen('new-pv-1', 'pv', 25, 1100, 2028));
    edited = removeProject(edited, 'wind-1');
    edited = { ...edited, targets: edited.targets.map((t) => (t.id === 'co2-int-2025' ? { ...t, value: 20 } : t)), region: { name: '测试县' } };
    expect(diffScenario(parent, edited)).toEqual([
      { path: 'region.nameEn', removed: true },
      { path: 'region.code', removed: true },
      { path: 'electricity.projects[id=wind-1]', removed: true },
      { path: 'electricity.projects[id=lz-pv-xingzi-40].capacityMW', value: 60 },
      { path: 'electricity.projects[id=new-pv-1]', value: gen('new-pv-1', 'pv', 25, 1100, 2028) },
      { path: 'targets[id=co2-int-2025].value', value: 20 },
    ]);
  });
  it('expresses a changed order as remove + re-append of the moved item', () => {
    const [a, b, c] = parent.electricity.projects;
    const edited = { ...parent, electricity: { ...parent.electricity, projects: [a!, c!, b!] } };
    expect(diffScenario(parent, edited)).toEqual([
      { path: 'electricity.projects[id=wind-1]', removed: true },
      { path: 'electricity.projects[id=wind-1]', value: b },
    ]);
    expect(applyOverrides(parent, child(parent, diffScenario(parent, edited))).electricity.projects.map((p) => p.id)).toEqual(['lz-pv-xingzi-40', 'pv-2', 'wind-1']);
  });
});

describe('applyOverrides', () => {
  it('does not mutate the parent, takes the child own fields and gives a valid scenario', () => {
    const parent = deepFreeze(county());
    const before = clone(parent);
    const c: DerivedScenario = { ...child(parent, [{ path: 'economy.gdpGrowthPct', value: 7 }, { path: 'electricity.projects[id=lz-pv-xingzi-40].capacityMW', value: 80 }]), description: '高增长' };
    const out = applyOverrides(parent, c);
    expect(parent).toEqual(before);
    expect(out).toMatchObject({ id: 'child', name: 'child 情景', description: '高增长', economy: { gdpGrowthPct: 7 } });
    expect(out.nameEn).toBeUndefined(); // the parent's English name is not inherited
    expect(valueAt(out, 'electricity.projects[id=lz-pv-xingzi-40].capacityMW')).toBe(80);
    const v = validateScenario(out);
    expect(v.ok ? [] : v.issues).toEqual([]);
  });
  it('does not share override values with the result', () => {
    const parent = county();
    const c = child(parent, [{ path: 'economy.gdpGrowthPct', value: [{ year: 2020, value: 3 }] }]);
    const out = applyOverrides(parent, c);
    (out.economy.gdpGrowthPct as { value: number }[])[0]!.value = 99;
    expect(c.overrides[0]).toEqual({ path: 'economy.gdpGrowthPct', value: [{ year: 2020, value: 3 }] });
  });
  it('drops and reports overrides whose target the parent no longer has, without crashing', () => {
    const parent = county();
    const c = child(parent, [
      { path: 'electricity.projects[id=wind-1].capacityMW', value: 80 },
      { path: 'economy.gdpGrowthPct', value: 7 },
      { path: 'electricity.projects[id=pv-2]', removed: true },
      { path: 'electricity.projects[3].capacityMW', value: 1 },
      { path: 'name', value: 'not mine' },
    ]);
    const parentWithoutWind = removeProject(removeProject(parent, 'wind-1'), 'pv-2');
    const { scenario, stale } = applyOverridesWithReport(parentWithoutWind, c);
    expect(scenario.economy.gdpGrowthPct).toBe(7);
    expect(scenario.electricity.projects.map((p) => p.id)).toEqual(['lz-pv-xingzi-40']);
    expect(stale.map((s) => s.override.path)).toEqual(['electricity.projects[id=wind-1].capacityMW', 'electricity.projects[3].capacityMW', 'name']);
    expect(stale.map((s) => s.reason)).toEqual([
      { code: 'derive.staleGone', params: { path: 'electricity.projects[id=wind-1]' } },
      { code: 'derive.badPath', params: { path: 'electricity.projects[3].capacityMW', rest: '[3].capacityMW' } },
      { code: 'derive.ownField', params: { path: 'name' } },
    ]);
    expect(scenario.name).toBe('child 情景');
  });
});

describe('inheritance', () => {
  it('a parent change reaches every child that did not override the value, and not those that did', () => {
    const parent = county();
    const keeps = child(parent, [{ path: 'economy.gdpGrowthPct', value: 7 }], 'keeps');
    const follows = child(parent, [{ path: 'electricity.gridEmissionFactor', value: 0.45 }], 'follows');
    const edited = setValue(setValue(parent, 'economy.gdpGrowthPct', 3), 'electricity.projects[0].capacityMW', 55);
    expect(applyOverrides(edited, keeps).economy.gdpGrowthPct).toBe(7);
    expect(applyOverrides(edited, follows).economy.gdpGrowthPct).toBe(3);
    for (const c of [keeps, follows]) expect(applyOverrides(edited, c).electricity.projects[0]!.capacityMW).toBe(55);
  });

  it('property: every path shows the child value where overridden, otherwise the (changed) parent value', () => {
    const paths = ['economy.baseGdpYiYuan', 'economy.gdpGrowthPct', 'energy.intensityDeclinePct', 'electricity.gridEmissionFactor', 'populationWan',
      'energy.sectors.industry.fuelSharesPct.coal', 'electricity.projects[id=wind-1].capacityMW', 'electricity.projects[id=pv-2].utilisationHours',
      'electricity.pumpedStorage[id=ps-1].annualCycles', 'targets[id=peak].value', 'sources["economy.gdpGrowthPct"]'];
    const value = fc.oneof(fc.integer({ min: 0, max: 500 }), fc.constant([{ year: 2022, value: 3 }]), fc.constant({ kind: 'user', note: 'x' }));
    const edits = fc.dictionary(fc.constantFrom(...paths), value);
    fc.assert(fc.property(edits, edits, (childEdits, parentEdits) => {
      const base = county();
      const c = child(base, Object.entries(childEdits).map(([path, v]) => ({ path, value: v })));
      const newParent = Object.entries(parentEdits).reduce((s, [path, v]) => applyOverrides(s, { ...child(s, [{ path, value: v }]), id: s.id, name: s.name, nameEn: s.nameEn! }), base);
      const out = applyOverrides(newParent, c);
      for (const p of paths) expect(valueAt(out, p)).toEqual(p in childEdits ? childEdits[p] : valueAt(newParent, p));
    }), { numRuns: 200 });
  });

  it('reset restores the parent value (and its source) and returns a new child', () => {
    const parent = county();
    const c = deriveFrom(parent, updateProject(setValue(parent, 'economy.gdpGrowthPct', 8), 'pv-2', { capacityMW: 99, note: 'enlarged' }));
    expect(isOverridden(c, 'economy.gdpGrowthPct')).toBe(true);
    expect(isOverridden(c, 'electricity.projects[id=pv-2]')).toBe(true); // a field below it is overridden
    expect(isOverridden(c, 'electricity.projects[id=wind-1]')).toBe(false);
    const r = resetOverride(c, 'economy.gdpGrowthPct');
    expect(r).not.toBe(c);
    expect(c.overrides).toHaveLength(4);
    expect(r.overrides.map((o) => o.path)).toEqual(['electricity.projects[id=pv-2].capacityMW', 'electricity.projects[id=pv-2].note']);
    const out = applyOverrides(parent, r);
    expect(out.economy.gdpGrowthPct).toEqual(parent.economy.gdpGrowthPct);
    expect(out.sources['economy.gdpGrowthPct']).toEqual(parent.sources['economy.gdpGrowthPct']);
    const all = resetOverride(r, 'electricity.projects[id=pv-2]');
    expect(all.overrides).toEqual([]);
    expect(applyOverrides(parent, all)).toEqual({ ...parent, id: 'county-base', name: parent.name, nameEn: 'County baseline' });
  });

  it('adds and removes projects in the child; a parent-side edit of a child-removed project stays removed', () => {
    const parent = county();
    const edited = removeProject(addProject(parent, gen('new-pv-1', 'pv', 25, 1100, 2028)), 'wind-1');
    const c = deriveFrom(parent, { ...edited, id: 'c', name: 'c' });
    const newParent = updateProject(addProject(parent, gen('parent-new', 'hydro', 10, 3000, 2025)), 'wind-1', { capacityMW: 75 });
    const out = applyOverrides(newParent, c);
    expect(out.electricity.projects.map((p) => p.id)).toEqual(['lz-pv-xingzi-40', 'pv-2', 'parent-new', 'new-pv-1']);
    expect(isOverridden(c, 'electricity.projects[id=new-pv-1].capacityMW')).toBe(true);
    expect(applyOverridesWithReport(newParent, c).stale).toEqual([]);
  });

  it('resolves multi-level chains; a root change reaches the grandchild', () => {
    const root = county();
    const mid: DerivedScenario = { id: 'mid', parentId: 'county-base', name: '中', overrides: [{ path: 'economy.gdpGrowthPct', value: 5 }, { path: 'electricity.gridEmissionFactor', value: 0.4 }] };
    const leaf: DerivedScenario = { id: 'leaf', parentId: 'mid', name: '叶', overrides: [{ path: 'electricity.gridEmissionFactor', value: 0.3 }, { path: 'electricity.projects[id=gone].capacityMW', value: 1 }] };
    const store = new Map<string, Scenario | DerivedScenario>([['county-base', root], ['mid', mid], ['leaf', leaf]]);
    const out = resolveChain('leaf', (id) => store.get(id));
    expect(out).toMatchObject({ id: 'leaf', name: '叶', economy: { gdpGrowthPct: 5 }, electricity: { gridEmissionFactor: 0.3 } });
    expect(resolveChainWithReport('leaf', (id) => store.get(id)).stale.map((s) => s.scenarioId)).toEqual(['leaf']);
    store.set('county-base', setValue(root, 'populationWan', 77));
    expect(resolveChain('leaf', (id) => store.get(id)).populationWan).toBe(77);
    expect(resolveChain('county-base', (id) => store.get(id))).toBe(store.get('county-base'));
  });

  it('names the cycle and the missing parent', () => {
    const d = (id: string, parentId: string): DerivedScenario => ({ id, parentId, name: id, overrides: [] });
    const store = new Map<string, Scenario | DerivedScenario>([['a', d('a', 'b')], ['b', d('b', 'c')], ['c', d('c', 'a')], ['self', d('self', 'self')], ['orphan', d('orphan', 'nowhere')]]);
    const lookup = (id: string) => store.get(id);
    const failure = (id: string) => (() => { try { resolveChain(id, lookup); } catch (e) { return e; } })() as InheritanceError;
    expect(failure('a')).toMatchObject({ kind: 'cycle', issue: { code: 'derive.cycle', params: { chain: ['a', 'b', 'c', 'a'] } } });
    expect(failure('self').issue).toEqual({ code: 'derive.cycle', params: { chain: ['self', 'self'] } });
    const err = failure('orphan');
    expect(err).toBeInstanceOf(InheritanceError);
    expect(err).toMatchObject({ kind: 'missing', chain: ['orphan', 'nowhere'], issue: { code: 'derive.missing', params: { id: 'orphan', parent: 'nowhere' } } });
    expect(failure('unknown').issue).toEqual({ code: 'derive.notFound', params: { id: 'unknown' } });
  });
});

describe('round trip: diff then apply gives the edited scenario back', () => {
  type Edit = (s: Scenario) => Scenario;
  const num = fc.double({ min: -1000, max: 1000, noNaN: true });
  const series: fc.Arbitrary<Series> = fc.oneof(
    num,
    fc.array(fc.record({ year: fc.integer({ min: 2020, max: 2060 }), value: num }), { minLength: 1, maxLength: 4 }),
    fc.record({ expr: fc.constantFrom('2 + year / 1000', 'interp(2020, 1, 2030, 2)'), baseValue: num }, { requiredKeys: ['expr'] }),
  );
  const source = fc.constantFrom({ kind: 'user' } as const, doc(99), { kind: 'assumed', reason: '专家判断' } as const);
  const VALUE_PATHS = ['economy.baseGdpYiYuan', 'economy.gdpGrowthPct', 'energy.intensityDeclinePct', 'energy.sectors.industry.fuelSharesPct.coal',
    'energy.sectors.services.sharePct', 'electricity.gridEmissionFactor', 'electricity.heatRateGcePerKWh.gas', 'emissionFactors.tCo2PerTce.oil',
    'conventions.coalSubstitutionGcePerKWh', 'populationWan', 'endYear', 'region.parentRegion'];
  const SOURCE_KEYS = ['economy.gdpGrowthPct', 'electricity.projects[id=pv-2].capacityMW', 'a"b', '', 'new.key'];
  const mutate = (f: (m: Scenario) => void): Edit => (s) => { const m = clone(s); f(m); return m; };
  const pick = <T,>(list: T[], i: number): T | undefined => list[i % Math.max(1, list.length)];

  const edit: fc.Arbitrary<Edit> = fc.oneof(
    fc.tuple(fc.constantFrom(...VALUE_PATHS), series, source).map(([p, v, src]): Edit => (s) => setValue(s, p, v, src)),
    fc.tuple(fc.constantFrom(...VALUE_PATHS), series).map(([p, v]): Edit => (s) => setAt(s, p, v)), // value without its source
    fc.constantFrom<Edit>(
      mutate((m) => { delete m.region.nameEn; }), mutate((m) => { delete m.region.code; }), mutate((m) => { m.accounting.energyControl = 'nonFossilExcluded'; }),
      mutate((m) => { m.id = 'edited-id'; m.name = '改名'; m.description = '说明'; delete m.nameEn; }),
    ),
    fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 3000 })).map(([n, at, mw]): Edit => (s) => {
      const id = `new-${n}`;
      if (s.electricity.projects.some((p) => p.id === id)) return updateProject(s, id, { capacityMW: mw });
      return mutate((m) => { m.electricity.projects.splice(at % (m.electricity.projects.length + 1), 0, gen(id, 'pv', mw, 1100, 2025)); })(s);
    }),
    fc.integer({ min: 0, max: 9 }).map((i): Edit => (s) => { const p = pick(s.electricity.projects, i); return p ? removeProject(s, p.id) : s; }),
    fc.tuple(fc.integer({ min: 0, max: 9 }), fc.oneof(
      num.map((capacityMW) => ({ capacityMW }) as Partial<Generator>),
      series.map((utilisationHours) => ({ utilisationHours })),
      fc.constantFrom<Partial<Generator>>({ retirementYear: 2040 }, { retirementYear: undefined }, { note: '备注' }, { note: undefined }, { included: false }, { status: 'underConstruction' }),
      source.map((src) => ({ source: src })),
    )).map(([i, patch]): Edit => (s) => { const p = pick(s.electricity.projects, i); return p ? updateProject(s, p.id, patch) : s; }),
    fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })).map(([i, j]) => mutate((m) => {
      const list = m.electricity.projects;
      if (!list.length) return;
      const [moved] = list.splice(i % list.length, 1);
      list.splice(j % (list.length + 1), 0, moved!);
    })),
    fc.tuple(fc.integer({ min: 0, max: 9 }), series).map(([i, h]) => mutate((m) => { const g = pick(m.electricity.fleet, i); if (g) g.utilisationHours = h; })),
    fc.tuple(fc.integer({ min: 0, max: 9 }), fc.boolean()).map(([i, drop]) => mutate((m) => { if (drop) m.electricity.fleet.splice(i % 3, 1); else m.electricity.pumpedStorage.push({ ...m.electricity.pumpedStorage[0] ?? county().electricity.pumpedStorage[0]!, id: `ps-${i + 2}` }); })),
    fc.tuple(fc.integer({ min: 0, max: 9 }), num).map(([i, v]) => mutate((m) => { const ps = pick(m.electricity.pumpedStorage, i); if (ps) ps.annualCycles = v; })),
    fc.tuple(fc.integer({ min: 0, max: 9 }), num, fc.constantFrom('update', 'remove', 'add')).map(([i, v, op]) => mutate((m) => {
      const t = pick(m.targets, i);
      if (op === 'update' && t) t.value = v;
      else if (op === 'remove' && t) m.targets = m.targets.filter((x) => x !== t);
      else if (op === 'add' && !m.targets.some((x) => x.id === `t-${i}`)) m.targets.push(target(`t-${i}`, 'co2Cap', 2030, Math.abs(v) + 1));
    })),
    fc.tuple(fc.constantFrom(...SOURCE_KEYS), fc.option(source, { nil: undefined })).map(([k, src]) => mutate((m) => { if (src) m.sources[k] = src; else delete m.sources[k]; })),
  );

  const roundTrip = (parent: Scenario, edits: Edit[]) => {
    const edited = edits.reduce((s, f) => f(s), parent);
    const c = deriveFrom(parent, edited);
    const { scenario, stale } = applyOverridesWithReport(parent, c);
    expect(scenario).toEqual(edited);
    expect(stale).toEqual([]);
    expect(diffScenario(parent, scenario)).toEqual(c.overrides); // canonical: diffing the result gives the same overrides
    return { edited, c };
  };

  it('for random edits of a real-shaped county scenario (makeScenario)', () => {
    const parent = deepFreeze(county());
    fc.assert(fc.property(fc.array(edit, { maxLength: 12 }), (edits) => { roundTrip(parent, edits); }), { numRuns: 400 });
  });

  it('for random edits of the round makeScenario itself', () => {
    const parent = deepFreeze(makeScenario());
    fc.assert(fc.property(fc.array(edit, { maxLength: 8 }), (edits) => { roundTrip(parent, edits); }), { numRuns: 150 });
  });

  it('minimal: leaving out any one override no longer reproduces the edited scenario', () => {
    const parent = deepFreeze(county());
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
      const { edited, c } = roundTrip(parent, edits);
      c.overrides.forEach((_, i) => {
        expect(applyOverrides(parent, { ...c, overrides: c.overrides.filter((__, j) => j !== i) })).not.toEqual(edited);
      });
    }), { numRuns: 150 });
  });

  it('for random edits of the lianzhou-policy preset', () => {
    const parent = deepFreeze(clone(lianzhou!));
    const v = validateScenario(parent);
    expect(v.ok ? [] : v.issues).toEqual([]);
    fc.assert(fc.property(fc.array(edit, { maxLength: 12 }), (edits) => { roundTrip(parent, edits); }), { numRuns: 200 });
  });
});
