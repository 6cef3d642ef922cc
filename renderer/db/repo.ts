import { checkScenarios } from '../engine/outcomes';
import type { CarbonDb } from './db';
import { backupMethods } from './repo-backup';
import type { ScenarioChecker } from './repo-core';
import { importMethods } from './repo-import';
import { readMethods } from './repo-reads';
import { writeMethods } from './repo-writes';

export { fileItemOf, RepoError, ScenarioValidationError, type ScenarioChecker } from './repo-core';
export { matchesSearch, type ListQuery } from './repo-reads';

/**
 * All reads and writes of scenarios, one object for the app: reads
 * (repo-reads.ts), single-scenario writes (repo-writes.ts), imports
 * (repo-import.ts) and backups (repo-backup.ts). Every write is checked first
 * (by the engine worker, `checker`) and refuses an invalid scenario whole;
 * writes that belong together share a transaction.
 */
export function createRepo(db: CarbonDb, now: () => number = Date.now, checker: ScenarioChecker = checkScenarios) {
  return {
    db,
    ...readMethods(db),
    ...writeMethods(db, now, checker),
    ...importMethods(db, now, checker),
    ...backupMethods(db, now, checker),
  };
}

export type ScenarioRepo = ReturnType<typeof createRepo>;
