import type { DerivedScenario, ScenarioLookup } from '../model/inherit';
import type { Scenario } from '../model/scenario';
import { echo, echoList } from '../model/echo';
import { issueAt } from '../model/issue-codes';
import { BACKUP_FORMAT_MARKER } from './backup-marker';
import { checkLibrary } from './library-check';
import { FORMAT_MARKER } from './migrations';
import { libraryToSchema2 } from './migrate-accounting';
import { librarySourceKeysById } from './source-keys';
import { capProblems, FILE_PATH, internalProblem, type IoProblem, type IoWarning } from './problems';
import { sha256 } from './sha256';
import { canonicalJson, decodeText, encodeUtf8, exceedsDepth, isPlainObject, jsonType, notJson, parseJson, stripBom } from './text';

/**
 * Full backup: every stored user scenario, derived scenario and setting, with
 * a SHA-256 checksum of the content (sha256.ts: synchronous, pure JS, works in
 * workers) so a damaged or hand-edited file is noticed before anything is
 * restored.
 *
 * ```json
 * {
 *   "format": "carbon-peak-planner-backup",
 *   "formatVersion": 3,
 *   "createdAt": "2025-03-01T08:00:00.000Z",
 *   "appVersion": "0.1.0",
 *   "checksum": { "algorithm": "sha256", "value": "9f86d0…" },
 *   "content": {
 *     "scenarios": [ … ],
 *     "derived": [ … ],
 *     "settings": { "language": "zh" },
 *     "meta": { "foshan-base": { "createdAt": 1735689600000, "updatedAt": 1740816000000, "presetId": "foshan" } }
 *   }
 * }
 * ```
 *
 * The checksum is taken over `canonicalJson(content)` (keys sorted, no
 * whitespace) encoded as UTF-8, so re-indenting the file does not break it but
 * any change of a value does. `parseBackup` checks the checksum, validates
 * every scenario (and every derived scenario resolved through its parents,
 * which may be presets: `options.parents`) and returns all or nothing; the
 * storage layer then replaces the library in one transaction.
 */

export { BACKUP_FORMAT_MARKER };
/**
 * 3: scenarios of schema 2 (accounting methods named). 2: scenarios of schema 1,
 * `sources` addressing ledger rows by id; 1: by position. Older ones are migrated
 * when read (source-keys.ts, then migrate-accounting.ts), as scenario files are.
 */
export const BACKUP_FORMAT_VERSION = 3;

export type BackupRecordMeta = { createdAt?: number; updatedAt?: number; presetId?: string };

export type BackupContent = {
  scenarios: Scenario[];
  derived: DerivedScenario[];
  /** settings table, key → any JSON value */
  settings: Record<string, unknown>;
  /** record data beyond the scenario itself, by scenario id */
  meta?: Record<string, BackupRecordMeta>;
};

export type BackupFile = {
  format: typeof BACKUP_FORMAT_MARKER;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  createdAt: string;
  appVersion: string;
  checksum: { algorithm: 'sha256'; value: string };
  content: BackupContent;
};

export function backupChecksum(content: unknown): string {
  return sha256(encodeUtf8(canonicalJson(content)));
}

export type CreateBackupInput = {
  content: BackupContent;
  /** ISO 8601 (shared/ has no clock) */
  createdAt: string;
  appVersion: string;
};

/** The backup file's text (pretty JSON, UTF-8 when saved). */
export function createBackup(input: CreateBackupInput): string {
  // Round-trip through JSON first so the checksum covers exactly what is written
  // (undefined fields dropped, as in the file).
  const content = JSON.parse(JSON.stringify(input.content)) as BackupContent;
  const file: BackupFile = {
    format: BACKUP_FORMAT_MARKER,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: input.createdAt,
    appVersion: input.appVersion,
    checksum: { algorithm: 'sha256', value: backupChecksum(content) },
    content,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ParseBackupOptions = {
  /** parents of derived scenarios that are not in the backup (the presets) */
  parents?: ScenarioLookup;
  /** default 256 MiB (characters, or bytes for byte input) */
  maxSize?: number;
  /**
   * Restore even when the checksum does not match (the user confirmed a file
   * they edited by hand). Everything is still validated.
   */
  acceptChecksumMismatch?: boolean;
};

export type ParsedBackup =
  | {
      ok: true;
      content: BackupContent;
      /** each derived scenario resolved through its parents, same order as `content.derived` */
      derivedResolved: Scenario[];
      createdAt: string;
      appVersion: string;
      warnings: IoWarning[];
    }
  | { ok: false; problems: IoProblem[]; warnings: IoWarning[] };

export const DEFAULT_MAX_BACKUP_SIZE = 256 * 1024 * 1024;
const MAX_DEPTH = 64;
const MAX_SETTINGS = 1000;
const CONTENT_KEYS = new Set(['scenarios', 'derived', 'settings', 'meta']);
const FILE_KEYS = new Set(['format', 'formatVersion', 'createdAt', 'appVersion', 'checksum', 'content']);


/** Reads and checks a backup. Never throws. */
export function parseBackup(input: string | Uint8Array, options: ParseBackupOptions = {}): ParsedBackup {
  const warnings: IoWarning[] = [];
  try {
    return parseInner(input, options, warnings);
  } catch (err) {
    return { ok: false, problems: [internalProblem(err)], warnings };
  }
}

function parseInner(input: string | Uint8Array, options: ParseBackupOptions, warnings: IoWarning[]): ParsedBackup {
  const fail = (...problems: IoProblem[]): ParsedBackup => ({ ok: false, problems: capProblems(problems), warnings });
  const maxSize = options.maxSize ?? DEFAULT_MAX_BACKUP_SIZE;
  if (input.length > maxSize) return fail(issueAt(FILE_PATH, 'file.tooLarge', { size: input.length, limit: maxSize }));
  const text = typeof input === 'string' ? stripBom(input) : decodeText(input).text;
  if (!text.trim()) return fail(issueAt(FILE_PATH, 'file.empty'));
  const parsed = parseJson(text);
  if (!parsed.ok) return fail(notJson(parsed));
  if (exceedsDepth(parsed.value, MAX_DEPTH)) return fail(issueAt(FILE_PATH, 'file.tooDeep', { limit: MAX_DEPTH }));
  const doc = parsed.value;
  if (!isPlainObject(doc) || doc.format !== BACKUP_FORMAT_MARKER) {
    if (isPlainObject(doc) && (doc.format === FORMAT_MARKER || doc.app !== undefined)) {
      return fail(issueAt(FILE_PATH, 'backup.isScenarioFile'));
    }
    return fail(issueAt(FILE_PATH, 'backup.notBackup', { marker: BACKUP_FORMAT_MARKER }));
  }
  const v = doc.formatVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return fail(issueAt('formatVersion', 'backup.badVersion', { got: jsonType(v) }));
  if (v > BACKUP_FORMAT_VERSION) {
    const newer = { version: v, supported: BACKUP_FORMAT_VERSION };
    return fail(
      typeof doc.appVersion === 'string'
        ? issueAt(FILE_PATH, 'backup.newerApp', { app: echo(doc.appVersion), ...newer })
        : issueAt(FILE_PATH, 'backup.newer', newer),
    );
  }

  const problems: IoProblem[] = [];
  for (const key of ['createdAt', 'appVersion'] as const) {
    if (typeof doc[key] !== 'string') problems.push(issueAt(key, 'file.expectedText', { got: jsonType(doc[key]) }));
  }
  for (const key of Object.keys(doc)) {
    if (!FILE_KEYS.has(key)) warnings.push(issueAt(echo(key), 'file.unknownField', { key: echo(key) }));
  }
  const checksum = doc.checksum;
  if (!isPlainObject(checksum) || checksum.algorithm !== 'sha256' || typeof checksum.value !== 'string' || !/^[0-9a-f]{64}$/.test(checksum.value)) {
    problems.push(issueAt('checksum', 'backup.checksumFormat'));
  }
  const content = doc.content;
  if (!isPlainObject(content)) {
    problems.push(content === undefined ? issueAt('content', 'file.fieldMissing') : issueAt('content', 'file.notObject', { got: jsonType(content) }));
    return fail(...problems);
  }
  if (problems.length) return fail(...problems);

  const actual = backupChecksum(content);
  if (actual !== (checksum as { value: string }).value) {
    if (!options.acceptChecksumMismatch) return fail(issueAt('checksum', 'backup.checksum'));
    warnings.push(issueAt('checksum', 'backup.checksumAccepted'));
  }

  for (const key of Object.keys(content)) {
    if (!CONTENT_KEYS.has(key)) warnings.push(issueAt(`content.${echo(key)}`, 'file.unknownField', { key: echo(key) }));
  }
  const list = (key: 'scenarios' | 'derived'): unknown[] => {
    const l = content[key];
    if (l === undefined && key === 'derived') return [];
    if (!Array.isArray(l)) {
      problems.push(l === undefined ? issueAt(`content.${key}`, 'file.listMissing') : issueAt(`content.${key}`, 'file.notList', { got: jsonType(l) }));
      return [];
    }
    return l;
  };
  let scenarios = list('scenarios');
  let derived = list('derived');
  if (v < 2 && !problems.length) {
    // format 1 addressed ledger rows in `sources` by position
    ({ scenarios, derived } = librarySourceKeysById({ scenarios, derived }, { scenarios: 'content.scenarios', derived: 'content.derived' }, warnings, options.parents));
  }
  if (v < 3 && !problems.length) ({ scenarios, derived } = libraryToSchema2({ scenarios, derived }));

  const settings = content.settings === undefined ? {} : content.settings;
  if (!isPlainObject(settings)) problems.push(issueAt('content.settings', 'file.notObject', { got: jsonType(settings) }));
  else {
    const keys = Object.keys(settings);
    if (keys.length > MAX_SETTINGS) problems.push(issueAt('content.settings', 'backup.tooManySettings', { count: keys.length, limit: MAX_SETTINGS }));
    for (const k of keys) {
      if (!k || k.length > 200) problems.push(issueAt('content.settings', 'backup.settingKey', { length: k.length }));
    }
  }

  let meta: Record<string, BackupRecordMeta> | undefined;
  if (content.meta !== undefined) {
    if (!isPlainObject(content.meta)) problems.push(issueAt('content.meta', 'file.notObject', { got: jsonType(content.meta) }));
    else {
      meta = {};
      for (const [id, m] of Object.entries(content.meta)) {
        const at = `content.meta[${JSON.stringify(id)}]`;
        if (id === '__proto__') {
          warnings.push(issueAt(at, 'backup.notScenarioId'));
          continue;
        }
        if (!isPlainObject(m)) {
          problems.push(issueAt(at, 'file.notObject', { got: jsonType(m) }));
          continue;
        }
        const entry: BackupRecordMeta = {};
        for (const [k, val] of Object.entries(m)) {
          if ((k === 'createdAt' || k === 'updatedAt') && typeof val === 'number' && Number.isFinite(val) && val >= 0) entry[k] = val;
          else if (k === 'presetId' && typeof val === 'string') entry.presetId = val;
          else if (k === 'createdAt' || k === 'updatedAt') problems.push(issueAt(`${at}.${k}`, 'backup.metaTime'));
          else if (k === 'presetId') problems.push(issueAt(`${at}.${k}`, 'backup.metaText'));
          else problems.push(issueAt(`${at}.${echo(k)}`, 'schema.unknownField', { keys: echoList([k]) }));
        }
        meta[id] = entry;
      }
    }
  }
  if (problems.length) return fail(...problems);

  const checkWarnings: IoWarning[] = [];
  const checked = checkLibrary(
    { scenarios, derived, scenariosPath: 'content.scenarios', derivedPath: 'content.derived', ...(options.parents ? { parents: options.parents } : {}) },
    problems,
    checkWarnings,
  );
  warnings.push(...checkWarnings);
  if (!checked) return fail(...problems);

  if (meta) {
    const ids = new Set([...checked.scenarios.map((s) => s.id), ...checked.derived.map((d) => d.id)]);
    for (const id of Object.keys(meta)) {
      if (!ids.has(id)) {
        warnings.push(issueAt(`content.meta[${JSON.stringify(echo(id))}]`, 'backup.metaOrphan'));
        delete meta[id];
      }
    }
  }
  const out: BackupContent = { scenarios: checked.scenarios, derived: checked.derived, settings: settings as Record<string, unknown> };
  if (meta) out.meta = meta;
  return { ok: true, content: out, derivedResolved: checked.derivedResolved, createdAt: doc.createdAt as string, appVersion: doc.appVersion as string, warnings };
}
