import Dexie, { type EntityTable } from 'dexie';
import type { Scenario } from '../../shared/model/scenario';
import { PRESETS } from '../../seeds/index';
import { refreshDescendants } from './inheritance';
import { needsParentRows, upgradeScenarioRecordV1, upgradeScenarioRecordV3, upgradeScenarioRecordV4, upgradeScenarioRecordV5 } from './migrations';
import type { IoWarning } from '../../shared/io/problems';
import type { ValidationResult } from '../../shared/model/validate-core';
import { checkScenarios } from '../engine/outcomes';
import { duePresets, planPresetSeed } from './preset-seed';
import type { PresetVersionRecord, ScenarioRecord, ScenarioRecordV1, ScenarioRecordV3, SettingRecord } from './records';

import { DB_NAME } from './name';
import { citationMiddleware } from './citation-store';

export { DB_NAME };

/** Stores of the first release, kept verbatim: tests recreate a v1 database from it. */
export const V1_STORES = {
  scenarios: 'id, updatedAt',
  settings: 'key',
} as const;

export const V2_STORES = {
  scenarios: 'id, kind, name, regionName, updatedAt, presetId, parentId',
  presetVersions: 'presetId',
  settings: 'key',
} as const;

/** v3 indexes `deletedAt` (only records that have it are in the index), so start-up finds deleted scenarios without reading every one. */
export const V3_STORES = {
  ...V2_STORES,
  scenarios: `${V2_STORES.scenarios}, deletedAt`,
} as const;

/** v7 stores each source once (citation-store.ts): scenario records cite them by number. */
export const V7_STORES = {
  ...V3_STORES,
  citations: 'key',
} as const;

export type CarbonDbOptions = {
  /** the presets to make available (default: the bundled seeds) */
  presets?: readonly Scenario[];
  now?: () => number;
  /** the full check of presets before they are stored (default: the engine worker's) */
  check?: (inputs: readonly unknown[]) => Promise<ValidationResult[]>;
  /**
   * false: a second connection that writes what it was asked to (the engine
   * worker's, writing an import it checked); the page's connection alone
   * seeds presets and purges deletions.
   */
  seed?: boolean;
};

export class CarbonDb extends Dexie {
  scenarios!: EntityTable<ScenarioRecord, 'id'>;
  presetVersions!: EntityTable<PresetVersionRecord, 'presetId'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string, private readonly options: CarbonDbOptions = {}) {
    super(name);
    // Released version blocks are never edited; a new shape is a new block.
    this.version(1).stores(V1_STORES);
    this.version(2)
      .stores(V2_STORES)
      .upgrade((tx) =>
        tx
          .table('scenarios')
          .toCollection()
          .modify((rec: ScenarioRecordV1, ref: { value: unknown }) => {
            ref.value = upgradeScenarioRecordV1(rec);
          }),
      );
    // an index only: IndexedDB builds it from the stored records, no record changes
    this.version(3).stores(V3_STORES);
    // every record gets its revision counter (no index: it is only read with its record)
    this.version(4)
      .stores(V3_STORES)
      .upgrade((tx) =>
        tx
          .table('scenarios')
          .toCollection()
          .modify((rec: ScenarioRecordV3, ref: { value: unknown }) => {
            ref.value = upgradeScenarioRecordV3(rec);
          }),
      );
    // sources keyed by row id (the document and a derived record's changes); a derived record
    // that gave sources by position needs its parent's rows, read first (only those parents)
    this.version(5)
      .stores(V3_STORES)
      .upgrade(async (tx) => {
        const table = tx.table<ScenarioRecord, string>('scenarios');
        const parentIds = new Set<string>();
        await table.where('parentId').aboveOrEqual(Dexie.minKey).each((r) => {
          if (needsParentRows(r)) parentIds.add(r.parentId!);
        });
        const parents = new Map((await table.bulkGet([...parentIds])).flatMap((r) => (r ? [[r.id, r.scenario] as const] : [])));
        await table.toCollection().modify((rec: ScenarioRecord, ref: { value: unknown }) => {
          const warnings: IoWarning[] = [];
          const next = upgradeScenarioRecordV4(rec, rec.parentId === undefined ? undefined : parents.get(rec.parentId), warnings);
          for (const w of warnings) console.warn(`scenario ${rec.id}: ${w.path}: ${w.code}`, w.params);
          if (next !== rec) ref.value = next;
        });
      });
    // scenarios of schema 2: the accounting methods each stored scenario was counted by, named
    this.version(6)
      .stores(V3_STORES)
      .upgrade((tx) =>
        tx
          .table('scenarios')
          .toCollection()
          .modify((rec: ScenarioRecord, ref: { value: unknown }) => {
            const next = upgradeScenarioRecordV5(rec);
            if (next !== rec) ref.value = next;
          }),
      );
    // each record rewritten through the citation middleware, which stores its sources once
    this.version(7)
      .stores(V7_STORES)
      .upgrade((tx) =>
        tx
          .table('scenarios')
          .toCollection()
          .modify((rec: ScenarioRecord, ref: { value: unknown }) => {
            ref.value = { ...rec };
          }),
      );
    this.use(citationMiddleware());
    // Sticky so a reopened database is seeded and cleaned the same way.
    if (options.seed !== false) this.on('ready', (vip) => this.onReady(vip as CarbonDb), true);
  }

  /** A new session: seed changed presets, and forget deletions the last session could still undo. */
  private async onReady(vip: CarbonDb): Promise<void> {
    const now = (this.options.now ?? Date.now)();
    const presets = this.options.presets ?? PRESETS;
    // Keys only (from the indexes) to see what is due: at most starts nothing is,
    // and the records themselves (tens of kB each) need not be read.
    const due = await vip.transaction('r', vip.scenarios, vip.presetVersions, async () => {
      const seeded = new Map((await vip.presetVersions.toArray()).map((v) => [v.presetId, v.version]));
      const present = await vip.scenarios.where('id').anyOf(presets.map((p) => p.id)).primaryKeys();
      const users = new Set(await vip.scenarios.where('kind').equals('user').primaryKeys());
      const kinds = new Map(present.map((id) => [id, { kind: users.has(id) ? ('user' as const) : ('preset' as const), createdAt: 0 }]));
      return duePresets(presets, seeded, kinds);
    });
    // The engine worker checks them before they are stored; it answers outside any transaction.
    const checked = due.length ? await (this.options.check ?? checkScenarios)(due) : [];
    await vip.transaction('rw', vip.scenarios, vip.presetVersions, async () => {
      if (due.length) {
        const existing = new Map<string, Pick<ScenarioRecord, 'kind' | 'createdAt' | 'rev'>>();
        for (const r of await vip.scenarios.bulkGet(due.map((p) => p.id))) if (r) existing.set(r.id, r);
        const plan = planPresetSeed(due, checked, existing, now);
        for (const s of plan.skipped) console.warn(`preset ${s.id} not seeded: ${s.reason}`);
        await vip.scenarios.bulkPut(plan.put);
        await vip.presetVersions.bulkPut(plan.versions);
        // scenarios derived from an updated preset follow it (their stored snapshot is a cache)
        await refreshDescendants(vip, plan.put.map((p) => p.id), now);
      }
      // through the index: a full scan would read (and decode) every scenario at each start
      await vip.scenarios.where('deletedAt').aboveOrEqual(Dexie.minKey).delete();
    });
  }
}
