import type { BackupContent } from '../../shared/io/backup';
import type { CarbonDb } from './db';
import type { ScenarioRecord } from './records';
import { batchRecords, fileItemOf, inheritance, RepoError, userRecord, type ScenarioChecker } from './repo-core';
import { aboveStored } from './revision';

/** A full backup of the library, written and restored (renderer/features/io). */
export function backupMethods(db: CarbonDb, now: () => number, checker: ScenarioChecker) {
  return {
    /** What a full backup holds: the user's scenarios (derived ones as their changes), record times, settings. */
    async backupContent(): Promise<BackupContent> {
      return db.transaction('r', db.scenarios, db.settings, async () => {
        const recs = await db.scenarios.where('kind').equals('user').filter((r) => r.deletedAt === undefined).toArray();
        recs.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
        const content: BackupContent = { scenarios: [], derived: [], settings: {}, meta: {} };
        for (const r of recs) {
          const item = fileItemOf(r);
          if ('overrides' in item) content.derived.push(item);
          else content.scenarios.push(item);
          content.meta![r.id] = { createdAt: r.createdAt, updatedAt: r.updatedAt, ...(r.presetId ? { presetId: r.presetId } : {}) };
        }
        for (const s of await db.settings.toArray()) content.settings[s.key] = s.value;
        return content;
      });
    },
    /**
     * Restore from a checked backup (shared/io/backup.ts `parseBackup`): the
     * user's scenarios and the settings become exactly the backup's, presets
     * stay. One transaction: if anything fails nothing has changed.
     */
    async restoreBackup(content: BackupContent): Promise<ScenarioRecord[]> {
      return db.transaction('rw', db.scenarios, db.settings, async () => {
        const presets = new Map((await db.scenarios.where('kind').equals('preset').toArray()).map((r) => [r.id, r.scenario]));
        for (const item of [...content.scenarios, ...content.derived]) {
          if (presets.has(item.id)) throw new RepoError('read-only', `the backup holds '${item.id}', which is now a preset's id`);
        }
        const t = now();
        const out = await batchRecords(content.scenarios, content.derived, (id) => presets.get(id), (scenario, d) => {
          const m = content.meta?.[scenario.id] ?? {};
          return { ...userRecord(scenario, m.createdAt ?? t, { ...(m.presetId ? { presetId: m.presetId } : {}), ...inheritance(d) }), updatedAt: m.updatedAt ?? t };
        }, checker);
        const revised = await aboveStored(db, out);
        await db.scenarios.where('kind').equals('user').delete();
        await db.scenarios.bulkAdd(revised);
        await db.settings.clear();
        await db.settings.bulkPut(Object.entries(content.settings).map(([key, value]) => ({ key, value })));
        return revised;
      });
    },
  };
}
