import type { ExistingEntry, ImportMode, PlannedDerived, PlannedItem } from '../../shared/io/import-plan';
import type { IoProblem, IoWarning } from '../../shared/io/problems';
import { createBackup, parseBackup, type BackupContent, type ParsedBackup } from '../../shared/io/backup';
import { checkScenarioFile, parentsOutside, readScenarioFile, type ParsedScenarioFile, type ReadScenarioFile } from '../../shared/io/scenario-file';
import { encodeUtf8 } from '../../shared/io/text';
import type { DerivedScenario } from '../../shared/model/inherit';
import type { Scenario } from '../../shared/model/scenario';
import { readLiveRecords } from '../db/library-read';
import { libraryFileBytes, type ExportMeta } from '../features/io/library-io';
import { writeCheckedImport, type CheckedItems, type WrittenItem } from './import-write';

/**
 * Scenario files and backups in the worker: reading one checks every scenario
 * in it (expressions included), and writing one needs the same modules, so
 * neither loads on the page.
 */

/**
 * What the page gets of a checked scenario file: its problems, or what the
 * import dialog shows and plans by (the envelope, each item's id and name) and
 * the token to write it by. The scenarios stay in the worker, which writes
 * them (import-write.ts): a library file is tens of megabytes the page would
 * otherwise receive, and send back to storage, for nothing.
 */
export type CheckedImportFile =
  | Exclude<ParsedScenarioFile, { ok: true }>
  | (Omit<Extract<ParsedScenarioFile, { ok: true }>, 'scenarios' | 'derived' | 'derivedResolved'> & {
      token: number;
      scenarios: PlannedItem[];
      derived: PlannedDerived[];
    });

/** A scenario file read (its problems, or a token to check it by and the parents it names outside itself). */
export type ImportRead = { ok: false; problems: IoProblem[]; warnings: IoWarning[] } | { ok: true; token: number; parents: string[] };

/** Files read and waiting for their parents from the library: the last one only (one import at a time). */
const held = new Map<number, Extract<ReadScenarioFile, { ok: true }>>();
/** Files checked and waiting for the user's choice: the last one only. */
const checked = new Map<number, CheckedItems>();
let nextToken = 1;

/** Parses and migrates a scenario file; the page then looks up the parents it names that it does not hold. */
export function readImport(input: string | Uint8Array): ImportRead {
  const read = readScenarioFile(input);
  if (!read.ok) return read;
  held.clear();
  const token = nextToken++;
  held.set(token, read);
  return { ok: true, token, parents: parentsOutside(read) };
}

/** Checks the file read under `token`, derived scenarios resolved through `parents` from the library. */
export function checkImport(token: number, parents: [string, Scenario | DerivedScenario][]): CheckedImportFile {
  const read = held.get(token);
  held.delete(token);
  if (!read) throw new Error('the file is no longer held for checking; choose it again');
  const lookup = new Map(parents);
  const file = checkScenarioFile(read, { parents: (id) => lookup.get(id) });
  if (!file.ok) return file;
  // derived scenarios are resolved again on write, against the library as it is then
  const { derivedResolved: _resolvedAgainOnWrite, scenarios, derived, ...envelope } = file;
  checked.clear();
  checked.set(token, { scenarios, derived });
  return {
    ...envelope,
    token,
    scenarios: scenarios.map((s) => ({ id: s.id, name: s.name })),
    derived: derived.map((d) => ({ id: d.id, name: d.name, parentId: d.parentId })),
  };
}

/** Writes the file checked under `token` to database `db`, planned as the page planned it (`existing`, `mode`). */
export async function writeImport(token: number, db: string, existing: readonly ExistingEntry[], mode: ImportMode): Promise<WrittenItem[]> {
  const items = checked.get(token);
  if (!items) throw new Error('the file is no longer held for importing; choose it again');
  const written = await writeCheckedImport(items, db, existing, mode);
  checked.delete(token);
  return written;
}

/**
 * The scenario file of `ids`, read from database `db` here: a library of a thousand
 * scenarios is tens of megabytes the page would otherwise decode and send over.
 */
export async function scenarioFileBytes(db: string, ids: readonly string[], meta: ExportMeta): Promise<Uint8Array> {
  return libraryFileBytes(await readLiveRecords(db), ids, meta);
}

export function backupFileBytes(content: BackupContent, createdAt: string, appVersion: string): Uint8Array {
  return encodeUtf8(createBackup({ content, createdAt, appVersion }));
}

/** A backup read and checked; derived scenarios of presets find them in `presets`. */
export function checkBackup(input: Uint8Array, presets: readonly Scenario[], acceptChecksumMismatch: boolean): ParsedBackup {
  const byId = new Map(presets.map((p) => [p.id, p]));
  return parseBackup(input, { parents: (id) => byId.get(id), acceptChecksumMismatch });
}
