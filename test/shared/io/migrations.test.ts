import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../shared/engine/run';
import {
  CURRENT_FORMAT_VERSION,
  fractionToPct,
  legacyPathV0,
  migrateFileV0toV1,
  migrateGeneratorV0,
  migrateScenarioV0,
  migrateSectorsV0,
  migrateSeriesV0,
  migrateTargetV0,
  migrateToCurrent,
  MIGRATIONS,
} from '../../../shared/io/migrations';
import { scenarioToSchema2 } from '../../../shared/io/migrate-accounting';
import type { IoWarning } from '../../../shared/io/problems';
import { validateScenario } from '../../../shared/model/validate';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('migration chain', () => {
  it('has one step per version up to the current one', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(Array.from({ length: CURRENT_FORMAT_VERSION }, (_, i) => [i, i + 1]));
  });

  it('migrateToCurrent passes through every version and leaves the input untouched', () => {
    const doc = fixture('scenario-v0-nanhai.json');
    const before = JSON.stringify(doc);
    const warnings: IoWarning[] = [];
    const r = migrateToCurrent(doc, 0, warnings);
    expect(r.versions).toEqual([0, 1, 2, 3, 4]);
    expect(r.doc).toMatchObject({ format: 'carbon-peak-planner', formatVersion: 4 });
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('does nothing for a current document', () => {
    const doc = { format: 'carbon-peak-planner', formatVersion: 4, scenarios: [] };
    expect(migrateToCurrent(doc, 4, [])).toEqual({ doc, versions: [4] });
  });

  it('a prototype scenario reaches the current schema under the legacy methods its switch meant', () => {
    const file = fixture('scenario-v0-nanhai.json');
    const strict = migrateToCurrent(file, 0, []).doc.scenarios as Record<string, unknown>[];
    expect(strict[0]).toMatchObject({ schemaVersion: 2, accounting: { energyControl: 'none', renewableAttribution: 'localBalance', electricityCo2: 'netImports', gridFactorScope: 'custom', peakTolerancePct: 2 } });
    expect(strict[0]!.conventions).not.toHaveProperty('excludeNewRenewablesFromIntensity');
    const lenient = { ...file, scenario: { ...(file.scenario as object), excludeNewRenewables: true } };
    const out = migrateToCurrent(lenient, 0, []).doc.scenarios as Record<string, unknown>[];
    expect(out[0]!.accounting).toMatchObject({ energyControl: 'legacyNewRenewables' });
    expect(validateScenario(out[0]).ok).toBe(true);
  });
});

describe('format 0 → 1, step by step', () => {
  it('fractionToPct removes binary noise', () => {
    expect(0.28 * 100).not.toBe(28);
    expect(fractionToPct(0.28)).toBe(28);
    expect(fractionToPct(0.205)).toBe(20.5);
    expect(fractionToPct(0.07)).toBe(7);
  });

  it('migrateSeriesV0: numbers, by-year maps (sorted), percentages', () => {
    expect(migrateSeriesV0(5)).toBe(5);
    expect(migrateSeriesV0(0.05, true)).toBe(5);
    expect(migrateSeriesV0({ '2030': 0.04, '2020': 0.06 }, true)).toEqual([
      { year: 2020, value: 6 },
      { year: 2030, value: 4 },
    ]);
    // not understood: carried over for validation to report
    expect(migrateSeriesV0('abc', true)).toBe('abc');
    expect(migrateSeriesV0({ foo: 1 })).toEqual({ foo: 1 });
  });

  it('migrateGeneratorV0: renamed fields, solar → pv, status labels, counted → included, a source', () => {
    const w: IoWarning[] = [];
    const g = migrateGeneratorV0(
      { name: '屋顶光伏', type: 'solar', mw: 300, hours: { '2022': 1000, '2030': 1050 }, start: 2023, status: '在建', counted: false, note: 'n', colour: 'red' },
      'project-1', false, 'scenario.power.projects[0]', w,
    );
    expect(g).toEqual({
      id: 'project-1', name: '屋顶光伏', type: 'pv', capacityMW: 300,
      utilisationHours: [{ year: 2022, value: 1000 }, { year: 2030, value: 1050 }],
      commissioningYear: 2023, status: 'underConstruction', included: false,
      source: expect.objectContaining({ kind: 'user' }), note: 'n',
    });
    expect(w).toEqual([expect.objectContaining({ path: 'scenario.power.projects[0].colour' })]);
    const existing = migrateGeneratorV0({ name: 'x', type: 'coal', mw: 1, hours: 1, start: 2000, retire: 2030 }, 'fleet-1', true, 'p', []);
    expect(existing).toMatchObject({ status: 'operating', included: true, retirementYear: 2030 });
  });

  it('migrateTargetV0: ids, from → fromYear, fractions only for percentage metrics', () => {
    const w: IoWarning[] = [];
    expect(migrateTargetV0({ label: 'a', metric: 'co2IntensityReduction', from: 2020, year: 2025, value: 0.205, binding: true }, 0, 't', w)).toMatchObject({
      id: 'target-1', fromYear: 2020, value: 20.5, binding: true,
    });
    expect(migrateTargetV0({ label: 'b', metric: 'co2Cap', year: 2030, value: 2800 }, 1, 't', w)).toMatchObject({ id: 'target-2', value: 2800, binding: false });
    expect(migrateTargetV0({ label: 'c', metric: 'peakYear', year: 2030, value: 2030 }, 2, 't', w)).toMatchObject({ value: 2030 });
    expect(w).toEqual([]);
  });

  it('migrateSectorsV0: residential → households, shares to %, a warning for values above 1', () => {
    const w: IoWarning[] = [];
    const out = migrateSectorsV0(
      { residential: { share: 0.1, fuels: { gas: 0.2, electricity: 0.8 } }, industry: { share: 0.9, fuels: { coal: 60, electricity: 0.4 } } },
      's.sectors', w,
    );
    expect(out).toEqual({
      households: { sharePct: 10, fuelSharesPct: { gas: 20, electricity: 80 } },
      industry: { sharePct: 90, fuelSharesPct: { coal: 6000, electricity: 40 } },
    });
    // coal 60 where a fraction was expected: read as 60 × 100 = 6000 %, and said so
    expect(w).toEqual([{ path: 's.sectors.industry.fuels.coal', code: 'migrate.fraction', params: { value: 60, pct: 6000 } }]);
  });

  it('migrateScenarioV0: the fixture becomes a valid scenario that runs', () => {
    const file = fixture('scenario-v0-nanhai.json');
    const w: IoWarning[] = [];
    const s = migrateScenarioV0(file.scenario, 0, 'scenario', w);
    // schema 1, as format 1 held; the step to format 3 carries it on (migrate-accounting.test.ts)
    expect(s).toMatchObject({ schemaVersion: 1, conventions: { excludeNewRenewablesFromIntensity: false } });
    const checked = validateScenario(scenarioToSchema2(s));
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    if (!checked.ok) return;
    const sc = checked.scenario;
    expect(sc.economy.baseGdpYiYuan).toBe(3185);
    expect(sc.economy.gdpGrowthPct).toEqual([
      { year: 2021, value: 8.5 }, { year: 2022, value: 5 }, { year: 2025, value: 5.5 }, { year: 2030, value: 4.5 }, { year: 2035, value: 4 },
    ]);
    expect(sc.region).toEqual({ name: '佛山市南海区', parentRegion: '广东省' });
    expect(sc.energy.inputConvention).toBe('coalSubstitution');
    expect(sc.conventions.primaryElectricity).toBe('coalSubstitution');
    expect(sc.energy.sectors.households.fuelSharesPct.biomass).toBe(3);
    expect(sc.electricity.fleet.map((g) => [g.id, g.type, g.status])).toEqual([
      ['fleet-1', 'coal', 'operating'], ['fleet-2', 'biomass', 'operating'], ['fleet-3', 'pv', 'operating'], ['fleet-4', 'gas', 'operating'],
    ]);
    expect(sc.electricity.projects[1]).toMatchObject({ id: 'project-2', included: false, status: 'planned', note: '待核准' });
    expect(sc.electricity.pumpedStorage).toEqual([]);
    expect(sc.electricity.importedNonFossilSharePct).toEqual([{ year: 2020, value: 30 }, { year: 2030, value: 42 }]);
    expect(sc.targets.map((t) => [t.id, t.value, t.binding])).toEqual([['target-1', 20.5, true], ['target-2', 25, false], ['target-3', 2030, true]]);
    expect(sc.sources).toEqual({});
    expect(w).toEqual([]);
    const r = runScenario(sc);
    expect(r.years).toHaveLength(16);
    expect(r.years[0]!.energy).toBeCloseTo(3185 * 0.32, 6);
  });

  it('migrateScenarioV0: a bad id is replaced with a warning; missing values stay missing', () => {
    const w: IoWarning[] = [];
    const s = migrateScenarioV0({ id: '台山-低碳', name: 'x' }, 1, 'scenarios[1]', w) as Record<string, unknown>;
    expect(s.id).toBe('legacy-2');
    expect(s.economy).toEqual({});
    expect(w[0]).toMatchObject({ path: 'scenarios[1].id' });
    expect(migrateScenarioV0('not an object', 0, 'x', [])).toBe('not an object');
  });

  it('migrateFileV0toV1: envelope, single and list forms', () => {
    const w: IoWarning[] = [];
    const single = migrateFileV0toV1(fixture('scenario-v0-nanhai.json'), w);
    expect(single).toMatchObject({ format: 'carbon-peak-planner', formatVersion: 1, exportedAt: '2023-05-12 10:31', appVersion: 'prototype 0.4.1' });
    expect(single.scenarios).toHaveLength(1);
    const list = migrateFileV0toV1(fixture('scenario-v0-library.json'), []);
    expect((list.scenarios as unknown[]).length).toBe(2);
    expect(w.at(-1)).toMatchObject({ path: '(file)', code: expect.stringMatching(/^migrate\.converted/) });
  });

  it('legacyPathV0 maps current paths back to prototype fields', () => {
    expect(legacyPathV0('economy.baseGdpYiYuan')).toBe('gdp');
    expect(legacyPathV0('energy.sectors.households.fuelSharesPct')).toBe('sectors.residential.fuels');
    expect(legacyPathV0('energy.sectors.industry.sharePct')).toBe('sectors.industry.share');
    expect(legacyPathV0('electricity.fleet[2].capacityMW')).toBe('power.existing[2].mw');
    expect(legacyPathV0('electricity.projects[0].status')).toBe('power.projects[0].status');
    expect(legacyPathV0('electricity.heatRateGcePerKWh.gas')).toBe('power.gasHeatRate');
    expect(legacyPathV0('targets[1].fromYear')).toBe('targets[1].from');
    expect(legacyPathV0('accounting.energyControl')).toBe('excludeNewRenewables');
    expect(legacyPathV0('baseYear')).toBeNull();
  });
});
