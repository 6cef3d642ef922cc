import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupChecksum, parseBackup } from '../../../shared/io/backup';
import { scenarioToSchema2 } from '../../../shared/io/migrate-accounting';
import { migrateToCurrent } from '../../../shared/io/migrations';
import type { IoWarning } from '../../../shared/io/problems';
import { exportScenarios, parseScenarioFile } from '../../../shared/io/scenario-file';
import { librarySourceKeysById, migrateFileV1toV2 } from '../../../shared/io/source-keys';
import type { Scenario } from '../../../shared/model/scenario';

const FILE = 'scenario-v1-positional-sources.json';
const text = () => readFileSync(new URL(`../../fixtures/${FILE}`, import.meta.url), 'utf8');
const fixture = () => JSON.parse(text()) as Record<string, unknown>;

/** The source keys of the fixture's scenario once migrated, in its order (the out-of-range one gone). */
const MIGRATED_KEYS = [
  '',
  'economy.baseGdpYiYuan',
  'electricity.projects[id=pv-east].capacityMW',
  // a point of a series inside a row: the row by id, the point by position
  'electricity.projects[id=pv-west].utilisationHours[1].value',
  'electricity.fleet[id=coal-1].capacityMW',
  'electricity.pumpedStorage[id=ps-1].storageHours',
  'targets[id=t-peak].value',
  'economy.gdpGrowthPct',
];

describe('format 1 → 2: sources keyed by row id', () => {
  it('a hand-written format-1 file reads with every source on the row its position meant', () => {
    const r = parseScenarioFile(text());
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.formatVersion).toBe(1);
    const [s] = r.scenarios;
    expect(Object.keys(s!.sources)).toEqual(MIGRATED_KEYS);
    // the entries themselves are carried over unchanged
    expect(s!.sources['electricity.projects[id=pv-east].capacityMW']).toEqual({ kind: 'user', note: 'east surveyed' });
    expect(s!.sources['targets[id=t-peak].value']).toEqual({ kind: 'assumed', reason: 'peak by 2030' });
    // projects[5] of three rows: dropped, and the warning names it and says why
    expect(r.warnings).toContainEqual({
      path: 'scenarios[0].sources["electricity.projects[5].capacityMW"]',
      code: 'sources.dropped',
      params: { key: 'electricity.projects[5].capacityMW', list: 'electricity.projects', length: 3, index: 5 },
    });
  });

  it('a derived scenario: its own sources by its rows, its removals of the parent’s entries by the parent’s rows', () => {
    const r = parseScenarioFile(text());
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.derived[0]!.overrides.map((o) => o.path)).toEqual([
      'electricity.projects[id=pv-west]',
      'electricity.projects[id=wind-ridge].capacityMW',
      // [1] of its own rows (pv-east, wind-ridge: it removed pv-west) is wind-ridge
      'sources["electricity.projects[id=wind-ridge].capacityMW"]',
      // the removal hides the parent's entry: [2] of the parent's rows is pv-west
      'sources["electricity.projects[id=pv-west].utilisationHours[1].value"]',
      'sources["economy.gdpGrowthPct"]',
    ]);
    const child = r.derivedResolved[0]!;
    expect(child.electricity.projects.map((p) => [p.id, p.capacityMW])).toEqual([['pv-east', 40], ['wind-ridge', 100]]);
    expect(child.sources['electricity.projects[id=wind-ridge].capacityMW']).toEqual({ kind: 'user', note: 'ridge doubled' });
    expect(child.sources['electricity.projects[id=pv-east].capacityMW']).toEqual({ kind: 'user', note: 'east surveyed' });
    // nothing is said about a row the child does not have
    expect(Object.keys(child.sources).filter((k) => k.includes('pv-west'))).toEqual([]);
  });

  it('passes through the chain without touching its input; a migrated file exports as the current format and reads back the same', () => {
    const doc = fixture();
    const before = JSON.stringify(doc);
    const r = migrateToCurrent(doc, 1, []);
    expect(r.versions).toEqual([1, 2, 3, 4]);
    expect(r.doc.formatVersion).toBe(4);
    expect(JSON.stringify(doc)).toBe(before);

    const read = parseScenarioFile(text());
    if (!read.ok) throw new Error('fixture does not read');
    const again = parseScenarioFile(exportScenarios({ scenarios: read.scenarios, derived: read.derived, exportedAt: 'x', appVersion: 'y' }));
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect(again.formatVersion).toBe(4);
    expect(again.warnings).toEqual([]);
    expect(again.scenarios).toEqual(read.scenarios);
    expect(again.derived).toEqual(read.derived);
  });

  it('a file without positional keys comes through as the same objects', () => {
    const doc = fixture();
    const scenario = (doc.scenarios as Record<string, unknown>[])[0]!;
    const plain = { ...scenario, sources: { 'economy.gdpGrowthPct': { kind: 'user' } } };
    const out = migrateFileV1toV2({ ...doc, scenarios: [plain], derived: [] }, []);
    expect((out.scenarios as unknown[])[0]).toBe(plain);
  });

  it('a derived scenario whose parent is not in the file: its positional sources are dropped, each named; others stay', () => {
    const w: IoWarning[] = [];
    const kid = {
      id: 'kid', parentId: 'elsewhere', name: 'k',
      overrides: [
        { path: 'sources["targets[0].value"]', value: { kind: 'user' } },
        { path: 'sources["economy.gdpGrowthPct"]', value: { kind: 'user' } },
      ],
    };
    const out = librarySourceKeysById({ scenarios: [], derived: [kid] }, { scenarios: 'scenarios', derived: 'derived' }, w);
    expect((out.derived[0] as typeof kid).overrides).toEqual([kid.overrides[1]]);
    expect(w).toEqual([{ path: 'derived[0].overrides[0]', code: 'sources.droppedNoParent', params: { key: 'targets[0].value' } }]);
  });

  it('a bare scenario (no file header) is migrated too', () => {
    const scenario = (fixture().scenarios as Scenario[])[0]!;
    const r = parseScenarioFile(JSON.stringify(scenario));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(Object.keys(r.scenarios[0]!.sources)).toEqual(MIGRATED_KEYS);
  });

  it('a format-1 backup is migrated, its derived scenarios resolved through the presets it names', () => {
    const doc = fixture();
    // a preset is of the current schema, as the app's are
    const parent = scenarioToSchema2((doc.scenarios as unknown[])[0]) as Scenario;
    const content = { scenarios: [], derived: doc.derived, settings: {} };
    const backup = JSON.stringify({
      format: 'carbon-peak-planner-backup', formatVersion: 1, createdAt: 'x', appVersion: 'y',
      checksum: { algorithm: 'sha256', value: backupChecksum(content) }, content,
    });
    // the parent is a preset: not in the backup, given by the caller
    const r = parseBackup(backup, { parents: (id) => (id === parent.id ? parent : undefined) });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.content.derived[0]!.overrides[2]!.path).toBe('sources["electricity.projects[id=wind-ridge].capacityMW"]');
    expect(r.derivedResolved[0]!.sources['electricity.projects[id=wind-ridge].capacityMW']).toEqual({ kind: 'user', note: 'ridge doubled' });
  });
});
