import { PRESET_IDS } from '../../seeds/index';

/** What the comparison opened from a scenario needs to know of its record. */
export type CompareOrigin = { id: string; parentId?: string; presetId?: string };

const BASELINE = /-baseline$/;
const POLICY = /-policy$/;
const isPreset = (id: string) => (PRESET_IDS as readonly string[]).includes(id);

/**
 * The scenarios 情景对比 opens with when opened from scenario `o`: the one it
 * is measured against first (the compare page's reference), then `o`.
 * A derived scenario is measured against its parent; a preset or a copy of one
 * against the baseline of the same region (presets come in pairs
 * `<region>-baseline` / `<region>-policy`); the baseline preset itself against
 * its policy scenario. Anything else opens alone, for the user to add others.
 */
export function compareIdsFrom(o: CompareOrigin): string[] {
  if (o.parentId !== undefined) return [o.parentId, o.id];
  const family = o.presetId ?? (isPreset(o.id) ? o.id : undefined);
  if (!family) return [o.id];
  const baseline = family.replace(POLICY, '-baseline');
  if (baseline !== o.id && isPreset(baseline)) return [baseline, o.id];
  const policy = o.id.replace(BASELINE, '-policy');
  return policy !== o.id && isPreset(policy) ? [o.id, policy] : [o.id];
}
