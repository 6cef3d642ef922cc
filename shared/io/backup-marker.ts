/** The `format` of a full backup (backup.ts); here so scenario-file.ts can recognise one without importing backup.ts. */
export const BACKUP_FORMAT_MARKER = 'carbon-peak-planner-backup';
