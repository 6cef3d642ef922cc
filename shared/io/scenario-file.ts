import type { DerivedScenario, ScenarioLookup } from '../model/inherit';
import { echo } from '../model/echo';
import { bodyOf, issueAt, type JsonType } from '../model/issue-codes';
import type { SourceRef } from '../model/provenance';
import type { Scenario } from '../model/scenario';
import { expandCitations, shareCitations } from './citations';
import { checkLibrary, type LibraryCheckInput } from './library-check';
import {
  CURRENT_FORMAT_VERSION,
  FORMAT_MARKER,
  LEGACY_APP_MARKER,
  legacyPathV0,
  migrateToCurrent,
} from './migrations';
import { capProblems, FILE_PATH, internalProblem, type IoProblem, type IoWarning } from './problems';
import { decodeText, exceedsDepth, isPlainObject, jsonType, notJson, parseJson, stripBom } from './text';
import { Utf8Writer } from './utf8-writer';

/**
 * Scenario files: one scenario or a whole library as versioned JSON.
 *
 * ```json
 * {
 *   "format": "carbon-peak-planner",
 *   "formatVersion": 4,
 *   "exportedAt": "2025-03-01T08:00:00.000Z",
 *   "appVersion": "0.1.0",
 *   "scenarios": [{ "schemaVersion": 2, "id": "foshan-base", "name": "佛山基准情景", "sources": { "baseYear": 0 }, … }],
 *   "derived": [{ "id": "foshan-fast-pv", "parentId": "foshan-base", "name": "…", "overrides": [{ "path": "…", "value": … }] }],
 *   "citations": [{ "kind": "assumed", "reason": "…" }]
 * }
 * ```
 *
 * `citations` (optional, libraries only) holds each distinct source once
 * (citations.ts). `derived` (optional) holds scenarios stored as changes to a parent
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
  /** in a library file, each `sources` entry is a place in `citations` */
  scenarios: Scenario[];
  derived?: DerivedScenario[];
  /** a library's distinct sources, each once (citations.ts) */
  citations?: SourceRef[];
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
 * scenario is pretty-printed (2 spaces), its sources in place, for people who
 * open it; a library is compact, with its sources shared (citations.ts: 1,000
 * scenarios of the presets are 23 MB, not 92).
 */
export function exportScenarios(input: ExportScenariosInput): string {
  const pieces: string[] = [];
  writeScenarioFile(input, (text) => pieces.push(text));
  return pieces.join('');
}

/**
 * `exportScenarios` as UTF-8 bytes, the same bytes as encoding its text. A
 * library is written scenario by scenario, never as one string.
 */
export function exportScenariosBytes(input: ExportScenariosInput): Uint8Array {
  const w = new Utf8Writer();
  writeScenarioFile(input, (text) => w.put(text));
  return w.bytes();
}

function writeScenarioFile(input: ExportScenariosInput, put: (text: string) => void): void {
  const head: Omit<ScenarioFile, 'scenarios'> = {
    format: FORMAT_MARKER,
    formatVersion: CURRENT_FORMAT_VERSION,
    exportedAt: input.exportedAt,
    appVersion: input.appVersion,
  };
  const derived = input.derived ?? [];
  if (input.scenarios.length + derived.length <= 1) {
    const file: ScenarioFile = { ...head, scenarios: [...input.scenarios], ...(derived.length ? { derived: [...derived] } : {}) };
    put(`${JSON.stringify(file, null, 2)}\n`);
    return;
  }
  const list = (key: string, items: readonly unknown[], json: (item: unknown) => string) => {
    put(`,"${key}":[`);
    items.forEach((item, i) => put(i ? `,${json(item)}` : json(item)));
    put(']');
  };
  const shared = shareCitations(input.scenarios);
  put(JSON.stringify(head).slice(0, -1));
  list('scenarios', shared.scenarios, (s) => JSON.stringify(s));
  if (derived.length) list('derived', derived, (d) => JSON.stringify(d));
  if (shared.citationsJson.length) list('citations', shared.citationsJson, (json) => json as string);
  put('}\n');
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
  /** refuse larger files (characters, or bytes for byte input); default 256 MiB */
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

/** The app's own export of 1,000 scenarios with their sources is about 70 MB; the same ceiling as backups and opened files. */
export const DEFAULT_MAX_SIZE = 256 * 1024 * 1024;
export const DEFAULT_MAX_SCENARIOS = 5000;
/** Scenario documents nest about 8 deep; overrides add a few more. */
export const MAX_JSON_DEPTH = 64;

const ENVELOPE_KEYS = new Set(['format', 'formatVersion', 'exportedAt', 'appVersion', 'scenarios', 'derived', 'citations']);

type Detected =
  | { kind: 'file'; version: number; doc: Record<string, unknown> }
  | { kind: 'bare'; doc: Record<string, unknown> }
  | { kind: 'problem'; problem: IoProblem };

const refused = (p: IoProblem): Detected => ({ kind: 'problem', problem: p });

function detect(value: unknown): Detected {
  if (!isPlainObject(value)) {
    if (Array.isArray(value)) return refused(issueAt(FILE_PATH, 'file.holdsList'));
    return refused(issueAt(FILE_PATH, 'file.holdsValue', { type: (value === null ? 'null' : typeof value) as JsonType }));
  }
  if (value.format === BACKUP_FORMAT_MARKER) return refused(issueAt(FILE_PATH, 'file.isBackup'));
  if (value.format === FORMAT_MARKER) {
    const v = value.formatVersion;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      return refused(issueAt('formatVersion', 'file.badVersion', { got: echo(JSON.stringify(v) ?? 'nothing') }));
    }
    if (v > CURRENT_FORMAT_VERSION) {
      const newer = { version: v, supported: CURRENT_FORMAT_VERSION };
      return refused(
        typeof value.appVersion === 'string'
          ? issueAt(FILE_PATH, 'file.newerApp', { app: echo(value.appVersion), ...newer })
          : issueAt(FILE_PATH, 'file.newer', newer),
      );
    }
    return { kind: 'file', version: v, doc: value };
  }
  if (value.app === LEGACY_APP_MARKER && value.format === undefined) return { kind: 'file', version: 0, doc: value };
  if (value.format === undefined && 'schemaVersion' in value && 'economy' in value) return { kind: 'bare', doc: value };
  if (value.format !== undefined) {
    return refused(issueAt(FILE_PATH, 'file.otherFormat', { format: (JSON.stringify(value.format) ?? '').slice(0, 60) }));
  }
  return refused(issueAt(FILE_PATH, 'file.noMarker', { marker: FORMAT_MARKER }));
}

/** Adds where a problem sits in a prototype file (`gdp` for `economy.baseGdpYiYuan`). */
function withLegacyHint(p: IoProblem): IoProblem {
  const m = /^(scenarios\[\d+\])\.(.+)$/.exec(p.path);
  const legacy = m && legacyPathV0(m[2]!);
  if (!m || !legacy) return p;
  return issueAt(p.path, 'file.legacyField', { issue: bodyOf(p), field: `${m[1]}.${legacy}` });
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
  return issueAt(FILE_PATH, 'file.tooLarge', { size, limit: maxSize });
}

function readInner(input: string | Uint8Array, options: Omit<ParseScenarioFileOptions, 'parents' | 'validate'>, warnings: IoWarning[]): ReadScenarioFile {
  const problem = (p: IoProblem): ReadScenarioFile => ({ ok: false, problems: [p], warnings });
  const tooLarge = scenarioFileTooLarge(input.length, options.maxSize);
  if (tooLarge) return problem(tooLarge);
  const text = typeof input === 'string' ? stripBom(input) : decodeText(input).text;
  if (!text.trim()) return problem(issueAt(FILE_PATH, 'file.empty'));

  const parsed = parseJson(text);
  if (!parsed.ok) {
    return problem(notJson(parsed));
  }
  if (exceedsDepth(parsed.value, MAX_JSON_DEPTH)) {
    return problem(issueAt(FILE_PATH, 'file.tooDeepScenario', { limit: MAX_JSON_DEPTH }));
  }

  const detected = detect(parsed.value);
  if (detected.kind === 'problem') return problem(detected.problem);
  let doc: Record<string, unknown>;
  let fromVersion: number;
  if (detected.kind === 'bare') {
    warnings.push(issueAt(FILE_PATH, 'file.bare'));
    // No header, so no format: read as the first one with today's scenarios (1). Each later
    // step reads the scenario's own `schemaVersion` and sources: one of schema 1 is carried
    // to the current schema, one already current is left as it is.
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
      if (detected.kind === 'file') warnings.push(issueAt(key, 'file.fieldMissing'));
      return undefined;
    }
    if (typeof v !== 'string') {
      problems.push(issueAt(key, 'file.expectedText', { got: jsonType(v) }));
      return undefined;
    }
    return v;
  };
  const exportedAt = envelopeString('exportedAt');
  const appVersion = envelopeString('appVersion');
  for (const key of Object.keys(doc)) {
    if (!ENVELOPE_KEYS.has(key)) {
      warnings.push(issueAt(echo(key), 'file.unknownField', { key: echo(key) }));
    }
  }
  const list = (key: 'scenarios' | 'derived', required: boolean): unknown[] => {
    const v = doc[key];
    if (v === undefined && !required) return [];
    if (!Array.isArray(v)) {
      problems.push(v === undefined ? issueAt(key, 'file.listMissing') : issueAt(key, 'file.notList', { got: jsonType(v) }));
      return [];
    }
    return v;
  };
  const listed = list('scenarios', true);
  const derived = list('derived', false);
  if (problems.length) return { ok: false, problems, warnings };
  const maxScenarios = options.maxScenarios ?? DEFAULT_MAX_SCENARIOS;
  if (listed.length + derived.length > maxScenarios) {
    return problem(issueAt(FILE_PATH, 'file.tooMany', { count: listed.length + derived.length, limit: maxScenarios }));
  }
  if (!listed.length && !derived.length) {
    return problem(issueAt('scenarios', 'file.noScenarios'));
  }
  const expanded = expandCitations(listed, doc.citations);
  if (!expanded.ok) return { ok: false, problems: capProblems(expanded.problems), warnings };
  const scenarios = expanded.scenarios;
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
