import type { ExistingEntry } from '../../../shared/io/import-plan';
import type { DerivedScenario } from '../../../shared/model/inherit';
import type { Scenario } from '../../../shared/model/scenario';
import type { ImportMode } from '../../../shared/io/import-plan';
import { checkImportFile, readImportFile, writeImportFile } from '../../engine/file-commands';
import type { WrittenItem } from '../../engine/import-write';
import { withPlan, type ImportCheck } from './import-check';

/** What `checkImportFrom` needs of the library: the repository's database, `importEntries` and `fileItems`. */
export type ImportLibrary = {
  db: { name: string };
  importEntries(): Promise<ExistingEntry[]>;
  fileItems(ids: readonly string[]): Promise<ReadonlyMap<string, Scenario | DerivedScenario>>;
};

/**
 * A scenario file checked against the library: the engine worker reads it
 * while storage reads the library's names, then checks it with the parents
 * its derived scenarios name (and their own parents), never the whole library.
 * Writes nothing; the caller shows the problems or the plan. Bytes are handed
 * to the worker (`readImportFile`): the caller must not read them afterwards.
 */
export async function checkImportFrom(input: string | Uint8Array, library: ImportLibrary): Promise<ImportCheck> {
  const entries = library.importEntries();
  const read = await readImportFile(input).catch((err: unknown) => {
    entries.catch(() => {});
    throw err;
  });
  if (!read.ok) {
    entries.catch(() => {});
    return read;
  }
  const [existing, parents] = await Promise.all([entries, library.fileItems(read.parents)]);
  return withPlan(await checkImportFile(read.token, parents), existing);
}

/**
 * Writes a checked file in the mode the user chose: the engine worker, which
 * holds the checked scenarios, plans it against the same library names and
 * writes it in one transaction (refused whole, writing nothing, when the
 * library changed since the plan was shown).
 */
export function importChecked(check: Extract<ImportCheck, { ok: true }>, mode: ImportMode, library: Pick<ImportLibrary, 'db'>): Promise<WrittenItem[]> {
  return writeImportFile(check.file.token, library.db.name, check.existing, mode);
}
