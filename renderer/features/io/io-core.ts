/**
 * What the import/export area runs when the user acts, loaded on first use:
 * the file formats, their checks (which evaluate expressions, so mathjs) and
 * the workbook writer stay out of the app's start.
 */
export { createBackup, parseBackup } from '../../../shared/io/backup';
export { encodeUtf8 } from '../../../shared/io/text';
export { checkImportFrom, fileDate, libraryFileText, safeFileName } from './library-io';
export { ResultsExportError, resultsFileBytes } from './results-export';
