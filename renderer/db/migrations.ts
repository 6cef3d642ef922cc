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
