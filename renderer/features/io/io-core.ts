/**
 * What the import/export area runs when the user acts, loaded on first use:
 * the workbook writer stays out of the app's start. Scenario files and
 * backups are read and written by the engine worker (renderer/engine/file-commands.ts).
 */
export { encodeUtf8 } from '../../../shared/io/text';
export { fileDate, fileStamp, safeFileName, unusedFileName } from './file-names';
export { checkImportFrom, importChecked } from './import-from';
export { ResultsExportError, resultsFileBytes } from './results-export';
