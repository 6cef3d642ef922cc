import { ScenarioSchema, type Scenario } from '../shared/model/scenario';
import { lianzhouBaseline, lianzhouPolicy } from './presets/lianzhou/scenarios';
import { qingyuanBaseline, qingyuanPolicy } from './presets/qingyuan/scenarios';
import { shaoguanBaseline, shaoguanPolicy } from './presets/shaoguan/scenarios';

export { REFERENCE, referenceById } from './reference/index';
export type { ReferenceEntry } from './reference/index';

/**
 * The bundled preset scenarios: a baseline and a policy scenario for 清远, 连州
 * and 韶关, built from the seed documents (docs/DATA-SOURCES.md). Each is
 * parsed through the schema at load, so a broken preset fails loudly here
 * rather than in the app.
 */
function parsePreset(raw: Scenario): Scenario {
  const parsed = ScenarioSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`seeds: preset '${raw.id}' does not match the scenario schema:\n${issues.join('\n')}`);
  }
  return parsed.data;
}

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
].map(parsePreset);

const byId = new Map(PRESETS.map((p) => [p.id, p]));

/** The preset with this id, or undefined. Callers that edit it should copy it first. */
export function presetById(id: string): Scenario | undefined {
  return byId.get(id);
}
