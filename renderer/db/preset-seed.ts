import type { Scenario } from '../../shared/model/scenario';
import type { ValidationResult } from '../../shared/model/validate-core';
import type { PresetVersionRecord, ScenarioKind, ScenarioRecord } from './records';
import { nextRev } from './revision';

const versions = new WeakMap<Scenario, string>();

/** FNV-1a (32 bit) of the preset's JSON: cheap, stable, enough to notice a changed preset. Once per preset object. */
export function presetVersion(preset: Scenario): string {
  const known = versions.get(preset);
  if (known !== undefined) return known;
  const json = JSON.stringify(preset);
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    h ^= json.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  const version = (h >>> 0).toString(16).padStart(8, '0');
  versions.set(preset, version);
  return version;
}

export type SeedPlan = {
  put: ScenarioRecord[];
  versions: PresetVersionRecord[];
  skipped: { id: string; reason: string }[];
};

type Existing = ReadonlyMap<string, { kind: ScenarioKind; createdAt: number; rev?: number }>;

/**
 * The presets to (re)write on open: those missing or changed since they were
 * seeded. An id that belongs to the user's own scenario is never due (a
 * preset update must not overwrite user work).
 */
export function duePresets(presets: readonly Scenario[], seeded: ReadonlyMap<string, string>, existing: Existing): Scenario[] {
  return presets.filter((p) => {
    const current = existing.get(p.id);
    return current?.kind !== 'user' && !(current && seeded.get(p.id) === presetVersion(p));
  });
}

/**
 * The records for due presets, given the full check of each (`checked[i]`
 * for `due[i]`). Pure. A preset that failed its check is skipped rather than
 * stored, and so is one whose id the user's scenario took meanwhile.
 */
export function planPresetSeed(due: readonly Scenario[], checked: readonly ValidationResult[], existing: Existing, now: number): SeedPlan {
  const plan: SeedPlan = { put: [], versions: [], skipped: [] };
  due.forEach((preset, i) => {
    const current = existing.get(preset.id);
    const check = checked[i];
    if (current?.kind === 'user') return plan.skipped.push({ id: preset.id, reason: 'a user scenario has this id' });
    if (!check?.ok) {
      return plan.skipped.push({ id: preset.id, reason: check ? check.issues.map((x) => `${x.path}: ${x.code} ${JSON.stringify(x.params)}`).join('; ') : 'not checked' });
    }
    plan.put.push({
      id: preset.id,
      kind: 'preset',
      name: preset.name,
      regionName: preset.region.name,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
      rev: nextRev(current),
      presetId: preset.id,
      scenario: check.scenario,
    });
    plan.versions.push({ presetId: preset.id, version: presetVersion(preset), seededAt: now });
  });
  return plan;
}
