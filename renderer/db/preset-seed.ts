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

/** Whether the preset must be (re)written: it is missing or changed since it was seeded (and the id is not the user's). */
function needsSeeding(preset: Scenario, version: string, seeded: ReadonlyMap<string, string>, existing: Existing): boolean {
  const current = existing.get(preset.id);
  return current?.kind !== 'user' && !(current && seeded.get(preset.id) === version);
}

/** Whether `planPresetSeed` will validate (and so needs the expression engine) for these records. */
export function anyPresetToSeed(presets: readonly Scenario[], seeded: ReadonlyMap<string, string>, existing: Existing): boolean {
  return presets.some((p) => needsSeeding(p, presetVersion(p), seeded, existing));
}

/**
 * Which presets to (re)write on open. Pure. A preset is written when its
 * content changed since it was last seeded; a record of the same id that
 * belongs to the user is never touched (a preset update must not overwrite
 * user work), and an invalid preset (by `validate`, the full check) is
 * skipped rather than stored.
 */
export function planPresetSeed(
  presets: readonly Scenario[],
  seeded: ReadonlyMap<string, string>,
  existing: Existing,
  now: number,
  validate: (input: unknown) => ValidationResult,
): SeedPlan {
  const plan: SeedPlan = { put: [], versions: [], skipped: [] };
  for (const preset of presets) {
    const version = presetVersion(preset);
    const current = existing.get(preset.id);
    if (current?.kind === 'user') {
      plan.skipped.push({ id: preset.id, reason: 'a user scenario has this id' });
      continue;
    }
    if (!needsSeeding(preset, version, seeded, existing)) continue;
    const checked = validate(preset);
    if (!checked.ok) {
      plan.skipped.push({ id: preset.id, reason: checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ') });
      continue;
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
      scenario: checked.scenario,
    });
    plan.versions.push({ presetId: preset.id, version, seededAt: now });
  }
  return plan;
}
