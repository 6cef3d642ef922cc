import { planImport, type ExistingEntry, type ImportMode } from '../../shared/io/import-plan';
import type { DerivedScenario } from '../../shared/model/inherit';
import type { Scenario } from '../../shared/model/scenario';
import type { ValidationResult } from '../../shared/model/validate-core';
import { CarbonDb } from '../db/db';
import { importMethods } from '../db/repo-import';
import { validate } from './compute';

/**
 * An import written by the engine worker, which checked the file: the
 * scenarios stay where they were checked instead of being copied to the page
 * (tens of megabytes for a library) and back. The page planned the import from
 * ids and names; the worker plans it again from the same library entries and
 * the same mode, so both plans are the same (`planImport` depends on nothing
 * else), and writes it through the repository's import (one transaction, the
 * same refusals when the library changed meanwhile). Dexie announces the
 * write to the page's windows.
 */

/** A checked file waiting for the user's choice of mode. */
export type CheckedItems = { scenarios: Scenario[]; derived: DerivedScenario[] };

/** What the page learns of each scenario written: its id and name in the library. */
export type WrittenItem = { id: string; name: string };

const connections = new Map<string, CarbonDb>();

function connection(name: string): CarbonDb {
  let db = connections.get(name);
  if (!db) {
    db = new CarbonDb(name, { seed: false });
    connections.set(name, db);
  }
  return db;
}

/**
 * The check of what the write stores: the scenarios the file check passed are
 * not checked again; what the plan changed (a new id or name) and derived
 * scenarios resolved against the library as it is now are.
 */
export function checkerFor(items: CheckedItems, check: (input: unknown) => ValidationResult = validate) {
  const passed = new WeakSet<object>(items.scenarios);
  return async (inputs: readonly unknown[]): Promise<ValidationResult[]> =>
    inputs.map((s) => (typeof s === 'object' && s !== null && passed.has(s) ? { ok: true, scenario: s as Scenario } : check(s)));
}

export async function writeCheckedImport(items: CheckedItems, db: string, existing: readonly ExistingEntry[], mode: ImportMode): Promise<WrittenItem[]> {
  const plan = planImport(existing, items, mode);
  const written = await importMethods(connection(db), Date.now, checkerFor(items)).importScenarios(plan);
  return written.map((r) => ({ id: r.id, name: r.name }));
}
