import type { Scenario } from '../shared/model/scenario';
import { lianzhouBaseline, lianzhouPolicy } from './presets/lianzhou/scenarios';
import { qingyuanBaseline, qingyuanPolicy } from './presets/qingyuan/scenarios';
import { shaoguanBaseline, shaoguanPolicy } from './presets/shaoguan/scenarios';

export { REFERENCE, referenceById } from './reference/index';
export type { ReferenceEntry } from './reference/index';

/**
 * The bundled preset scenarios: a baseline and a policy scenario for 清远, 连州
 * and 韶关, built from the seed documents (docs/DATA-SOURCES.md). They are
 * typed as scenarios here; the schema and every refinement are checked by
 * test/seeds on every CI run and again by the app before it stores a preset
 * (renderer/db/preset-seed.ts), not at import, where parsing all six cost
 * ~0.15 s of every cold start.
 */

export const PRESET_IDS = [
  'qingyuan-baseline',
  'qingyuan-policy',
  'lianzhou-baseline',
  'lianzhou-policy',
  'shaoguan-baseline',
  'shaoguan-policy',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const PRESETS: Scenario[] = [
  qingyuanBaseline,
  qingyuanPolicy,
  lianzhouBaseline,
  lianzhouPolicy,
  shaoguanBaseline,
  shaoguanPolicy,
].map((p) => JSON.parse(JSON.stringify(p)) as Scenario); // own copies: the preset modules share constants (common.ts)

const byId = new Map(PRESETS.map((p) => [p.id, p]));

/** The preset with this id, or undefined. Callers that edit it should copy it first. */
export function presetById(id: string): Scenario | undefined {
  return byId.get(id);
}
