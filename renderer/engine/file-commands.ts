import type { BackupContent, ParsedBackup } from '../../shared/io/backup';
import type { ExistingEntry, ImportMode } from '../../shared/io/import-plan';
import type { DerivedScenario } from '../../shared/model/inherit';
import type { Scenario } from '../../shared/model/scenario';
import { engineClient } from './client';
import type { CheckedImportFile, ImportRead } from './files';
import type { WrittenItem } from './import-write';
import { markChecked } from './outcomes';

/**
 * Scenario files and backups, read and written by the engine worker
 * (renderer/engine/files.ts). A scenario file is written by the worker that
 * checked it; the scenarios a backup check passes are known to storage as
 * checked, so writing them does not check them again.
 */

/**
 * Bytes that fill their own buffer are handed to the worker, not copied (a
 * library file is tens of megabytes): the caller must not read them afterwards.
 */
export function readImportFile(input: string | Uint8Array): Promise<ImportRead> {
  const own = typeof input !== 'string' && input.buffer instanceof ArrayBuffer && input.byteOffset === 0 && input.byteLength === input.buffer.byteLength;
  return engineClient.call('readImport', { input }, own ? [input.buffer] : []);
}

export function checkImportFile(token: number, parents: ReadonlyMap<string, Scenario | DerivedScenario>): Promise<CheckedImportFile> {
  return engineClient.call('checkImport', { token, parents: [...parents] });
}

/** The checked file written by the worker to database `db`, as planned from `existing` and `mode`. */
export function writeImportFile(token: number, db: string, existing: readonly ExistingEntry[], mode: ImportMode): Promise<WrittenItem[]> {
  return engineClient.call('writeImport', { token, db, existing: [...existing], mode });
}

export async function checkBackupFile(input: Uint8Array, presets: readonly Scenario[], acceptChecksumMismatch = false): Promise<ParsedBackup> {
  const parsed = await engineClient.call('checkBackup', { input, presets: [...presets], acceptChecksumMismatch });
  if (parsed.ok) parsed.content.scenarios.forEach(markChecked);
  return parsed;
}

/** The scenario file of `ids` as stored in database `db` (the worker reads the library itself). */
export function scenarioFileBytes(db: string, ids: readonly string[], meta: { exportedAt: string; appVersion: string }): Promise<Uint8Array> {
  return engineClient.call('scenarioFile', { db, ids: [...ids], meta });
}

export function backupFileBytes(content: BackupContent, createdAt: string, appVersion: string): Promise<Uint8Array> {
  return engineClient.call('backupFile', { content, createdAt, appVersion });
}
