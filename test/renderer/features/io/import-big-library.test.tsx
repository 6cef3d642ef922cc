import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CarbonDb } from '../../../../renderer/db/db';
import { RepoProvider } from '../../../../renderer/db/RepoContext';
import { createRepo, fileItemOf, type ScenarioRepo } from '../../../../renderer/db/repo';
import { IoArea } from '../../../../renderer/features/io/IoArea';
import { withPlan } from '../../../../renderer/features/io/import-check';
import { checkImportFrom, importChecked } from '../../../../renderer/features/io/import-from';
import { planImport } from '../../../../shared/io/import-plan';
import { parseScenarioFile } from '../../../../shared/io/scenario-file';
import { installEngineBackend, type EngineBackend } from '../../../../renderer/engine/client';
import { inProcessBackend } from '../../../../renderer/engine/in-process';
import { setLanguage } from '../../../../renderer/i18n';
import type { Scenario } from '../../../../shared/model/scenario';
import { PRESET_A, PRESET_B, testScenario } from '../../db/fixtures';
import { installFakeApi, removeFakeApi, textFile, type FakeApi } from './fixtures';

// the engine worker's full check of what is stored, counted by scenario (every write of the
// repository asks it for what it has not checked before)
const validation = { calls: 0 };
function countingEngine(): EngineBackend {
  const inner = inProcessBackend();
  return {
    call: (command, args) => {
      if (command === 'validate') validation.calls += (args as { inputs: unknown[] }).inputs.length;
      return inner.call(command, args);
    },
    dispose: () => {},
  };
}

/**
 * Importing into a big library: checking the file must not decode the whole
 * library (with a thousand scenarios that is tens of megabytes on the page's
 * thread), and writing the plan must not repeat work per scenario that the
 * check did or that one pass can do. These tests count the records storage
 * hands out (a Dexie middleware below every read), whole-library reads and checks.
 */

/** Ids of the records read with their values since the last reset. */
function readCounter(): { middleware: Middleware<DBCore>; ids: Set<string> } {
  const ids = new Set<string>();
  const idOf = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? String(v.id) : undefined);
  const note = (v: unknown) => {
    const id = idOf(v);
    if (id !== undefined) ids.add(id);
  };
  const table = (t: DBCoreTable): DBCoreTable => ({
    ...t,
    get: async (req) => {
      const r: unknown = await t.get(req);
      note(r);
      return r;
    },
    getMany: async (req) => {
      const r: unknown[] = await t.getMany(req);
      r.forEach(note);
      return r;
    },
    query: async (req) => {
      const r = await t.query(req);
      if (req.values) r.result.forEach(note);
      return r;
    },
    openCursor: async (req) => {
      const c = await t.openCursor(req);
      if (!c || !req.values) return c;
      return Object.create(c, { value: { get: () => (note(c.value), c.value) } }) as typeof c;
    },
  });
  return { ids, middleware: { stack: 'dbcore', name: 'read-counter', create: (down) => ({ ...down, table: (name) => table(down.table(name)) }) } };
}

let db: CarbonDb;
let repo: ScenarioRepo;
let reads: ReturnType<typeof readCounter>;
let api: FakeApi;
let dbCounter = 0;

/** 40 user scenarios, plus `chain-0` (a root) ← `chain-1` ← `chain-2` derived from it, and one deleted scenario. */
async function seedLibrary(): Promise<void> {
  const many = Array.from({ length: 40 }, (_, i) => testScenario(`mine-${i}`, { name: `我的情景 ${i}` }));
  await repo.importScenarios({ mode: 'keepBoth', scenarios: [...many, testScenario('chain-0', { name: '链根' }), testScenario('gone', { name: '已删除' })], derived: [
    { id: 'chain-1', parentId: 'chain-0', name: '链一', overrides: [{ path: 'populationWan', value: 60 }] },
    { id: 'chain-2', parentId: 'chain-1', name: '链二', overrides: [{ path: 'economy.gdpGrowthPct', value: 3 }] },
  ], renames: [], replaces: [], clashes: [] });
  await repo.remove('gone');
}

/** 20 new scenarios, one named like a library scenario (with other case and spaces), one like the deleted one, and two derived from the library's `chain-2`. */
function importFile(): string {
  const fresh: Scenario[] = Array.from({ length: 20 }, (_, i) => testScenario(`new-${i}`, { name: `新情景 ${i}` }));
  fresh[3] = testScenario('new-3', { name: '  我的情景 7 ' });
  fresh[4] = testScenario('new-4', { name: '已删除' });
  const derived = [
    { id: 'kid-a', parentId: 'chain-2', name: '子甲', overrides: [{ path: 'populationWan', value: 70 }] },
    { id: 'kid-b', parentId: 'kid-a', name: '子乙', overrides: [] },
  ];
  return JSON.stringify({ format: 'carbon-peak-planner', formatVersion: 1, exportedAt: '2025-03-01T08:00:00.000Z', appVersion: '0.1.0', scenarios: fresh, derived });
}

beforeEach(async () => {
  installEngineBackend(countingEngine());
  await setLanguage('zh');
  reads = readCounter();
  db = new CarbonDb(`import-reads-${++dbCounter}-${Math.random().toString(36).slice(2)}`, { presets: [PRESET_A, PRESET_B] });
  db.use(reads.middleware);
  await db.open();
  repo = createRepo(db);
  await seedLibrary();
  api = installFakeApi();
  reads.ids.clear();
});

afterEach(() => {
  cleanup();
  removeFakeApi();
  vi.restoreAllMocks();
  db.close();
  installEngineBackend(inProcessBackend());
});

describe('checking an import against a big library', () => {
  it('reads only the parents the file names (and theirs), and plans what reading the whole library plans', async () => {
    const check = await checkImportFrom(importFile(), repo);
    // kid-a derives from chain-2 ← chain-1 ← chain-0: those three, nothing else of the 46 records
    expect([...reads.ids].sort()).toEqual(['chain-0', 'chain-1', 'chain-2']);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    // derived scenarios come as their changes: the write resolves them against the library as it is then
    expect(check.file).not.toHaveProperty('derivedResolved');
    expect(check.file.derived.map((d) => d.id)).toEqual(['kid-a', 'kid-b']);

    // what checking the file against every record of the library plans
    const records = await repo.list();
    const items = new Map(records.map((r) => [r.id, fileItemOf(r)]));
    const existing = records.map((r) => ({ id: r.id, name: r.name, readOnly: r.kind === 'preset' }));
    const parsed = parseScenarioFile(importFile(), { parents: (id) => items.get(id) });
    if (!parsed.ok) throw new Error('the whole-library check failed');
    const byName = ({ id, name }: { id: string; name: string }) => ({ id, name });
    const whole = withPlan({ ...parsed, token: 0, scenarios: parsed.scenarios.map(byName), derived: parsed.derived.map((d) => ({ ...byName(d), parentId: d.parentId })) }, existing);
    if (!whole.ok) throw new Error('the whole-library check failed');
    for (const mode of ['keepBoth', 'replace'] as const) expect(check.plan(mode)).toEqual(whole.plan(mode));
    // the name in use (trimmed, any case) is renamed; the deleted scenario's name is free again
    expect(check.plan('keepBoth').renames).toEqual([{ kind: 'name', scenarioId: 'new-3', from: '  我的情景 7 ', to: '我的情景 7 (导入)' }]);
  });

  it('reads no scenario of the library between choosing the file and showing the plan', async () => {
    api.toOpen.push(textFile('导入.json', importFile()));
    const user = userEvent.setup();
    render(
      <RepoProvider repo={repo}>
        <IoArea />
      </RepoProvider>,
    );
    await user.click(await screen.findByTestId('btn-import'));
    const plan = await screen.findByTestId('import-plan');
    expect(within(plan).getByTestId('import-plan-row-new-3')).toHaveAttribute('data-status', 'renamed');
    expect([...reads.ids].sort()).toEqual(['chain-0', 'chain-1', 'chain-2']);
  });
});

describe('writing an import into a big library', () => {
  it('refreshes the children of every replaced scenario in one pass over the library', async () => {
    // the file replaces 10 library scenarios, chain-0 among them (its children follow it)
    const replacing = [...Array.from({ length: 9 }, (_, i) => testScenario(`mine-${i}`, { name: `我的情景 ${i}` })), testScenario('chain-0', { name: '链根', populationWan: 55 })];
    const text = JSON.stringify({ format: 'carbon-peak-planner', formatVersion: 1, exportedAt: '2025-03-01T08:00:00.000Z', appVersion: '0.1.0', scenarios: replacing });
    const check = await checkImportFrom(text, repo);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(check.plan('replace').replaces).toHaveLength(10);
    // the repository's import, as the engine worker runs it for that plan
    const plan = planImport(check.existing, { scenarios: replacing }, 'replace');
    const wholeReads = vi.spyOn(db.scenarios, 'toArray');
    await repo.importScenarios(plan);
    // one refresh per replaced scenario read all 46 records ten times; one refresh for all reads them once at most
    expect(wholeReads.mock.calls.length).toBeLessThanOrEqual(1);
    // chain-1 sets population 60 itself; chain-2 inherits it; both keep chain-0's new values elsewhere
    expect((await db.scenarios.get('chain-2'))!.scenario).toMatchObject({ populationWan: 60, economy: { gdpGrowthPct: 3 } });
    expect((await repo.get('chain-0'))!.scenario.populationWan).toBe(55);
  });

  it('writes in the worker that checked the file, the page asking for no check', async () => {
    const check = await checkImportFrom(importFile(), repo);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    validation.calls = 0;
    const out = await importChecked(check, 'keepBoth', repo);
    // 20 scenarios and 2 derived ones written, as the page's plan said
    expect(out.map((r) => r.id)).toEqual([...check.plan('keepBoth').scenarios, ...check.plan('keepBoth').derived].map((s) => s.id));
    expect(validation.calls).toBe(0);
    expect(await repo.get('new-3')).toMatchObject({ name: '我的情景 7 (导入)' });
    expect((await repo.get('kid-b'))!.scenario).toMatchObject({ populationWan: 70, economy: { gdpGrowthPct: 3 } });
    // a plan made without the check is checked whole
    validation.calls = 0;
    await repo.importScenarios({ mode: 'keepBoth', scenarios: [testScenario('by-hand-1'), testScenario('by-hand-2')], derived: [], renames: [], replaces: [], clashes: [] });
    expect(validation.calls).toBe(2);
  });
});
