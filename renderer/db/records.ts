import type { Override } from '../../shared/model/inherit';
import type { Scenario } from '../../shared/model/scenario';

/**
 * Shapes of what IndexedDB holds. Records written by older versions keep
 * their own type here so migrations are typed from and to real shapes.
 */

/** Version 1 (first release): the document and a timestamp, nothing derived. */
export type ScenarioRecordV1 = {
  id: string;
  /** stored as written; a migration must not assume it is still valid */
  scenario: unknown;
  updatedAt: number;
  presetId?: string;
};

/** 'preset' records are seeded from the bundle and read-only; users work on 'user' copies. */
export type ScenarioKind = 'user' | 'preset';

/** Versions 2 and 3: denormalised name and region for listing and search, presets in the same table. */
export type ScenarioRecordV3 = {
  id: string;
  kind: ScenarioKind;
  name: string;
  regionName: string;
  createdAt: number;
  updatedAt: number;
  /** the preset a user scenario was created from (for a preset: its own id) */
  presetId?: string;
  /**
   * Scenario inheritance (shared/model/inherit.ts): the parent, and what this
   * scenario changes. For a derived record these two are the truth and
   * `scenario` is the resolved snapshot, a cache for listing, search and
   * target summaries that every write to an ancestor refreshes
   * (renderer/db/inheritance.ts); opening a scenario resolves the chain afresh.
   */
  parentId?: string;
  overrides?: Override[];
  /** soft delete: set while the deletion can still be undone; purged when the next session opens */
  deletedAt?: number;
  scenario: Scenario;
};

/**
 * Version 4: a revision counter. Every write of a record sets it one above
 * the revision it replaced (a new record starts at 1), and a save names the
 * revision its document was read at: when another window wrote in between,
 * the save is refused instead of overwriting that work (renderer/db/revision.ts).
 */
export type ScenarioRecord = ScenarioRecordV3 & { rev: number };

export type PresetVersionRecord = {
  presetId: string;
  /** content hash of the preset as last seeded */
  version: string;
  seededAt: number;
};

export type SettingRecord = { key: string; value: unknown };

/** Keys of the settings table. */
export const SETTINGS = {
  language: 'language',
  lastOpened: 'lastOpened',
  /** the unit capacity is entered and shown in ('auto' | 'mw' | 'wanKw') */
  capacityUnit: 'capacityUnit',
} as const;
