import Dexie from 'dexie';
import type { Scenario } from '../../shared/model/scenario';
import { createChainResolver, type DerivedScenario, type ScenarioLookup } from '../../shared/model/inherit';
import type { ScenarioIssue, ValidationResult } from '../../shared/model/validate-core';
import { derivedOf } from './inheritance';
import type { ScenarioRecord } from './records';

/** A write was refused because the scenario does not validate; nothing was written. */
export class ScenarioValidationError extends Error {
  override name = 'ScenarioValidationError';
  constructor(readonly issues: ScenarioIssue[], readonly index?: number) {
    super(issues.map((i) => `${i.path}: ${i.code} ${JSON.stringify(i.params)}`).join('; '));
  }
}

/**
 * A write the repository refuses for another reason (unknown id, read-only
 * preset, a parent that still has derived scenarios: `names` lists them).
 */
export class RepoError extends Error {
  override name = 'RepoError';
  constructor(
    readonly code: 'not-found' | 'read-only' | 'empty-name' | 'has-children',
    message: string,
    readonly names: readonly string[] = [],
  ) {
    super(message);
  }
}

/** The full check of scenarios about to be stored (the engine worker's, by default). */
export type ScenarioChecker = (inputs: readonly unknown[]) => Promise<ValidationResult[]>;

/** The checked scenarios, or the first refusal (thrown, with its index); nothing is written before this passes. */
export async function checkAll(checker: ScenarioChecker, inputs: readonly unknown[], indexed = true): Promise<Scenario[]> {
  const results = await checker(inputs);
  return results.map((r, i) => {
    if (!r.ok) throw new ScenarioValidationError(r.issues, indexed ? i : undefined);
    return r.scenario;
  });
}

export function newId(): string {
  const rand = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID().slice(0, 8) : Math.random().toString(36).slice(2, 10);
  return `u-${Date.now().toString(36)}-${rand}`;
}

/** A name the user typed replaces both names: a preset's English name would otherwise show in English. */
export function withoutNameEn(s: Scenario): Scenario {
  const { nameEn: _dropped, ...rest } = s;
  return rest;
}

export function userRecord(scenario: Scenario, now: number, extra: Partial<ScenarioRecord> = {}): ScenarioRecord {
  return {
    createdAt: now,
    rev: 1,
    ...extra,
    id: scenario.id,
    kind: 'user',
    name: scenario.name,
    regionName: scenario.region.name,
    updatedAt: now,
    scenario,
  };
}

/** A library record as a scenario file or backup holds it: a derived scenario as its changes, others whole. */
export function fileItemOf(rec: ScenarioRecord): Scenario | DerivedScenario {
  return derivedOf(rec) ?? rec.scenario;
}

/** The parent link a record of a derived scenario stores. */
export const inheritance = (d?: DerivedScenario): Partial<ScenarioRecord> => (d ? { parentId: d.parentId, overrides: d.overrides } : {});

/**
 * Records for scenarios and derived scenarios written together (an import, a
 * restore); derived ones are resolved through `lookup` (the batch first, then
 * what the caller adds) and every result is checked (one request to the
 * worker; what it checked before, such as an import's scenarios, is not sent
 * again), so a bad item throws before anything is written. Called inside the
 * write's transaction.
 */
export async function batchRecords(
  scenarios: readonly Scenario[],
  derived: readonly DerivedScenario[],
  outside: ScenarioLookup,
  record: (scenario: Scenario, derivedFrom?: DerivedScenario) => ScenarioRecord,
  checker: ScenarioChecker,
): Promise<ScenarioRecord[]> {
  const own = new Map<string, Scenario | DerivedScenario>();
  for (const s of scenarios) own.set(s.id, s);
  for (const d of derived) own.set(d.id, d);
  // one resolver for the batch: each derived scenario is resolved once, from its resolved parent
  const resolve = createChainResolver((id) => own.get(id) ?? outside(id));
  const all = [...scenarios, ...derived.map((d) => resolve(d.id).scenario)];
  const checked = await Dexie.waitFor(checkAll(checker, all));
  return checked.map((s, i) => (i < scenarios.length ? record(s) : record(s, derived[i - scenarios.length])));
}
