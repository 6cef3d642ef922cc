import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { pathToFileURL } from 'node:url';
import type { ImportPlan, ImportMode } from '../shared/io/import-plan';
import type { Scenario } from '../shared/model/scenario';
import { PRESETS } from '../seeds/index';
import { median } from './support';

/**
 * Import/export speed, in Node over fake-indexeddb, through the
 * code the app runs: the repository (renderer/db/repo.ts) and the library
 * side of scenario files (renderer/features/io/library-io.ts).
 *
 * - export: the engine reads the library from the database and builds the
 *   scenario file's UTF-8 bytes for 1,000 user scenarios (built from the presets
 *   with varied ids and names), handed to the page for the save dialog;
 * - import: those bytes (what the app reads from the chosen file) into an empty
 *   library: the engine parses, migrates and validates every scenario, the
 *   page plans the clashes from ids and names, and the engine writes all of it
 *   in one transaction (the scenarios never travel to the page).
 * Targets: 2 s each. Median of `runs` (after one warm-up run).
 */

export const IMPORT_EXPORT_TARGET_MS = 2000;

type Record_ = { id: string; kind: 'user' | 'preset'; name: string; scenario: Scenario };
type Repo = {
  list(): Promise<Record_[]>;
  importScenarios(plan: ImportPlan): Promise<unknown[]>;
  importEntries(): Promise<unknown[]>;
  fileItems(ids: readonly string[]): Promise<ReadonlyMap<string, unknown>>;
};
type RepoModule = { createRepo(db: unknown, now?: () => number): Repo };
type FileCommandsModule = {
  scenarioFileBytes(db: string, ids: readonly string[], meta: { exportedAt: string; appVersion: string }): Promise<Uint8Array>;
};
type ImportCheck = { ok: false; problems: { path: string; code: string }[] } | { ok: true; plan(mode: ImportMode): { scenarios: unknown[] } };
type ImportFromModule = {
  checkImportFrom(input: string | Uint8Array, library: Repo): Promise<ImportCheck>;
  importChecked(check: Extract<ImportCheck, { ok: true }>, mode: ImportMode, library: Repo): Promise<unknown[]>;
};

// renderer/ is type-checked by its own project (DOM, Vite types): loaded at run time here,
// so the Node project does not pull the renderer's files in. Neither module reads
// Vite's import.meta.env on load (repo.ts only imports the database's type).
const load = async () => {
  const [dbModule, repoModule, ioModule, importFrom, client, inProcess] = await Promise.all([
    import(new URL('../renderer/db/db.ts', import.meta.url).href) as Promise<{ CarbonDb: new (name: string) => Dexie }>,
    import(new URL('../renderer/db/repo.ts', import.meta.url).href) as Promise<RepoModule>,
    import(new URL('../renderer/engine/file-commands.ts', import.meta.url).href) as Promise<FileCommandsModule>,
    import(new URL('../renderer/features/io/import-from.ts', import.meta.url).href) as Promise<ImportFromModule>,
    import(new URL('../renderer/engine/client.ts', import.meta.url).href) as Promise<{ installEngineBackend(b: unknown): void }>,
    import(new URL('../renderer/engine/in-process.ts', import.meta.url).href) as Promise<{ inProcessBackend(): unknown }>,
  ]);
  // the repository has the engine check what it writes; Node has no Worker, so it answers in-process
  client.installEngineBackend(inProcess.inProcessBackend());
  carbonDb = dbModule.CarbonDb;
  return { createRepo: repoModule.createRepo, scenarioFileBytes: ioModule.scenarioFileBytes, checkImportFrom: importFrom.checkImportFrom, importChecked: importFrom.importChecked };
};

/** The app's database class (renderer/db/db.ts), set by `load`: it seeds the presets as the app does. */
let carbonDb: new (name: string) => Dexie;
let dbCounter = 0;
async function openDb(): Promise<Dexie> {
  const db = new carbonDb(`bench-io-${process.pid}-${++dbCounter}`);
  await db.open();
  return db;
}

/** 1,000 user scenarios from the presets, each with its own id and name. */
export function benchLibrary(count = 1000): Scenario[] {
  return Array.from({ length: count }, (_, i) => {
    const p = PRESETS[i % PRESETS.length]!;
    const { nameEn: _en, ...rest } = p;
    return {
      ...rest,
      id: `bench-${String(i).padStart(4, '0')}`,
      name: `${p.name} 方案 ${i + 1}`,
    };
  });
}

/** CPU time of this process since `start` (all threads: the GC's helpers count too). */
const cpuMs = (start: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
};

export type ImportExportFigure = { exportMs: number; importMs: number; scenarios: number; fileMB: number };

export async function benchImportExport(options: { scenarios?: number; runs?: number } = {}): Promise<ImportExportFigure & { exportCpuMs: number; importCpuMs: number; exportRuns: number[]; importRuns: number[]; phases: Record<string, number> }> {
  const count = options.scenarios ?? 1000;
  const runs = options.runs ?? 3;
  const { createRepo, scenarioFileBytes, checkImportFrom, importChecked } = await load();
  const meta = { exportedAt: new Date().toISOString(), appVersion: 'bench' };

  // the source library, filled through the repository's import (validated, one transaction)
  const sourceDb = await openDb();
  const source = createRepo(sourceDb);
  const library = benchLibrary(count);
  await source.importScenarios({ mode: 'keepBoth', scenarios: library, derived: [], renames: [], replaces: [], clashes: [] });

  const exportRuns: number[] = [];
  const importRuns: number[] = [];
  const exportCpuRuns: number[] = [];
  const importCpuRuns: number[] = [];
  let bytes = 0;
  const phases: Record<string, number[]> = { check: [], plan: [], write: [] };
  // what the export dialog lists (read before the planner presses export, so outside the timing)
  const ids = (await source.list()).filter((r) => r.kind === 'user').map((r) => r.id);
  for (let run = 0; run <= runs; run++) {
    /** A stopwatch: each call records the time since the previous one under `phase` (runs after the warm-up only). */
    const stopwatch = () => {
      let last = performance.now();
      return (phase: string) => {
        const now = performance.now();
        if (run > 0) phases[phase]!.push(now - last);
        last = now;
      };
    };
    let t0 = performance.now();
    let cpu0 = process.cpuUsage();
    // as the app does: the engine reads the library and builds the file's bytes scenario by scenario
    const file = await scenarioFileBytes(sourceDb.name, ids, meta);
    bytes = file.length;
    const exportMs = performance.now() - t0;
    const exportCpu = cpuMs(cpu0);

    const targetDb = await openDb();
    const target = createRepo(targetDb);
    t0 = performance.now();
    cpu0 = process.cpuUsage();
    const lap = stopwatch();
    // as the app does: the engine reads and checks the file's bytes (marking what it checked), storage writes it unchecked again
    const check = await checkImportFrom(file, target);
    lap('check');
    if (!check.ok) throw new Error(`bench file does not import: ${check.problems.slice(0, 3).map((p) => `${p.path}: ${p.code}`).join('; ')}`);
    check.plan('keepBoth');
    lap('plan');
    // the engine, which holds the checked scenarios, plans the write again and writes it
    const written = await importChecked(check, 'keepBoth', target);
    lap('write');
    const importMs = performance.now() - t0;
    const importCpu = cpuMs(cpu0);
    if (written.length !== count) throw new Error(`imported ${written.length} of ${count} scenarios`);
    targetDb.close();
    await Dexie.delete(targetDb.name);
    // run 0 warms up the JIT and is not counted
    if (run > 0) {
      exportRuns.push(exportMs);
      importRuns.push(importMs);
      exportCpuRuns.push(exportCpu);
      importCpuRuns.push(importCpu);
    }
  }
  sourceDb.close();
  await Dexie.delete(sourceDb.name);
  const phaseMedians = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, median(v)]));
  return {
    exportMs: median(exportRuns),
    importMs: median(importRuns),
    scenarios: count,
    fileMB: bytes / 1024 / 1024,
    exportCpuMs: median(exportCpuRuns),
    importCpuMs: median(importCpuRuns),
    exportRuns,
    importRuns,
    phases: phaseMedians,
  };
}

/** Prints the figures; false when a target is missed. */
export async function printImportExport(): Promise<boolean> {
  const r = await benchImportExport();
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const ok = (x: number) => (x <= IMPORT_EXPORT_TARGET_MS ? 'ok' : 'MISSED');
  console.log(`import/export: ${r.scenarios} scenarios, file ${r.fileMB.toFixed(1)} MB (median of ${r.exportRuns.length} runs, fake-indexeddb in Node)`);
  console.log(`  export library → JSON  ${ms(r.exportMs).padStart(8)}  target ≤ ${IMPORT_EXPORT_TARGET_MS} ms  ${ok(r.exportMs)}  runs: ${r.exportRuns.map(ms).join(', ')}`);
  console.log(`  import JSON → library  ${ms(r.importMs).padStart(8)}  target ≤ ${IMPORT_EXPORT_TARGET_MS} ms  ${ok(r.importMs)}  runs: ${r.importRuns.map(ms).join(', ')}`);
  console.log(`  CPU time (median; wall time above grows when other processes share the cores): export ${ms(r.exportCpuMs)}, import ${ms(r.importCpuMs)}`);
  const p = r.phases;
  console.log(`  phases of the import (median): parse+migrate+validate ${ms(p.check!)} + plan ${ms(p.plan!)} + write (validated, one transaction) ${ms(p.write!)}`);
  return r.exportMs <= IMPORT_EXPORT_TARGET_MS && r.importMs <= IMPORT_EXPORT_TARGET_MS;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printImportExport().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
