import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { createBackup, parseBackup, backupChecksum } from '../../../shared/io/backup';
import { parseLedgerCsv, parseLedgerXlsx, type LedgerPreview } from '../../../shared/io/ledger-import';
import { exportScenarios, parseScenarioFile } from '../../../shared/io/scenario-file';
import { encodeUtf8 } from '../../../shared/io/text';
import { ScenarioError } from '../../../shared/engine/prepare';
import { runScenario } from '../../../shared/engine/run';
import { GeneratorSchema, type Scenario } from '../../../shared/model/scenario';
import { HOURS_IN_LEAP_YEAR, HOURS_IN_YEAR, HourlyProfileSchema, PROFILE_KINDS } from '../../../shared/model/hourly';
import { parseProfileCsv, parseProfileFile, type ProfileImport } from '../../../shared/io/profile-import';
import { validateScenario } from '../../../shared/model/validate';
import { ISSUE_CODES, type IssueCode } from '../../../shared/model/issue-codes';
import { makeScenario } from '../../helpers/make-scenario';
import { TYPICAL_HOURS } from '../../../seeds/reference/typical';
import {
  baseOf,
  chainShapeArb,
  derivedChain,
  exprShapeArb,
  hostileExpression,
  hostileNumbers,
  hostileTexts,
  numberShapeArb,
  textShapeArb,
  withExpression,
} from './fuzz-hostile';
import { mutate, mutateText, mutationArb, textMutationArb, type Input } from './fuzz-inputs';
import { ledgerCsvInputs, ledgerXlsxInputs, xlsxBytes, xlsxSeeds } from './fuzz-ledger';
import { profileCsvInputs, type ProfileInput } from './fuzz-profiles';
import { profileWorkbooks, profileXlsxInputs } from './fuzz-profiles-xlsx';
import { derivedSample, otherScenario, richScenario } from './samples';

/**
 * Fuzz cases for every importer, shared by test/shared/io/fuzz.test.ts (a few
 * hundred cases) and scripts/fuzz.ts (≥ 10,000 per importer). Each target
 * turns a generated input into a verdict: null when the importer behaved
 * (returned ok with valid data, or a non-empty list of problems with paths and
 * messages; never threw or rejected), else a description of what went wrong.
 */

/** `okUncomputable`: accepted (valid by `validateScenario`) but the engine refuses to run it (e.g. GDP 1e308 → non-finite results). */
export type Outcome = 'ok' | 'okUncomputable' | 'problems';
export type Verdict = { outcome: Outcome } | { violation: string };

export type FuzzTarget = {
  name: string;
  arbitrary: fc.Arbitrary<Input>;
  run: (input: Input) => Promise<Verdict>;
};

// ---------------------------------------------------------------------------
// Invariants

const nonEmpty = (s: unknown) => typeof s === 'string' && s.length > 0;

/** A code of the vocabulary with exactly its parameters (nested issues too), so the app can word it. */
function checkIssue(issue: unknown): string | null {
  if (!issue || typeof issue !== 'object') return `issue is not an object: ${String(issue)}`;
  const { code, params } = issue as { code?: unknown; params?: unknown };
  if (typeof code !== 'string' || !Object.hasOwn(ISSUE_CODES, code)) return `unknown issue code: ${JSON.stringify(issue)}`;
  if (!params || typeof params !== 'object') return `issue without params: ${JSON.stringify(issue)}`;
  const kinds = ISSUE_CODES[code as IssueCode] as Record<string, string>;
  if (JSON.stringify(Object.keys(params).sort()) !== JSON.stringify(Object.keys(kinds).sort())) return `params not those of ${code}: ${JSON.stringify(issue)}`;
  for (const [name, kind] of Object.entries(kinds)) {
    const v = (params as Record<string, unknown>)[name];
    if (kind === 'issue') {
      const inner = checkIssue(v);
      if (inner) return inner;
    } else if (kind === 'text' && (typeof v !== 'string' || v.length > 1000)) return `${code}.${name} is not a line of text: ${JSON.stringify(issue).slice(0, 300)}`;
  }
  return null;
}

function checkProblems(problems: unknown): string | null {
  if (!Array.isArray(problems) || problems.length === 0) return 'not ok, but no problems listed';
  for (const p of problems) {
    if (!p || typeof p !== 'object') return `problem is not an object: ${String(p)}`;
    if (!nonEmpty((p as { path?: unknown }).path)) return `problem without path: ${JSON.stringify(p)}`;
    const bad = checkIssue(p);
    if (bad) return bad;
  }
  return null;
}

function checkScenarios(list: unknown, what: string): string | null {
  if (!Array.isArray(list)) return `${what} is not a list`;
  for (const [i, s] of list.entries()) {
    const r = validateScenario(s);
    if (!r.ok) return `returned ok with an invalid scenario (${what}[${i}]): ${JSON.stringify(r.issues.slice(0, 3))}`;
  }
  return null;
}

export function judgeScenarioFile(r: ReturnType<typeof parseScenarioFile>): Verdict {
  if (r.ok) {
    const v =
      checkScenarios(r.scenarios, 'scenarios') ??
      checkScenarios(r.derivedResolved, 'derivedResolved') ??
      (r.derived.length !== r.derivedResolved.length ? 'derived and derivedResolved differ in length' : null) ??
      (r.scenarios.length + r.derived.length === 0 ? 'ok without any scenario' : null);
    return v ? { violation: v } : { outcome: computable([...r.scenarios, ...r.derivedResolved]) ? 'ok' : 'okUncomputable' };
  }
  const v = checkProblems(r.problems);
  return v ? { violation: v } : { outcome: 'problems' };
}

export function judgeBackup(r: ReturnType<typeof parseBackup>): Verdict {
  if (r.ok) {
    const v =
      checkScenarios(r.content.scenarios, 'content.scenarios') ??
      checkScenarios(r.derivedResolved, 'derivedResolved') ??
      (typeof r.content.settings !== 'object' || r.content.settings === null || Array.isArray(r.content.settings) ? 'settings is not an object' : null);
    return v ? { violation: v } : { outcome: computable([...r.content.scenarios, ...r.derivedResolved]) ? 'ok' : 'okUncomputable' };
  }
  const v = checkProblems(r.problems);
  return v ? { violation: v } : { outcome: 'problems' };
}

export function judgeLedger(p: LedgerPreview): Verdict {
  if (!p || !Array.isArray(p.rows) || !Array.isArray(p.headerProblems)) return { violation: 'malformed preview' };
  for (const h of p.headerProblems) {
    const bad = checkIssue(h);
    if (bad) return { violation: `header problem: ${bad}` };
  }
  const fatal = p.headerProblems.some((h) => h.fatal);
  if (fatal && p.rows.length) return { violation: 'rows returned despite a fatal header problem' };
  if (!fatal && p.headerRow === null) return { violation: 'no header row and no fatal problem' };
  let valid = 0;
  for (const row of p.rows) {
    if (!Number.isInteger(row.rowNumber) || row.rowNumber < 1) return { violation: `bad row number ${row.rowNumber}` };
    if (row.project) {
      if (row.errors.length) return { violation: `row ${row.rowNumber} has a project and errors` };
      const g = GeneratorSchema.safeParse(row.project);
      if (!g.success) return { violation: `row ${row.rowNumber}: invalid generator ${JSON.stringify(row.project)}` };
      valid++;
    } else if (!row.skipped && row.errors.length === 0) return { violation: `row ${row.rowNumber} has neither a project nor errors` };
    for (const m of row.messages) {
      const bad = checkIssue(m);
      if (bad) return { violation: `row ${row.rowNumber}: ${bad}` };
    }
  }
  if (valid !== p.validCount) return { violation: `validCount ${p.validCount} ≠ ${valid}` };
  const ids = p.rows.filter((r) => r.project).map((r) => r.project!.id);
  if (new Set(ids).size !== ids.length) return { violation: 'duplicate generated ids' };
  return { outcome: fatal || valid === 0 ? 'problems' : 'ok' };
}

/**
 * Profiles that each pass `HourlyProfileSchema` (a year of hours, none negative, not all
 * zero), one per column read, and no problems; or problems and never a profile.
 */
export function judgeProfileImport(r: ProfileImport): Verdict {
  if (!r || !Array.isArray(r.problems) || !Array.isArray(r.columns)) return { violation: 'malformed result' };
  if (r.problems.length) {
    if (r.profiles !== null) return { violation: 'profiles returned despite problems' };
    const v = checkProblems(r.problems);
    return v ? { violation: v } : { outcome: 'problems' };
  }
  if (!r.profiles || typeof r.profiles !== 'object') return { violation: 'neither profiles nor problems' };
  const kinds = Object.keys(r.profiles);
  if (!kinds.length) return { violation: 'ok without a profile' };
  if (kinds.length !== r.columns.length) return { violation: `${kinds.length} profiles from ${r.columns.length} columns` };
  if (r.hours !== HOURS_IN_YEAR && r.hours !== HOURS_IN_LEAP_YEAR) return { violation: `ok with ${r.hours} hours` };
  for (const kind of kinds) {
    if (!(PROFILE_KINDS as readonly string[]).includes(kind)) return { violation: `unknown profile ${kind}` };
    const p = r.profiles[kind as keyof typeof r.profiles]!;
    const parsed = HourlyProfileSchema.safeParse(p);
    if (!parsed.success) return { violation: `${kind}: invalid profile ${JSON.stringify(parsed.error.issues.slice(0, 2))}` };
    if (p.values.length !== r.hours) return { violation: `${kind}: ${p.values.length} values for ${r.hours} hours` };
    if (p.values.some((x) => x < 0) || !p.values.some((x) => x > 0)) return { violation: `${kind}: negative or all zero` };
    if (p.unit !== r.columns.find((c) => c.kind === kind)?.unit) return { violation: `${kind}: unit ${p.unit} is not its column's` };
  }
  return { outcome: 'ok' };
}

/** A case that says what the importer must conclude (a valid file read, a NaN refused) is held to it. */
async function asExpected(input: ProfileInput, read: () => Promise<ProfileImport>): Promise<Verdict> {
  const v = judgeProfileImport(await read());
  const why = input.detail ? ` (${input.detail.slice(0, 400)})` : '';
  if ('violation' in v) return { violation: `${v.violation}${why}` };
  if (input.expect && v.outcome !== input.expect) return { violation: `expected ${input.expect}, got ${v.outcome}${why}` };
  return v;
}

function computable(list: Scenario[]): boolean {
  try {
    for (const s of list) runScenario(s);
    return true;
  } catch (err) {
    if (err instanceof ScenarioError) return false;
    throw err;
  }
}

async function guarded(f: () => Verdict | Promise<Verdict>): Promise<Verdict> {
  try {
    return await f();
  } catch (err) {
    return { violation: `threw ${err instanceof Error ? `${err.name}: ${err.message}\n${err.stack?.split('\n').slice(1, 4).join('\n')}` : String(err)}` };
  }
}

// ---------------------------------------------------------------------------
// Seeds

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const META = { exportedAt: '2025-03-01T08:00:00.000Z', appVersion: '0.1.0' };

function scenarioFileSeeds(): unknown[] {
  return [
    JSON.parse(exportScenarios({ scenarios: [richScenario()], derived: [derivedSample()], ...META })),
    JSON.parse(exportScenarios({ scenarios: [makeScenario(), otherScenario()], ...META })),
    JSON.parse(fixture('scenario-v0-nanhai.json')),
    JSON.parse(fixture('scenario-v0-library.json')),
    JSON.parse(fixture('scenario-v1-positional-sources.json')),
    JSON.parse(fixture('scenario-v2-legacy-accounting.json')),
    makeScenario(),
  ];
}

function backupSeeds(): unknown[] {
  return [
    JSON.parse(
      createBackup({
        content: {
          scenarios: [richScenario(), makeScenario()],
          derived: [derivedSample()],
          settings: { language: 'zh', ui: { zoom: 1 } },
          meta: { 'rich-sample': { createdAt: 1, updatedAt: 2, presetId: 'x' } },
        },
        createdAt: META.exportedAt,
        appVersion: '0.1.0',
      }),
    ),
    JSON.parse(createBackup({ content: { scenarios: [makeScenario()], derived: [], settings: {} }, createdAt: META.exportedAt, appVersion: '0.1.0' })),
  ];
}

const bytesOrText = (text: string, asBytes: boolean) => (asBytes ? encodeUtf8(text) : text);

/** A backup's text with its checksum made right again for what it now holds, so the case reaches validation. */
function rechecksum(text: string): string {
  let doc: { content?: unknown; checksum?: { value?: unknown } };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch {
    return text;
  }
  if (!doc || typeof doc !== 'object' || typeof doc.checksum?.value !== 'string') return text;
  return text.replace(doc.checksum.value, backupChecksum(doc.content ?? null));
}

/** Hostile shapes: derived chains thousands deep, huge numbers, control and bidi characters, deep or long expressions. */
function hostileJsonInputs(seeds: unknown[], backup: boolean): fc.Arbitrary<Input>[] {
  const seedIdx = fc.nat({ max: seeds.length - 1 });
  const finish = (text: string) => (backup ? rechecksum(text) : text);
  return [
    fc.tuple(seedIdx, chainShapeArb).map(([i, shape]): Input => {
      const base = baseOf(seeds[i]) ?? makeScenario();
      const derived = derivedChain(base.id, shape);
      const data = backup
        ? createBackup({ content: { scenarios: [base], derived, settings: {} }, createdAt: META.exportedAt, appVersion: '0.1.0' })
        : exportScenarios({ scenarios: [base], derived, ...META });
      return { kind: `derived chain${shape.depth > 100 ? ' (over 100 deep)' : ''}${shape.twist === 'none' ? '' : ` (${shape.twist})`}`, data, detail: JSON.stringify(shape) };
    }),
    fc.tuple(seedIdx, numberShapeArb).map(([i, shape]): Input => ({
      kind: 'huge numbers in numeric fields',
      data: finish(hostileNumbers(JSON.stringify(seeds[i], null, 1), shape)),
      detail: JSON.stringify(shape),
    })),
    fc.tuple(seedIdx, textShapeArb, fc.boolean()).map(([i, shape, asBytes]): Input => ({
      kind: 'control and bidi characters in names',
      data: bytesOrText(finish(JSON.stringify(hostileTexts(seeds[i], shape))), asBytes),
      detail: JSON.stringify(shape),
    })),
    fc.tuple(seedIdx, exprShapeArb, fc.nat()).map(([i, shape, pick]): Input => ({
      kind: 'deep or long expression',
      data: finish(JSON.stringify(withExpression(seeds[i], hostileExpression(shape), pick))),
      detail: JSON.stringify({ ...shape, pick }),
    })),
  ];
}

/** Inputs for the JSON importers: random bytes/text/JSON, mutated valid documents and hostile shapes. */
function jsonInputs(seeds: unknown[], fixChecksum: boolean): fc.Arbitrary<Input> {
  const seedIdx = fc.nat({ max: seeds.length - 1 });
  const [chains, numbers, texts, expressions] = hostileJsonInputs(seeds, fixChecksum);
  return fc.oneof(
    { weight: 1, arbitrary: chains! },
    { weight: 2, arbitrary: numbers! },
    { weight: 2, arbitrary: texts! },
    { weight: 2, arbitrary: expressions! },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }).map((data): Input => ({ kind: 'random bytes', data })) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }).map((data): Input => ({ kind: 'random text', data })) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 6 }).map((v): Input => ({ kind: 'random JSON', data: JSON.stringify(v) ?? 'null' })) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom('scenarios', 'derived', 'content')).map(([v, key]): Input => ({
        kind: 'random JSON in a valid header',
        data: JSON.stringify(
          key === 'content'
            ? { format: 'carbon-peak-planner-backup', formatVersion: 1, createdAt: 'x', appVersion: 'y', checksum: { algorithm: 'sha256', value: backupChecksum(v) }, content: v }
            : { format: 'carbon-peak-planner', formatVersion: 1, scenarios: key === 'scenarios' ? [v] : [], derived: key === 'derived' ? [v] : undefined },
        ),
      })),
    },
    {
      weight: 8,
      arbitrary: fc.tuple(seedIdx, fc.array(mutationArb, { minLength: 1, maxLength: 4 }), fc.boolean(), fc.boolean()).map(([i, muts, fix, asBytes]): Input => {
        const doc = mutate(seeds[i], muts) as Record<string, unknown> | null;
        if (fixChecksum && fix && doc && typeof doc === 'object' && doc.checksum && typeof doc.checksum === 'object') {
          (doc.checksum as { value: string }).value = backupChecksum(doc.content ?? null);
        }
        return { kind: 'mutated document', data: bytesOrText(JSON.stringify(doc, null, 1) ?? 'null', asBytes) };
      }),
    },
    {
      // one plausible edit of a number: often still valid, sometimes subtly not (shares ≠ 100 %)
      weight: 3,
      arbitrary: fc.tuple(seedIdx, fc.nat(), fc.nat(), fc.boolean()).map(([i, pick, other, fix]): Input => {
        const doc = mutate(seeds[i], [{ op: 'nudge', pick, other, value: null, depth: 1 }]) as Record<string, unknown>;
        if (fixChecksum && fix && doc.checksum && typeof doc.checksum === 'object') (doc.checksum as { value: string }).value = backupChecksum(doc.content ?? null);
        return { kind: 'edited number', data: JSON.stringify(doc) };
      }),
    },
    {
      weight: 3,
      arbitrary: fc.tuple(seedIdx, fc.array(textMutationArb, { minLength: 1, maxLength: 3 })).map(([i, muts]): Input => ({
        kind: 'mutated text',
        data: mutateText(JSON.stringify(seeds[i], null, 2), muts),
      })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.integer({ min: 1, max: 20000 }), fc.boolean()).map(([depth, arr]): Input => ({
        kind: 'deep nesting',
        data: `{"format":"carbon-peak-planner","formatVersion":1,"scenarios":[${(arr ? '[' : '{"a":').repeat(depth)}1${(arr ? ']' : '}').repeat(depth)}]}`,
      })),
    },
  );
}

// ---------------------------------------------------------------------------

export async function fuzzTargets(): Promise<FuzzTarget[]> {
  const xlsx = await xlsxSeeds();
  const scenarioSeeds = scenarioFileSeeds();
  const backups = backupSeeds();
  const workbooks = await profileWorkbooks();
  return [
    { name: 'scenario file (JSON)', arbitrary: jsonInputs(scenarioSeeds, false), run: (i) => guarded(() => judgeScenarioFile(parseScenarioFile(i.data))) },
    { name: 'backup (JSON)', arbitrary: jsonInputs([...backups, ...scenarioSeeds.slice(0, 1)], true), run: (i) => guarded(() => judgeBackup(parseBackup(i.data))) },
    { name: 'ledger CSV', arbitrary: ledgerCsvInputs(), run: (i) => guarded(() => judgeLedger(parseLedgerCsv(i.data, { defaultHours: TYPICAL_HOURS }))) },
    {
      name: 'ledger xlsx bytes',
      arbitrary: ledgerXlsxInputs(xlsx),
      run: (i) => guarded(async () => judgeLedger(await parseLedgerXlsx(await xlsxBytes(i), { defaultHours: TYPICAL_HOURS }))),
    },
    {
      name: 'profile CSV',
      arbitrary: profileCsvInputs(),
      run: (i: ProfileInput) => {
        const options = { fileName: i.fileName ?? 'profile.csv' };
        return guarded(() => asExpected(i, async () => (typeof i.data === 'string' ? parseProfileCsv(i.data, options) : parseProfileFile(i.data, options))));
      },
    },
    {
      name: 'profile xlsx bytes',
      arbitrary: profileXlsxInputs(workbooks),
      run: (i: ProfileInput) =>
        guarded(async () => {
          const bytes = await xlsxBytes(i);
          return asExpected(i, () => parseProfileFile(bytes, { fileName: 'profile.xlsx', ...(i.sheet === undefined ? {} : { sheet: i.sheet }) }));
        }),
    },
  ];
}
