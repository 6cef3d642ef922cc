import type { ScenarioRecord } from '../../db/records';

/** Why the report measures against this baseline: the scenario's parent, its region's baseline, or the planner's pick. */
export type BaselineHow = 'parent' | 'sameRegion' | 'chosen';
export type BaselineChoice = { id: string; how: BaselineHow };

type Rec = Pick<ScenarioRecord, 'id' | 'kind' | 'name' | 'regionName' | 'updatedAt' | 'parentId'> & { scenario: { nameEn?: string } };

/** The presets come in pairs named 基准情景 / 政策情景 (baseline / policy); a user's scenario is named the same way. */
export function marksBaseline(r: Rec): boolean {
  return r.name.includes('基准情景') || /\bbaseline\b/i.test(r.scenario.nameEn ?? '');
}

/**
 * The scenarios a report may measure against: the others of the same region, baselines
 * first, then presets before the user's (the documented ones first), then by name.
 */
export function baselineCandidates<R extends Rec>(self: Rec, all: readonly R[]): R[] {
  const rank = (r: Rec) => (marksBaseline(r) ? 0 : 2) + (r.kind === 'preset' ? 0 : 1);
  return all
    .filter((r) => r.id !== self.id && r.regionName === self.regionName)
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'zh-CN'));
}

/**
 * The baseline of a report: the one asked for (null: none); else the scenario's parent when
 * it is derived; else, unless it is a baseline itself, its region's baseline (a preset before
 * a user's copy, the pair the presets come in); else none.
 */
export function chooseBaseline(self: Rec, all: readonly Rec[], asked: string | null | undefined): BaselineChoice | null {
  if (asked === null) return null;
  if (asked !== undefined) return asked === self.id ? null : { id: asked, how: 'chosen' };
  if (self.parentId !== undefined) return { id: self.parentId, how: 'parent' };
  if (marksBaseline(self)) return null;
  const same = baselineCandidates(self, all).find(marksBaseline);
  return same ? { id: same.id, how: 'sameRegion' } : null;
}
