import type { TargetSummary } from '../../../shared/engine/target-summary';
import type { Scenario } from '../../../shared/model/scenario';
import type { ScenarioRecord } from '../../db/records';

/**
 * What the library shows of a scenario: a kilobyte where the record is tens.
 * Made in the engine worker from the stored record, with the target summary,
 * so the page never decodes whole scenarios to list them.
 */
export type LibraryEntry = Pick<ScenarioRecord, 'id' | 'kind' | 'name' | 'updatedAt' | 'parentId' | 'presetId'> &
  Pick<Scenario, 'nameEn' | 'region'> & {
    /** what a missed target is called, in both languages */
    targets: Pick<Scenario['targets'][number], 'id' | 'label' | 'labelEn'>[];
    /** null when the engine refuses the scenario; absent when read without the engine's run */
    summary?: TargetSummary | null;
  };

/** The entry of `rec`, with the target summary of an engine run when one is given. */
export function toEntry(rec: ScenarioRecord, summary?: TargetSummary | null): LibraryEntry {
  const s = rec.scenario;
  const entry: LibraryEntry = {
    id: rec.id,
    kind: rec.kind,
    name: s.name,
    updatedAt: rec.updatedAt,
    region: s.region,
    targets: s.targets.map(({ id, label, labelEn }) => (labelEn === undefined ? { id, label } : { id, label, labelEn })),
  };
  if (summary !== undefined) entry.summary = summary;
  if (s.nameEn !== undefined) entry.nameEn = s.nameEn;
  if (rec.parentId !== undefined) entry.parentId = rec.parentId;
  if (rec.presetId !== undefined) entry.presetId = rec.presetId;
  return entry;
}

/** The library's search (as renderer/db/repo-reads.ts `matchesSearch`): every word in the name or region, in either language. */
export function entryMatches(e: LibraryEntry, search: string): boolean {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = [e.name, e.region.name, e.nameEn, e.region.nameEn, e.region.parentRegion].filter(Boolean).join(' ').toLowerCase();
  return words.every((w) => hay.includes(w));
}
