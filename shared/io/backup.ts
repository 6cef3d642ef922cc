import type { DerivedScenario, ScenarioLookup } from '../model/inherit';
import type { Scenario } from '../model/scenario';
import { BACKUP_FORMAT_MARKER } from './backup-marker';
import { checkLibrary } from './library-check';
import { FORMAT_MARKER } from './migrations';
import { librarySourceKeysById } from './source-keys';
import { capProblems, FILE_PATH, internalProblem, type IoProblem, type IoWarning } from './problems';
import { sha256 } from './sha256';
import { canonicalJson, decodeText, encodeUtf8, exceedsDepth, isPlainObject, parseJson, stripBom } from './text';

/**
 * Full backup: every stored user scenario, derived scenario and setting, with
 * a SHA-256 checksum of the content (sha256.ts: synchronous, pure JS, works in
 * workers) so a damaged or hand-edited file is noticed before anything is
 * restored.
 *
 * ```json
 * {
 *   "format": "carbon-peak-planner-backup",
 *   "formatVersion": 2,
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
/** 2: `sources` address ledger rows by id (1: by position; migrated when read, source-keys.ts). */
export const BACKUP_FORMAT_VERSION = 2;

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

const p = (path: string, message: string, messageZh: string, code: IoProblem['code'] = 'invalid'): IoProblem => ({ path, message, messageZh, code });
const typeName = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

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
  if (input.length > maxSize) return fail(p(FILE_PATH, `the file is too large (limit ${Math.round(maxSize / 1024 / 1024)} MB)`, `文件过大（上限 ${Math.round(maxSize / 1024 / 1024)} MB）`, 'too-large'));
  const text = typeof input === 'string' ? stripBom(input) : decodeText(input).text;
  if (!text.trim()) return fail(p(FILE_PATH, 'the file is empty', '文件为空', 'empty'));
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const at = parsed.line !== undefined ? ` at line ${parsed.line}, column ${parsed.column}` : '';
    const atZh = parsed.line !== undefined ? `（第 ${parsed.line} 行第 ${parsed.column} 列附近）` : '';
    return fail(p(FILE_PATH, `the file is not valid JSON${at}: ${parsed.detail}`, `文件不是有效的 JSON${atZh}：${parsed.detail}`, 'not-json'));
  }
  if (exceedsDepth(parsed.value, MAX_DEPTH)) return fail(p(FILE_PATH, `the file nests data more than ${MAX_DEPTH} levels deep`, `文件数据嵌套超过 ${MAX_DEPTH} 层`, 'too-deep'));
  const doc = parsed.value;
  if (!isPlainObject(doc) || doc.format !== BACKUP_FORMAT_MARKER) {
    if (isPlainObject(doc) && (doc.format === FORMAT_MARKER || doc.app !== undefined)) {
      return fail(p(FILE_PATH, 'this is a scenario file, not a full backup: use "Import scenarios"', '这是情景文件，不是完整备份：请使用"导入情景"', 'wrong-format'));
    }
    return fail(p(FILE_PATH, `this is not a Carbon Peak Planner backup (no "format": "${BACKUP_FORMAT_MARKER}")`, '这不是碳达峰情景规划器的备份文件', 'wrong-format'));
  }
  const v = doc.formatVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return fail(p('formatVersion', `expected a whole number from 1, got ${typeName(v)}`, '格式版本无效', 'bad-version'));
  if (v > BACKUP_FORMAT_VERSION) {
    const made = typeof doc.appVersion === 'string' ? ` (${doc.appVersion})` : '';
    return fail(
      p(
        FILE_PATH,
        `this backup was made by a newer version of Carbon Peak Planner${made} (backup format ${v}; this version reads up to ${BACKUP_FORMAT_VERSION}). Update the app to restore it.`,
        `该备份由更新版本的碳达峰情景规划器${made}生成（备份格式 ${v}，当前版本最高支持 ${BACKUP_FORMAT_VERSION}）。请升级软件后再恢复。`,
        'newer-version',
      ),
    );
  }

  const problems: IoProblem[] = [];
  for (const key of ['createdAt', 'appVersion'] as const) {
    if (typeof doc[key] !== 'string') problems.push(p(key, `expected text, got ${typeName(doc[key])}`, '应为文本'));
  }
  for (const key of Object.keys(doc)) {
    if (!FILE_KEYS.has(key)) warnings.push({ path: key, message: `unknown field '${key}' is ignored`, messageZh: `未知字段 '${key}' 已忽略` });
  }
  const checksum = doc.checksum;
  if (!isPlainObject(checksum) || checksum.algorithm !== 'sha256' || typeof checksum.value !== 'string' || !/^[0-9a-f]{64}$/.test(checksum.value)) {
    problems.push(p('checksum', 'expected { algorithm: "sha256", value: <64 hex digits> }', '校验值缺失或格式错误', 'checksum'));
  }
  const content = doc.content;
  if (!isPlainObject(content)) {
    problems.push(p('content', content === undefined ? 'is missing' : `expected an object, got ${typeName(content)}`, '备份内容缺失或格式错误'));
    return fail(...problems);
  }
  if (problems.length) return fail(...problems);

  const actual = backupChecksum(content);
  if (actual !== (checksum as { value: string }).value) {
    const problem = p(
      'checksum',
      'the checksum does not match the content: the file was changed or damaged after it was saved',
      '校验值与内容不符：文件在保存后被修改或已损坏',
      'checksum',
    );
    if (!options.acceptChecksumMismatch) return fail(problem);
    warnings.push({ path: problem.path, message: `${problem.message}; restored anyway as confirmed`, messageZh: `${problem.messageZh}；已按确认继续恢复` });
  }

  for (const key of Object.keys(content)) {
    if (!CONTENT_KEYS.has(key)) warnings.push({ path: `content.${key}`, message: `unknown field '${key}' is ignored`, messageZh: `未知字段 '${key}' 已忽略` });
  }
  const list = (key: 'scenarios' | 'derived'): unknown[] => {
    const l = content[key];
    if (l === undefined && key === 'derived') return [];
    if (!Array.isArray(l)) {
      problems.push(p(`content.${key}`, l === undefined ? 'is missing (expected a list)' : `expected a list, got ${typeName(l)}`, '应为列表'));
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

  const settings = content.settings === undefined ? {} : content.settings;
  if (!isPlainObject(settings)) problems.push(p('content.settings', `expected an object of settings, got ${typeName(settings)}`, '设置应为对象'));
  else {
    const keys = Object.keys(settings);
    if (keys.length > MAX_SETTINGS) problems.push(p('content.settings', `holds ${keys.length} settings; at most ${MAX_SETTINGS}`, `设置项过多（${keys.length}）`));
    for (const k of keys) {
      if (!k || k.length > 200) problems.push(p('content.settings', `a setting key must be 1–200 characters (got ${k.length})`, '设置项名称长度应为 1–200 个字符'));
    }
  }

  let meta: Record<string, BackupRecordMeta> | undefined;
  if (content.meta !== undefined) {
    if (!isPlainObject(content.meta)) problems.push(p('content.meta', `expected an object, got ${typeName(content.meta)}`, '应为对象'));
    else {
      meta = {};
      for (const [id, m] of Object.entries(content.meta)) {
        const at = `content.meta[${JSON.stringify(id)}]`;
        if (id === '__proto__') {
          warnings.push({ path: at, message: 'is not a scenario id and is ignored', messageZh: '不是情景编号，已忽略' });
          continue;
        }
        if (!isPlainObject(m)) {
          problems.push(p(at, `expected an object, got ${typeName(m)}`, '应为对象'));
          continue;
        }
        const entry: BackupRecordMeta = {};
        for (const [k, val] of Object.entries(m)) {
          if ((k === 'createdAt' || k === 'updatedAt') && typeof val === 'number' && Number.isFinite(val) && val >= 0) entry[k] = val;
          else if (k === 'presetId' && typeof val === 'string') entry.presetId = val;
          else problems.push(p(`${at}.${k}`, k === 'createdAt' || k === 'updatedAt' ? 'expected a time in milliseconds' : k === 'presetId' ? 'expected text' : `unknown field '${k}'`, '格式错误'));
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
        warnings.push({ path: `content.meta[${JSON.stringify(id)}]`, message: 'belongs to no scenario in the backup and is ignored', messageZh: '不对应备份中的任何情景，已忽略' });
        delete meta[id];
      }
    }
  }
  const out: BackupContent = { scenarios: checked.scenarios, derived: checked.derived, settings: settings as Record<string, unknown> };
  if (meta) out.meta = meta;
  return { ok: true, content: out, derivedResolved: checked.derivedResolved, createdAt: doc.createdAt as string, appVersion: doc.appVersion as string, warnings };
}
