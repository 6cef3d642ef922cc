import type { DerivedScenario, ScenarioLookup } from '../model/inherit';
import type { Scenario } from '../model/scenario';
import { checkLibrary, type LibraryCheckInput } from './library-check';
import {
  CURRENT_FORMAT_VERSION,
  FORMAT_MARKER,
  LEGACY_APP_MARKER,
  legacyPathV0,
  migrateToCurrent,
} from './migrations';
import { capProblems, FILE_PATH, internalProblem, type IoProblem, type IoWarning } from './problems';
import { decodeText, exceedsDepth, isPlainObject, parseJson, stripBom } from './text';

/**
 * Scenario files: one scenario or a whole library as versioned JSON.
 *
 * ```json
 * {
 *   "format": "carbon-peak-planner",
 *   "formatVersion": 2,
 *   "exportedAt": "2025-03-01T08:00:00.000Z",
 *   "appVersion": "0.1.0",
 *   "scenarios": [{ "schemaVersion": 1, "id": "foshan-base", "name": "佛山基准情景", … }],
 *   "derived": [{ "id": "foshan-fast-pv", "parentId": "foshan-base", "name": "…", "overrides": [{ "path": "…", "value": … }] }]
 * }
 * ```
 *
 * `derived` (optional) holds scenarios stored as changes to a parent
 * (shared/model/inherit.ts); a parent is looked up in the file first, then in
 * `options.parents`. Older formats are migrated (migrations.ts). Nothing is
 * returned as ok unless every scenario, and every derived scenario resolved
 * through its parents, passes `validateScenario`.
 */

export { FORMAT_MARKER, CURRENT_FORMAT_VERSION } from './migrations';
export { BACKUP_FORMAT_MARKER } from './backup-marker';
import { BACKUP_FORMAT_MARKER } from './backup-marker';

export type ScenarioFile = {
  format: typeof FORMAT_MARKER;
  formatVersion: typeof CURRENT_FORMAT_VERSION;
  /** ISO 8601, given by the caller */
  exportedAt: string;
  appVersion: string;
  scenarios: Scenario[];
  derived?: DerivedScenario[];
};

export type ExportScenariosInput = {
  scenarios: readonly Scenario[];
  derived?: readonly DerivedScenario[];
  /** ISO 8601 time of the export (shared/ has no clock) */
  exportedAt: string;
  appVersion: string;
};

/**
 * JSON with a trailing newline; encode as UTF-8 without BOM (`encodeUtf8`). One
 * scenario is pretty-printed (2 spaces) for people who open it; a library is
 * compact (a fifth smaller and faster to write: 1,000 scenarios are ~60 MB).
 */
export function exportScenarios(input: ExportScenariosInput): string {
  const file: ScenarioFile = {
    format: FORMAT_MARKER,
    formatVersion: CURRENT_FORMAT_VERSION,
    exportedAt: input.exportedAt,
    appVersion: input.appVersion,
    scenarios: [...input.scenarios],
  };
  if (input.derived?.length) file.derived = [...input.derived];
  const pretty = file.scenarios.length + (file.derived?.length ?? 0) <= 1;
  return `${JSON.stringify(file, null, pretty ? 2 : undefined)}\n`;
}

/**
 * What to export for a selection: the selected scenarios plus every parent a
 * selected derived scenario needs, roots first. `lookup` sees the library
 * (presets included). Ids that are not found are returned in `missing`.
 */
export function collectForExport(
  ids: readonly string[],
  lookup: ScenarioLookup,
): { scenarios: Scenario[]; derived: DerivedScenario[]; missing: string[] } {
  const scenarios: Scenario[] = [];
  const derived: DerivedScenario[] = [];
  const missing: string[] = [];
  const done = new Set<string>();
  const visit = (id: string, trail: Set<string>) => {
    if (done.has(id) || trail.has(id)) return;
    const item = lookup(id);
    if (!item) {
      if (!missing.includes(id)) missing.push(id);
      return;
    }
    if ('parentId' in item && 'overrides' in item) {
      trail.add(id);
      visit(item.parentId, trail);
      derived.push(item);
    } else scenarios.push(item);
    done.add(id);
  };
  for (const id of ids) visit(id, new Set());
  return { scenarios, derived, missing };
}

export type ParseScenarioFileOptions = {
  /** parents of derived scenarios that are not in the file (presets, the library) */
  parents?: ScenarioLookup;
  /** the full check of one scenario (default `validateScenario`; must not throw) */
  validate?: LibraryCheckInput['validate'];
  /** refuse larger files (characters, or bytes for byte input); default 64 MiB */
  maxSize?: number;
  /** refuse files with more scenarios and derived scenarios together; default 5,000 */
  maxScenarios?: number;
};

export type ParsedScenarioFile =
  | {
      ok: true;
      scenarios: Scenario[];
      derived: DerivedScenario[];
      /** each derived scenario resolved through its parents, same order as `derived` */
      derivedResolved: Scenario[];
      warnings: IoWarning[];
      /** the format the file was written in (before migration) */
      formatVersion: number;
      exportedAt?: string;
      appVersion?: string;
    }
  | { ok: false; problems: IoProblem[]; warnings: IoWarning[] };

export const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;
export const DEFAULT_MAX_SCENARIOS = 5000;
/** Scenario documents nest about 8 deep; overrides add a few more. */
export const MAX_JSON_DEPTH = 64;

const ENVELOPE_KEYS = new Set(['format', 'formatVersion', 'exportedAt', 'appVersion', 'scenarios', 'derived']);

type Detected =
  | { kind: 'file'; version: number; doc: Record<string, unknown> }
  | { kind: 'bare'; doc: Record<string, unknown> }
  | { kind: 'problem'; problem: IoProblem };

const fail = (path: string, message: string, messageZh: string, code: IoProblem['code']): IoProblem => ({ path, message, messageZh, code });

function detect(value: unknown): Detected {
  const wrong = (what: string) =>
    fail(
      FILE_PATH,
      `this is not a Carbon Peak Planner scenario file (${what})`,
      `这不是碳达峰情景规划器的情景文件（${what}）`,
      'wrong-format',
    );
  if (!isPlainObject(value)) {
    return { kind: 'problem', problem: wrong(Array.isArray(value) ? 'the file holds a list, not an object' : `the file holds a single ${value === null ? 'null' : typeof value}`) };
  }
  if (value.format === BACKUP_FORMAT_MARKER) {
    return {
      kind: 'problem',
      problem: fail(FILE_PATH, 'this is a full backup, not a scenario file: use "Restore from backup"', '这是完整备份文件，不是情景文件：请使用"从备份恢复"', 'wrong-format'),
    };
  }
  if (value.format === FORMAT_MARKER) {
    const v = value.formatVersion;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      return {
        kind: 'problem',
        problem: fail('formatVersion', `expected a whole number, got ${JSON.stringify(v) ?? 'nothing'}`, `格式版本应为整数`, 'bad-version'),
      };
    }
    if (v > CURRENT_FORMAT_VERSION) {
      const made = typeof value.appVersion === 'string' ? ` (${value.appVersion})` : '';
      return {
        kind: 'problem',
        problem: fail(
          FILE_PATH,
          `this file was made by a newer version of Carbon Peak Planner${made} (file format ${v}; this version reads formats up to ${CURRENT_FORMAT_VERSION}). Update the app to open it.`,
          `该文件由更新版本的碳达峰情景规划器${made}生成（文件格式 ${v}，当前版本最高支持格式 ${CURRENT_FORMAT_VERSION}）。请升级软件后再打开。`,
          'newer-version',
        ),
      };
    }
    return { kind: 'file', version: v, doc: value };
  }
  if (value.app === LEGACY_APP_MARKER && value.format === undefined) return { kind: 'file', version: 0, doc: value };
  if (value.format === undefined && 'schemaVersion' in value && 'economy' in value) return { kind: 'bare', doc: value };
  if (value.format !== undefined) return { kind: 'problem', problem: wrong(`its format is ${JSON.stringify(value.format)?.slice(0, 60)}`) };
  return { kind: 'problem', problem: wrong(`no "format": "${FORMAT_MARKER}" marker`) };
}

/** Adds where a problem sits in a prototype file (`gdp` for `economy.baseGdpYiYuan`). */
function withLegacyHint(p: IoProblem): IoProblem {
  const m = /^(scenarios\[\d+\])\.(.+)$/.exec(p.path);
  const legacy = m && legacyPathV0(m[2]!);
  if (!m || !legacy) return p;
  return {
    ...p,
    message: `${p.message} (prototype field: ${m[1]}.${legacy})`,
    ...(p.messageZh ? { messageZh: `${p.messageZh}（原型文件字段：${m[1]}.${legacy}）` } : {}),
  };
}

/** Parses, migrates and validates a scenario file. Never throws. */
export function parseScenarioFile(input: string | Uint8Array, options: ParseScenarioFileOptions = {}): ParsedScenarioFile {
  return checkScenarioFile(readScenarioFile(input, options), options);
}

/**
 * A scenario file parsed and migrated, its envelope checked, its scenarios not yet:
 * the first half of `parseScenarioFile`, for a caller that fetches the parents the file
 * names (`parentsOutside`) before checking it (`checkScenarioFile`).
 */
export type ReadScenarioFile =
  | {
      ok: true;
      scenarios: unknown[];
      derived: unknown[];
      warnings: IoWarning[];
      formatVersion: number;
      /** one scenario without the file header */
      bare: boolean;
      exportedAt?: string;
      appVersion?: string;
    }
  | { ok: false; problems: IoProblem[]; warnings: IoWarning[] };

/** Parses and migrates a scenario file and checks its envelope. Never throws. */
export function readScenarioFile(input: string | Uint8Array, options: Omit<ParseScenarioFileOptions, 'parents' | 'validate'> = {}): ReadScenarioFile {
  const warnings: IoWarning[] = [];
  try {
    return readInner(input, options, warnings);
  } catch (err) {
    return { ok: false, problems: [internalProblem(err)], warnings };
  }
}

/** The parents the derived scenarios of a read file name that the file does not hold (to look up in the library). */
export function parentsOutside(read: Extract<ReadScenarioFile, { ok: true }>): string[] {
  const idOf = (x: unknown) => (isPlainObject(x) && typeof x.id === 'string' ? x.id : undefined);
  const inFile = new Set([...read.scenarios, ...read.derived].map(idOf));
  const out = new Set<string>();
  for (const d of read.derived) {
    if (isPlainObject(d) && typeof d.parentId === 'string' && !inFile.has(d.parentId)) out.add(d.parentId);
  }
  return [...out];
}

/** Checks every scenario of a read file, derived ones resolved through their parents (the file first, then `parents`). Never throws. */
export function checkScenarioFile(read: ReadScenarioFile, options: Pick<ParseScenarioFileOptions, 'parents' | 'validate'> = {}): ParsedScenarioFile {
  if (!read.ok) return read;
  const warnings = [...read.warnings];
  try {
    return checkInner(read, options, warnings);
  } catch (err) {
    return { ok: false, problems: [internalProblem(err)], warnings };
  }
}

/** The problem of a scenario file of `size` bytes (or characters), if it is too large: for callers that can tell before reading it. */
export function scenarioFileTooLarge(size: number, maxSize = DEFAULT_MAX_SIZE): IoProblem | null {
  if (size <= maxSize) return null;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return fail(FILE_PATH, `the file is too large (${mb(size)}; the limit is ${mb(maxSize)})`, `文件过大（${mb(size)}，上限 ${mb(maxSize)}）`, 'too-large');
}

function readInner(input: string | Uint8Array, options: Omit<ParseScenarioFileOptions, 'parents' | 'validate'>, warnings: IoWarning[]): ReadScenarioFile {
  const problem = (p: IoProblem): ReadScenarioFile => ({ ok: false, problems: [p], warnings });
  const tooLarge = scenarioFileTooLarge(input.length, options.maxSize);
  if (tooLarge) return problem(tooLarge);
  const text = typeof input === 'string' ? stripBom(input) : decodeText(input).text;
  if (!text.trim()) return problem(fail(FILE_PATH, 'the file is empty', '文件为空', 'empty'));

  const parsed = parseJson(text);
  if (!parsed.ok) {
    const at = parsed.line !== undefined ? ` at line ${parsed.line}, column ${parsed.column}` : '';
    const atZh = parsed.line !== undefined ? `（第 ${parsed.line} 行第 ${parsed.column} 列附近）` : '';
    return problem(fail(FILE_PATH, `the file is not valid JSON${at}: ${parsed.detail}`, `文件不是有效的 JSON${atZh}：${parsed.detail}`, 'not-json'));
  }
  if (exceedsDepth(parsed.value, MAX_JSON_DEPTH)) {
    return problem(fail(FILE_PATH, `the file nests data more than ${MAX_JSON_DEPTH} levels deep; it is not a scenario file`, `文件数据嵌套超过 ${MAX_JSON_DEPTH} 层，不是情景文件`, 'too-deep'));
  }

  const detected = detect(parsed.value);
  if (detected.kind === 'problem') return problem(detected.problem);
  let doc: Record<string, unknown>;
  let fromVersion: number;
  if (detected.kind === 'bare') {
    warnings.push({
      path: FILE_PATH,
      message: 'the file holds one scenario without the file header; it is read as a scenario file with that scenario',
      messageZh: '文件仅含一个情景（无文件头），按含该情景的情景文件读取',
    });
    // No header, so no format: read as the first one with today's scenarios (1); the later
    // steps leave a scenario already in the current format as it is.
    doc = migrateToCurrent({ format: FORMAT_MARKER, formatVersion: 1, scenarios: [detected.doc] }, 1, warnings).doc;
    fromVersion = CURRENT_FORMAT_VERSION;
  } else {
    fromVersion = detected.version;
    doc = migrateToCurrent(detected.doc, fromVersion, warnings).doc;
  }

  const problems: IoProblem[] = [];
  const envelopeString = (key: 'exportedAt' | 'appVersion') => {
    const v = doc[key];
    if (v === undefined) {
      if (detected.kind === 'file') warnings.push({ path: key, message: 'is missing', messageZh: '缺失' });
      return undefined;
    }
    if (typeof v !== 'string') {
      problems.push(fail(key, `expected text, got ${Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v}`, '应为文本', 'invalid'));
      return undefined;
    }
    return v;
  };
  const exportedAt = envelopeString('exportedAt');
  const appVersion = envelopeString('appVersion');
  for (const key of Object.keys(doc)) {
    if (!ENVELOPE_KEYS.has(key)) {
      warnings.push({ path: key, message: `unknown field '${key}' is ignored`, messageZh: `未知字段 '${key}' 已忽略` });
    }
  }
  const list = (key: 'scenarios' | 'derived', required: boolean): unknown[] => {
    const v = doc[key];
    if (v === undefined && !required) return [];
    if (!Array.isArray(v)) {
      problems.push(fail(key, v === undefined ? 'is missing (expected a list of scenarios)' : 'expected a list', v === undefined ? '缺失（应为情景列表）' : '应为列表', 'invalid'));
      return [];
    }
    return v;
  };
  const scenarios = list('scenarios', true);
  const derived = list('derived', false);
  if (problems.length) return { ok: false, problems, warnings };
  const maxScenarios = options.maxScenarios ?? DEFAULT_MAX_SCENARIOS;
  if (scenarios.length + derived.length > maxScenarios) {
    return problem(fail(FILE_PATH, `the file holds ${scenarios.length + derived.length} scenarios; at most ${maxScenarios} can be imported at once`, `文件含 ${scenarios.length + derived.length} 个情景，一次最多导入 ${maxScenarios} 个`, 'too-many'));
  }
  if (!scenarios.length && !derived.length) {
    return problem(fail('scenarios', 'the file holds no scenarios', '文件中没有情景', 'empty'));
  }
  return {
    ok: true,
    scenarios,
    derived,
    warnings,
    formatVersion: fromVersion,
    bare: detected.kind === 'bare',
    ...(exportedAt !== undefined ? { exportedAt } : {}),
    ...(appVersion !== undefined ? { appVersion } : {}),
  };
}

function checkInner(read: Extract<ReadScenarioFile, { ok: true }>, options: Pick<ParseScenarioFileOptions, 'parents' | 'validate'>, warnings: IoWarning[]): ParsedScenarioFile {
  const { scenarios, derived, formatVersion, bare, exportedAt, appVersion } = read;
  const problems: IoProblem[] = [];
  const checked = checkLibrary(
    {
      scenarios,
      derived,
      scenariosPath: 'scenarios',
      derivedPath: 'derived',
      ...(options.parents ? { parents: options.parents } : {}),
      ...(options.validate ? { validate: options.validate } : {}),
    },
    problems,
    warnings,
  );
  if (!checked) {
    let out = problems;
    if (formatVersion === 0) out = out.map(withLegacyHint);
    if (bare) out = out.map((p) => ({ ...p, path: p.path.replace(/^scenarios\[0\]\.?/, '') || '(root)' }));
    return { ok: false, problems: capProblems(out), warnings };
  }
  return {
    ok: true,
    ...checked,
    warnings,
    formatVersion,
    ...(exportedAt !== undefined ? { exportedAt } : {}),
    ...(appVersion !== undefined ? { appVersion } : {}),
  };
}

export { planImport, type ImportPlan, type ImportMode, type ExistingEntry } from './import-plan';
