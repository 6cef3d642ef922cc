import { presetById } from '../../../../seeds/index';
import type { Scenario } from '../../../../shared/model/scenario';

export const PRESET_ID = 'qingyuan-policy';

/** A fresh copy of a real preset (the fixture of the component tests), safe to edit. */
export function presetScenario(id: string = PRESET_ID): Scenario {
  const p = presetById(id);
  if (!p) throw new Error(`preset ${id} not found in seeds/index.ts`);
  return structuredClone(p);
}
