import type { IoWarning } from '../../shared/io/problems';
import { overridesToSchema2, scenarioToSchema2 } from '../../shared/io/migrate-accounting';
import { derivedSourceKeysById, hasPositionalSource, scenarioSourceKeysById } from '../../shared/io/source-keys';
import type { Scenario } from '../../shared/model/scenario';
import type { ScenarioRecord, ScenarioRecordV1, ScenarioRecordV3 } from './records';

type Loose = { name?: unknown; region?: { name?: unknown } };

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/**
 * v1 → v2 for one scenario record. Pure: the document itself is carried over
 * untouched (even one that would no longer validate: losing a user's work is
 * worse than showing an error when it is opened). v1 stored only user
 * scenarios and no creation time, so the last change stands in for it.
 */
export function upgradeScenarioRecordV1(old: ScenarioRecordV1): ScenarioRecordV3 {
  const doc = (old.scenario && typeof old.scenario === 'object' ? old.scenario : {}) as Loose;
  const updatedAt = Number.isFinite(old.updatedAt) ? old.updatedAt : 0;
  const rec: ScenarioRecordV3 = {
    id: old.id,
    kind: 'user',
    name: text(doc.name) ?? old.id,
    regionName: text(doc.region?.name) ?? '',
    createdAt: updatedAt,
    updatedAt,
    scenario: old.scenario as ScenarioRecordV3['scenario'],
  };
  if (old.presetId !== undefined) rec.presetId = old.presetId;
  return rec;
}

/** v3 → v4: the record unchanged, at revision 1 (where a new record starts). */
export function upgradeScenarioRecordV3(old: ScenarioRecordV3): ScenarioRecord {
  return { ...old, rev: 1 };
}

/**
 * v4 → v5: `sources` keys address ledger rows by id instead of position, in the
 * document and in a derived record's changes (shared/io/source-keys.ts). A
 * derived record's rows are read in its stored snapshot (the scenario as it
 * last resolved) and in its parent's (`parentScenario`; the record's own when
 * the parent is gone). Keys whose position holds no row are dropped and listed
 * in `warnings`. The same record when nothing needed rewriting.
 */
export function upgradeScenarioRecordV4(old: ScenarioRecord, parentScenario: unknown, warnings: IoWarning[] = []): ScenarioRecord {
  const scenario = scenarioSourceKeysById(old.scenario, 'scenario', warnings) as Scenario;
  const overrides = old.overrides === undefined
    ? undefined
    : (derivedSourceKeysById({ overrides: old.overrides }, { resolved: old.scenario, parent: parentScenario ?? old.scenario }, 'scenario', warnings) as Pick<ScenarioRecord, 'overrides'>).overrides;
  if (scenario === old.scenario && overrides === old.overrides) return old;
  return overrides === undefined ? { ...old, scenario } : { ...old, scenario, overrides };
}

/** Whether a v4 record's changes give sources by position (its parent's rows are then needed to upgrade it). */
export const needsParentRows = (rec: ScenarioRecord): boolean => rec.overrides !== undefined && hasPositionalSource({ overrides: rec.overrides });

/**
 * v5 → v6: documents of schema 1 to schema 2 (shared/io/migrate-accounting.ts):
 * the accounting methods they were counted by, named, so a stored scenario's
 * results do not change; a derived record's changes of the old flag become
 * changes of the energy-control rule. The same record when nothing needed it
 * (a document already of schema 2, or not a scenario at all: kept as it is for
 * validation to report when it is opened).
 */
export function upgradeScenarioRecordV5(old: ScenarioRecord): ScenarioRecord {
  const scenario = scenarioToSchema2(old.scenario) as Scenario;
  const overrides = Array.isArray(old.overrides) ? (overridesToSchema2(old.overrides) as ScenarioRecord['overrides']) : old.overrides;
  if (scenario === old.scenario && overrides === old.overrides) return old;
  return overrides === undefined ? { ...old, scenario } : { ...old, scenario, overrides };
}
