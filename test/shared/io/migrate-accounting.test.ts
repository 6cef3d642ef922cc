import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../shared/engine/run';
import { backupChecksum, parseBackup } from '../../../shared/io/backup';
import {
  derivedToSchema2,
  energyControlOf,
  legacyAccounting,
  migrateFileV2toV3,
  overridesToSchema2,
  scenarioToSchema2,
} from '../../../shared/io/migrate-accounting';
import { migrateToCurrent } from '../../../shared/io/migrations';
import { parseScenarioFile } from '../../../shared/io/scenario-file';
import type { Scenario } from '../../../shared/model/scenario';
import { validateScenario } from '../../../shared/model/validate';

type Obj = Record<string, unknown>;
const FILE = 'scenario-v2-legacy-accounting.json';
const text = () => readFileSync(new URL(`../../fixtures/${FILE}`, import.meta.url), 'utf8');
const fixture = () => JSON.parse(text()) as Obj;
const oldScenario = () => (fixture().scenarios as Obj[])[0]!;
const oldDerived = () => (fixture().derived as Obj[])[0]!;

const LEGACY = { renewableAttribution: 'localBalance', electricityCo2: 'netImports', gridFactorScope: 'custom', peakTolerancePct: 2 };

describe('schema 1 → 2: one scenario', () => {
  it('names the methods the scenario was counted by, field by field, and changes nothing else', () => {
    const old = oldScenario();
    const before = JSON.stringify(old);
    const s = scenarioToSchema2(old) as Obj;
    expect(JSON.stringify(old)).toBe(before);

    expect(s.schemaVersion).toBe(2);
    // the flag true: renewables commissioned after the base year left out, by local generation
    expect(s.accounting).toEqual({ energyControl: 'legacyNewRenewables', ...LEGACY });
    expect(s.conventions).toEqual({ primaryElectricity: 'calorific', coalSubstitutionGcePerKWh: 300 });
    // next to the conventions, as in the schema (and in an exported file)
    const keys = Object.keys(s);
    expect(keys[keys.indexOf('conventions') + 1]).toBe('accounting');
    const e = s.electricity as Scenario['electricity'];
    const oldE = old.electricity as Scenario['electricity'];
    expect(e.pumpedStorage).toEqual([{ ...oldE.pumpedStorage[0], attribution: 'legacyCo2Only' }]);
    expect({ ...e, pumpedStorage: [] }).toEqual({ ...oldE, pumpedStorage: [] });
    // the flag's source is the rule's source now; the others stay where they were
    const oldSources = old.sources as Obj;
    expect(s.sources).toEqual({
      '': oldSources[''],
      'economy.baseGdpYiYuan': oldSources['economy.baseGdpYiYuan'],
      'accounting.energyControl': { kind: 'user', note: '新增可再生能源不纳入能源消费总量' },
      'electricity.pumpedStorage[id=ps-1].storageHours': oldSources['electricity.pumpedStorage[id=ps-1].storageHours'],
    });
    expect(Object.keys(s.sources as Obj)[2]).toBe('accounting.energyControl');
    for (const k of Object.keys(old)) {
      if (!['schemaVersion', 'conventions', 'electricity', 'sources'].includes(k)) expect(s[k], k).toEqual(old[k]);
    }
    expect(keys.filter((k) => !(k in old))).toEqual(['accounting']);

    const checked = validateScenario(s);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
  });

  it('the flag false counts every kWh (`none`)', () => {
    const old = oldScenario();
    (old.conventions as Obj).excludeNewRenewablesFromIntensity = false;
    expect((scenarioToSchema2(old) as Obj).accounting).toEqual({ energyControl: 'none', ...LEGACY });
  });

  it('a flag that is missing or not a boolean is reported at its new place, not guessed', () => {
    const missing = oldScenario();
    delete (missing.conventions as Obj).excludeNewRenewablesFromIntensity;
    const m = validateScenario(scenarioToSchema2(missing));
    expect(m.ok ? [] : m.issues.map((i) => i.path)).toEqual(['accounting.energyControl']);
    const odd = oldScenario();
    (odd.conventions as Obj).excludeNewRenewablesFromIntensity = 'yes';
    expect(((scenarioToSchema2(odd) as Obj).accounting as Obj).energyControl).toBe('yes');
    const o = validateScenario(scenarioToSchema2(odd));
    expect(o.ok ? [] : o.issues.map((i) => i.path)).toEqual(['accounting.energyControl']);
  });

  it('leaves alone what is not a schema-1 scenario, and a plant that has its attribution', () => {
    const current = scenarioToSchema2(oldScenario());
    expect(scenarioToSchema2(current)).toBe(current);
    expect(scenarioToSchema2('text')).toBe('text');
    const noVersion = { ...oldScenario(), schemaVersion: undefined };
    expect(scenarioToSchema2(noVersion)).toBe(noVersion);
    const old = oldScenario();
    const e = old.electricity as Obj;
    e.pumpedStorage = [{ ...(e.pumpedStorage as Obj[])[0], attribution: 'host' }, 'not a plant'];
    expect(((scenarioToSchema2(old) as Obj).electricity as Obj).pumpedStorage).toEqual(e.pumpedStorage);
  });

  it('a source already given for the rule wins over the flag’s; odd keys stay keys', () => {
    const old = oldScenario();
    const mine = { kind: 'user', note: 'mine' };
    old.sources = JSON.parse('{"accounting.energyControl":{"kind":"user","note":"mine"},"conventions.excludeNewRenewablesFromIntensity":{"kind":"user"},"__proto__":{"kind":"user"}}') as Obj;
    const sources = (scenarioToSchema2(old) as Obj).sources as Obj;
    expect(Object.keys(sources)).toEqual(['accounting.energyControl', '__proto__']);
    expect(sources['accounting.energyControl']).toEqual(mine);
    expect(Object.getPrototypeOf(sources)).toBe(Object.prototype);
  });

  it('energyControlOf and legacyAccounting', () => {
    expect([energyControlOf(true), energyControlOf(false), energyControlOf(undefined), energyControlOf(1)]).toEqual(['legacyNewRenewables', 'none', undefined, 1]);
    expect(legacyAccounting(undefined)).toEqual(LEGACY);
  });
});

describe('schema 1 → 2: the changes of a derived scenario', () => {
  it('a change of the flag becomes one of the rule; its source moves; a plant added whole gets the legacy attribution', () => {
    const d = oldDerived();
    const out = derivedToSchema2(d) as { overrides: Obj[] };
    const old = d.overrides as Obj[];
    expect(out.overrides).toEqual([
      { path: 'accounting.energyControl', value: 'none' },
      { path: 'sources["accounting.energyControl"]', value: { kind: 'user', note: '严格核算' } },
      { path: 'electricity.pumpedStorage[id=ps-2]', value: { ...(old[2]!.value as Obj), attribution: 'legacyCo2Only' } },
      old[3],
    ]);
    // untouched changes are the same objects
    expect(out.overrides[3]).toBe(old[3]);
  });

  it('removals, whole objects and lists', () => {
    const plant = { id: 'ps-9', name: 'p', capacityMW: 1 };
    const list = [
      { path: 'conventions.excludeNewRenewablesFromIntensity', removed: true },
      { path: 'sources["conventions.excludeNewRenewablesFromIntensity"]', removed: true },
      { path: 'conventions', value: { primaryElectricity: 'calorific', coalSubstitutionGcePerKWh: 300, excludeNewRenewablesFromIntensity: true } },
      { path: 'sources', value: { 'conventions.excludeNewRenewablesFromIntensity': { kind: 'user' } } },
      { path: 'electricity.pumpedStorage', value: [plant] },
      { path: 'electricity', value: { pumpedStorage: [plant] } },
      { path: 'electricity.pumpedStorage[id=ps-9].capacityMW', value: 2 },
      { path: 'conventions', removed: true },
      { path: 'a..b[', value: 1 },
      7,
    ];
    expect(overridesToSchema2(list)).toEqual([
      { path: 'accounting.energyControl', removed: true },
      { path: 'sources["accounting.energyControl"]', removed: true },
      { path: 'conventions', value: { primaryElectricity: 'calorific', coalSubstitutionGcePerKWh: 300 } },
      { path: 'accounting.energyControl', value: 'legacyNewRenewables' },
      { path: 'sources', value: { 'accounting.energyControl': { kind: 'user' } } },
      { path: 'electricity.pumpedStorage', value: [{ ...plant, attribution: 'legacyCo2Only' }] },
      { path: 'electricity', value: { pumpedStorage: [{ ...plant, attribution: 'legacyCo2Only' }] } },
      list[6], list[7], list[8], 7,
    ]);
  });

  it('the same array and object when nothing needed changing', () => {
    const list = [{ path: 'economy.gdpGrowthPct', value: 3 }, { path: 'electricity.pumpedStorage[id=x]', value: { id: 'x', attribution: 'host' } }];
    expect(overridesToSchema2(list)).toBe(list);
    const d = { id: 'd', parentId: 'p', name: 'd', overrides: list };
    expect(derivedToSchema2(d)).toBe(d);
    expect(derivedToSchema2(null)).toBeNull();
  });
});

describe('format 2 → 3', () => {
  it('migrates every scenario and derived scenario and leaves its input untouched', () => {
    const doc = fixture();
    const before = JSON.stringify(doc);
    const out = migrateFileV2toV3(doc);
    expect(JSON.stringify(doc)).toBe(before);
    expect(out.formatVersion).toBe(3);
    expect(out.scenarios).toEqual([scenarioToSchema2(oldScenario())]);
    expect(out.derived).toEqual([derivedToSchema2(oldDerived())]);
    expect(migrateToCurrent(doc, 2, []).versions).toEqual([2, 3, 4]);
  });

  it('the file opens with the results it had: a hand-worked year under the legacy methods', () => {
    const r = parseScenarioFile(text());
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.formatVersion).toBe(2);
    expect(r.warnings).toEqual([]);
    const [s] = r.scenarios;
    const years = runScenario(s!).years;
    const y = (year: number) => years.find((x) => x.year === year)!;
    // 200 亿元 × 0.4 tce/万元 = 80 万tce, flat; electricity 40 % = 32 万tce = 32 / (10 × 0.1229) = 26.0374 亿kWh.
    // pv-east from 2023: 100 MW × 1,000 h = 1 亿kWh, all of it used here (the county imports), so
    // 1 × 10 × 0.1229 = 1.229 万tce is left out of the assessed total: 80 − 1.229 = 78.771.
    expect(y(2022).energyAssessed).toBeCloseTo(80, 9);
    expect(y(2025).energyAssessed).toBeCloseTo(78.771, 9);
    // ps-1 from 2028: 1,200 MW × 6 h × 250 = 1,800,000 MWh out, ÷ 0.75 in: 600,000 MWh = 6 亿kWh lost,
    // in CO2 at the grid factor (6 × 0.5 × 10 = 30 万tCO2) and, as before, not in energy.
    expect(y(2028).energy).toBeCloseTo(80, 9);
    expect(y(2028).co2BySource.storageLosses).toBeCloseTo(30, 9);
    // coal 48 万tce × 2.66 = 127.68; net imports without the losses (26.0374 − 1) × 5 = 125.1871
    expect(y(2028).co2).toBeCloseTo(127.68 + (32 / 1.229 - 1) * 5 + 30, 9);
    expect(y(2028).co2).toBeCloseTo(282.8671, 3);

    // the derived scenario: strict accounting, and its own plant counted as its parent's is
    const child = r.derivedResolved[0]!;
    expect(child.accounting.energyControl).toBe('none');
    expect(child.sources['accounting.energyControl']).toEqual({ kind: 'user', note: '严格核算' });
    expect(child.electricity.pumpedStorage.map((p) => [p.id, p.attribution])).toEqual([['ps-1', 'legacyCo2Only'], ['ps-2', 'legacyCo2Only']]);
    const c = runScenario(child).years;
    expect(c[5]!.energyAssessed).toBeCloseTo(80, 9);
    // 2030: ps-1 6 亿kWh + ps-2 (600 MW, half of ps-1) 3 亿kWh = 9 亿kWh × 5 = 45 万tCO2
    expect(c[10]!.co2BySource.storageLosses).toBeCloseTo(45, 9);
  });

  it('a scenario without the file header (a bare document) is migrated the same', () => {
    const r = parseScenarioFile(JSON.stringify(oldScenario()));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.scenarios[0]).toEqual(scenarioToSchema2(oldScenario()));
  });

  it('a format-2 backup is migrated the same when restored', () => {
    const doc = fixture();
    const content = { scenarios: doc.scenarios, derived: doc.derived, settings: {} };
    const backup = JSON.stringify({
      format: 'carbon-peak-planner-backup', formatVersion: 2, createdAt: 'x', appVersion: 'y',
      checksum: { algorithm: 'sha256', value: backupChecksum(content) }, content,
    });
    const r = parseBackup(backup);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.content.scenarios).toEqual([scenarioToSchema2(oldScenario())]);
    expect(r.content.derived).toEqual([derivedToSchema2(oldDerived())]);
    expect(r.derivedResolved[0]!.accounting.energyControl).toBe('none');
  });
});
