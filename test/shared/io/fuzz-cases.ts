import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { createBackup, parseBackup, backupChecksum } from '../../../shared/io/backup';
import { parseLedgerCsv, parseLedgerXlsx, type LedgerPreview } from '../../../shared/io/ledger-import';
import { exportScenarios, parseScenarioFile } from '../../../shared/io/scenario-file';
import { encodeUtf8 } from '../../../shared/io/text';
import { ScenarioError } from '../../../shared/engine/prepare';
import { runScenario } from '../../../shared/engine/run';
import { GeneratorSchema, type Scenario } from '../../../shared/model/scenario';
import { validateScenario } from '../../../shared/model/validate';
import { makeScenario } from '../../helpers/make-scenario';
import { TYPICAL_HOURS } from '../../../seeds/reference/typical';
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

type Table = { titleRows: number; header: string[]; rows: string[][] };
type Input = { kind: string; data: string | Uint8Array; table?: Table };

export type FuzzTarget = {
  name: string;
  arbitrary: fc.Arbitrary<Input>;
  run: (input: Input) => Promise<Verdict>;
};

// ---------------------------------------------------------------------------
// Invariants

const nonEmpty = (s: unknown) => typeof s === 'string' && s.length > 0;

function checkProblems(problems: unknown): string | null {
  if (!Array.isArray(problems) || problems.length === 0) return 'not ok, but no problems listed';
  for (const p of problems) {
    if (!p || typeof p !== 'object') return `problem is not an object: ${String(p)}`;
    const { path, message } = p as { path?: unknown; message?: unknown };
    if (!nonEmpty(path) || !nonEmpty(message)) return `problem without path or message: ${JSON.stringify(p)}`;
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
  for (const h of p.headerProblems) if (!nonEmpty(h.message) || !nonEmpty(h.zh) || !nonEmpty(h.en)) return { violation: `header problem without text: ${JSON.stringify(h)}` };
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
    for (const e of row.errors) if (!/^第\d+行/.test(e) || !/— row \d+/.test(e)) return { violation: `error without row: ${e}` };
  }
  if (valid !== p.validCount) return { violation: `validCount ${p.validCount} ≠ ${valid}` };
  const ids = p.rows.filter((r) => r.project).map((r) => r.project!.id);
  if (new Set(ids).size !== ids.length) return { violation: 'duplicate generated ids' };
  return { outcome: fatal || valid === 0 ? 'problems' : 'ok' };
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
// Mutations of JSON documents

type Key = string | number;
const MUT_OPS = ['drop', 'duplicate', 'retype', 'huge', 'numberString', 'deep', 'empty', 'swap', 'null', 'nudge', 'nudge'] as const;
type Mutation = { op: (typeof MUT_OPS)[number]; pick: number; other: number; value: unknown; depth: number };

function allPaths(doc: unknown): Key[][] {
  const out: Key[][] = [];
  const visit = (v: unknown, path: Key[]) => {
    out.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
  };
  visit(doc, []);
  return out;
}

function getAt(doc: unknown, path: Key[]): unknown {
  let cur = doc;
  for (const k of path) cur = (cur as Record<Key, unknown>)?.[k];
  return cur;
}

const HUGE = [1e308, -1e308, Number.MAX_SAFE_INTEGER * 1e6, 5e-324, -0, 2 ** 53 + 1, -1, 0, 1e21, 99999];

function mutate(doc: unknown, muts: readonly Mutation[]): unknown {
  let root = JSON.parse(JSON.stringify(doc)) as unknown;
  for (const m of muts) {
    const paths = allPaths(root);
    const path = paths[m.pick % paths.length]!;
    if (path.length === 0) continue;
    const parent = getAt(root, path.slice(0, -1)) as Record<Key, unknown> | unknown[];
    const key = path[path.length - 1]!;
    const here = (parent as Record<Key, unknown>)[key];
    const set = (v: unknown) => {
      (parent as Record<Key, unknown>)[key] = v;
    };
    switch (m.op) {
      case 'drop':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as Record<Key, unknown>)[key];
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(key as number, 0, JSON.parse(JSON.stringify(here ?? null)));
        else {
          // the value again under another key of the document (a known field of the wrong kind, or an unknown one)
          const otherKey = String(paths[m.other % paths.length]!.at(-1) ?? 'extra');
          (parent as Record<Key, unknown>)[otherKey] = JSON.parse(JSON.stringify(here ?? null));
        }
        break;
      case 'retype':
        set(m.value);
        break;
      case 'huge':
        set(HUGE[m.other % HUGE.length]);
        break;
      case 'numberString':
        set(typeof here === 'number' ? String(here) : ['NaN', 'Infinity', '-0', '1e999', '', ' 12 '][m.other % 6]);
        break;
      case 'deep': {
        let v: unknown = here ?? 1;
        for (let i = 0; i < m.depth; i++) v = m.other % 2 ? [v] : { v };
        set(v);
        break;
      }
      case 'empty':
        set(Array.isArray(here) ? [] : here && typeof here === 'object' ? {} : '');
        break;
      case 'swap': {
        const other = paths[m.other % paths.length]!;
        set(JSON.parse(JSON.stringify(getAt(root, other) ?? null)));
        break;
      }
      case 'null':
        set(null);
        break;
      case 'nudge': {
        // a plausible edit: the document often stays valid, or becomes subtly invalid (shares ≠ 100 %)
        const numbers = paths.filter((p) => typeof getAt(root, p) === 'number' && p.length > 0);
        const target = numbers[m.pick % Math.max(1, numbers.length)];
        if (target) {
          const par = getAt(root, target.slice(0, -1)) as Record<Key, unknown>;
          const k = target[target.length - 1]!;
          par[k] = (par[k] as number) * [1.01, 0.5, 2, 0, -1, 1.0000001, 10][m.other % 7]!;
        }
        break;
      }
    }
    if (root === undefined) root = null;
  }
  return root;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom(...MUT_OPS),
  pick: fc.nat(),
  other: fc.nat(),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', '碳', [], {}, null, true, -1, 1e308)),
  depth: fc.integer({ min: 1, max: 120 }),
});

type TextMutation = { op: 'truncate' | 'insert' | 'delete' | 'numberToken' | 'flip'; pos: number; text: string };
const textMutationArb: fc.Arbitrary<TextMutation> = fc.record({
  op: fc.constantFrom('truncate', 'insert', 'delete', 'numberToken', 'flip'),
  pos: fc.nat(),
  text: fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('NaN', '1e999', '-Infinity', '"', ',', '{', ']', '\\u0000', '\uFEFF', '\r\n', '"__proto__"', '[[[[[[[[[[', '0x10', '碳'),
  ),
});

function mutateText(text: string, muts: readonly TextMutation[]): string {
  let t = text;
  for (const m of muts) {
    const pos = t.length ? m.pos % (t.length + 1) : 0;
    switch (m.op) {
      case 'truncate':
        t = t.slice(0, pos);
        break;
      case 'insert':
        t = t.slice(0, pos) + m.text + t.slice(pos);
        break;
      case 'delete':
        t = t.slice(0, pos) + t.slice(pos + 1 + (m.text.length % 7));
        break;
      case 'numberToken': {
        const re = /-?\d+(\.\d+)?(e[+-]?\d+)?/g;
        const hits = [...t.matchAll(re)];
        const hit = hits.length ? hits[m.pos % hits.length] : undefined;
        if (hit) t = t.slice(0, hit.index) + ['1e999', 'NaN', '-0', '1e-400', '99999999999999999999999', '"12"'][m.text.length % 6] + t.slice(hit.index! + hit[0].length);
        break;
      }
      case 'flip': {
        const c = t.charCodeAt(pos);
        if (!Number.isNaN(c)) t = t.slice(0, pos) + String.fromCharCode((c + 1 + m.text.length) % 0xffff) + t.slice(pos + 1);
        break;
      }
    }
  }
  return t;
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

/** Inputs for the JSON importers: random bytes/text/JSON, and mutated valid documents. */
function jsonInputs(seeds: unknown[], fixChecksum: boolean): fc.Arbitrary<Input> {
  const seedIdx = fc.nat({ max: seeds.length - 1 });
  return fc.oneof(
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
// Ledger inputs

const HEADER_WORDS = [
  '项目名称', '名称', 'name', 'Project', '类型', '电源类型', 'type', 'Technology', '装机容量', '装机容量(MW)', '装机容量（万千瓦）', 'Capacity (kW)', '容量/GW',
  '装机容量(台)', '装机容量MW', '投产年份', '并网时间', 'COD', '退役年份', 'retirement', '利用小时数', 'hours', '状态', 'status', '来源', 'source', '备注', 'note',
  '项目编号', 'id', '是否计入', 'included', '序号', '负责人', '', ' ', '*项目名称',
];
const CELL_WORDS = [
  '光伏', '风电', '海上风电', 'PV', 'wind', 'hydro', '生物质', '燃煤', '燃气', 'LNG', '抽水蓄能', '核电', '储能', '其他', '已投运', '在建', '规划', '试运行',
  'operating', 'planned', '是', '否', 'yes', '约30', '30MW', '5万千瓦', '1,200', '３０', '-5', '0', '1e400', 'NaN', '8761', '2025', '2025年', '2025-06-30',
  '2025-2026', '45658', '1980', '2200', '明年', '合计', '小计', 'Total', 'GD-PV-001', 'ledger-3', '编号 2', '"', ',', '\n', '=SUM(A1)', '', '   ',
];

const cellArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CELL_WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: -10, max: 3000 }).map(String) },
);

const tableArb = fc.record({
  titleRows: fc.nat({ max: 3 }),
  header: fc.array(fc.constantFrom(...HEADER_WORDS), { minLength: 0, maxLength: 12 }),
  rows: fc.array(fc.array(cellArb, { maxLength: 12 }), { maxLength: 12 }),
});

/** Tables with a usable header and field-aware cells, mostly valid: they reach the row checks. */
const FIELD_HEADERS: Record<string, string[]> = {
  name: ['项目名称', 'name', '电站名称'],
  type: ['类型', 'Technology', '电源类型'],
  capacity: ['装机容量(MW)', '装机容量（万千瓦）', 'Capacity (kW)', '容量/GW', '装机容量'],
  cod: ['投产年份', 'COD', '并网时间'],
  retire: ['退役年份', 'retirement year'],
  hours: ['利用小时数', 'utilisation hours'],
  status: ['状态', 'status'],
  id: ['项目编号', 'id'],
  included: ['是否计入', 'included'],
  note: ['备注', 'remarks'],
};
const valid = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: good }, { weight: 1, arbitrary: bad });
const FIELD_VALUES: Record<string, fc.Arbitrary<string>> = {
  name: valid(fc.constantFrom('广海湾光伏', 'Offshore wind 2', '川岛风电, 一期'), fc.oneof(fc.constantFrom('合计', ''), fc.string({ maxLength: 10 }))),
  type: valid(fc.constantFrom('光伏', '风电', '海上风电', 'PV', 'hydro', '生物质', '燃煤', '燃气', 'LNG'), fc.constantFrom('抽水蓄能', '其他', '')),
  capacity: valid(fc.double({ min: 0.001, max: 500, noNaN: true }).map(String), fc.oneof(fc.double({ min: -10, max: 1e9 }).map(String), fc.constantFrom('约30', '30MW', '5万千瓦', '1,200', '３０', '0', '1e400', ''))),
  cod: valid(fc.integer({ min: 1990, max: 2060 }).map(String), fc.oneof(fc.integer({ min: 1900, max: 2200 }).map(String), fc.constantFrom('2025年', '2025-06-30', '2025-2026', '45658', '明年', ''))),
  retire: valid(fc.oneof(fc.integer({ min: 2061, max: 2100 }).map(String), fc.constant('')), fc.integer({ min: 1990, max: 2100 }).map(String)),
  hours: valid(fc.integer({ min: 0, max: 8760 }).map(String), fc.oneof(fc.integer({ min: -100, max: 9000 }).map(String), fc.constantFrom('2100h', 'abc', ''))),
  status: valid(fc.constantFrom('已投运', '在建', '规划', 'operating', 'planned', ''), fc.constant('试运行')),
  id: valid(fc.constantFrom('GD-PV-001', 'ledger-3', ''), fc.constantFrom('编号 2', 'a'.repeat(90))),
  included: valid(fc.constantFrom('是', '否', 'yes', 'no', ''), fc.constant('也许')),
  note: fc.string({ maxLength: 10 }),
};
const REQUIRED_FIELDS = ['name', 'type', 'capacity', 'cod'];
const structuredTableArb: fc.Arbitrary<Table> = fc
  .tuple(
    fc.shuffledSubarray(Object.keys(FIELD_HEADERS).filter((f) => !REQUIRED_FIELDS.includes(f))),
    fc.boolean(),
    fc.nat({ max: 2 }),
    fc.integer({ min: 0, max: 10 }),
    fc.nat(),
  )
  .chain(([optional, dropOne, titleRows, count, pick]) => {
    const fields = [...REQUIRED_FIELDS.slice(dropOne && pick % 5 === 0 ? 1 : 0), ...optional];
    return fc.record({
      titleRows: fc.constant(titleRows),
      header: fc.constant(fields.map((f, i) => FIELD_HEADERS[f]![(pick + i) % FIELD_HEADERS[f]!.length]!)),
      rows: fc.array(fc.tuple(...fields.map((f) => FIELD_VALUES[f]!)), { minLength: count, maxLength: count }),
    });
  });

function tableToCsv(t: Table, sep: string, quoteAll: boolean): string {
  const q = (c: string) => (quoteAll || /[",\r\n;\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const lines = [...Array.from({ length: t.titleRows }, (_, i) => `台账标题 ${i}`), t.header.map(q).join(sep), ...t.rows.map((r) => r.map(q).join(sep))];
  return lines.join('\r\n');
}

function ledgerCsvInputs(): fc.Arbitrary<Input> {
  const seeds = [fixture('ledger-zh.csv'), fixture('ledger-en.csv')];
  const gbk = new Uint8Array(readFileSync(new URL('../../fixtures/ledger-gbk.csv', import.meta.url)));
  return fc.oneof(
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }).map((data): Input => ({ kind: 'random bytes', data })) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }).map((data): Input => ({ kind: 'random text', data })) },
    {
      weight: 6,
      arbitrary: fc.tuple(tableArb, fc.constantFrom(',', '\t', ';', '，'), fc.boolean(), fc.boolean()).map(([t, sep, quoteAll, bytes]): Input => ({
        kind: 'random table',
        data: bytesOrText(tableToCsv(t, sep, quoteAll), bytes),
      })),
    },
    {
      weight: 6,
      arbitrary: fc.tuple(structuredTableArb, fc.constantFrom(',', '\t', ';'), fc.boolean()).map(([t, sep, quoteAll]): Input => ({
        kind: 'generated ledger',
        data: tableToCsv(t, sep, quoteAll),
      })),
    },
    {
      weight: 4,
      arbitrary: fc.tuple(fc.nat({ max: seeds.length - 1 }), fc.array(textMutationArb, { minLength: 1, maxLength: 4 })).map(([i, muts]): Input => ({
        kind: 'mutated ledger',
        data: mutateText(seeds[i]!, muts),
      })),
    },
    {
      weight: 1,
      arbitrary: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 5 }).map((flips): Input => {
        const b = gbk.slice();
        for (const [pos, v] of flips) b[pos % b.length] = v;
        return { kind: 'mutated GBK bytes', data: b };
      }),
    },
  );
}

async function ledgerWorkbookBytes(rows: (string | number | Date | null | Record<string, unknown>)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  rows.forEach((r, i) => {
    ws.getRow(i + 1).values = r as ExcelJS.CellValue[];
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function xlsxSeeds(): Promise<Uint8Array[]> {
  return [
    await ledgerWorkbookBytes([
      ['台账'],
      ['项目名称', '类型', '装机容量(万千瓦)', '投产年份', '状态', '利用小时数', '备注'],
      ['广海湾光伏', '光伏', 10, new Date(Date.UTC(2025, 5, 30)), '在建', 1100, { richText: [{ text: 'a' }] }],
      ['川岛风电', '海上风电', { formula: '20*2', result: 40 }, 2027, '规划', null, null],
      ['坏', '光伏', { error: '#N/A' }, '2025年', '规划', 'x', ''],
      ['合计', '', 50],
    ]),
    await ledgerWorkbookBytes([
      ['name', 'type', 'capacity (kW)', 'COD'],
      ['A', 'PV', 1500, 2024],
      ['B', 'wind', '1,200', '2025-01-01'],
    ]),
  ];
}

function ledgerXlsxInputs(seeds: Uint8Array[]): fc.Arbitrary<Input> {
  const flipsArb = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 12 });
  return fc.oneof(
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }).map((data): Input => ({ kind: 'random bytes', data })) },
    {
      weight: 1,
      arbitrary: fc.uint8Array({ maxLength: 600 }).map((rest): Input => ({ kind: 'random bytes after a zip signature', data: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...rest]) })),
    },
    {
      weight: 6,
      arbitrary: fc.tuple(fc.nat({ max: seeds.length - 1 }), flipsArb).map(([i, flips]): Input => {
        const b = seeds[i]!.slice();
        for (const [pos, v] of flips) b[pos % b.length] = v;
        return { kind: 'flipped bytes', data: b };
      }),
    },
    { weight: 1, arbitrary: fc.oneof(tableArb, structuredTableArb).map((table): Input => ({ kind: 'generated workbook', data: new Uint8Array(), table })) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.nat({ max: seeds.length - 1 }), fc.nat(), fc.uint8Array({ maxLength: 64 })).map(([i, cut, extra]): Input => {
        const b = seeds[i]!;
        const at = cut % b.length;
        return { kind: 'truncated or spliced', data: new Uint8Array([...b.subarray(0, at), ...extra, ...(extra.length % 2 ? b.subarray(at) : [])]) };
      }),
    },
  );
}

/** A workbook written from a generated table (slower: a workbook is written per case). */
async function xlsxFromTable(t: Table): Promise<Uint8Array> {
  return ledgerWorkbookBytes([...Array.from({ length: t.titleRows }, () => ['标题']), t.header, ...t.rows.map((r) => r.map((c) => (/^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c)))]);
}

// ---------------------------------------------------------------------------

export async function fuzzTargets(): Promise<FuzzTarget[]> {
  const xlsx = await xlsxSeeds();
  const scenarioSeeds = scenarioFileSeeds();
  const backups = backupSeeds();
  return [
    { name: 'scenario file (JSON)', arbitrary: jsonInputs(scenarioSeeds, false), run: (i) => guarded(() => judgeScenarioFile(parseScenarioFile(i.data))) },
    { name: 'backup (JSON)', arbitrary: jsonInputs([...backups, ...scenarioSeeds.slice(0, 1)], true), run: (i) => guarded(() => judgeBackup(parseBackup(i.data))) },
    { name: 'ledger CSV', arbitrary: ledgerCsvInputs(), run: (i) => guarded(() => judgeLedger(parseLedgerCsv(i.data, { defaultHours: TYPICAL_HOURS }))) },
    {
      name: 'ledger xlsx bytes',
      arbitrary: ledgerXlsxInputs(xlsx),
      run: (i) => guarded(async () => judgeLedger(await parseLedgerXlsx(i.table ? await xlsxFromTable(i.table) : (i.data as Uint8Array), { defaultHours: TYPICAL_HOURS }))),
    },
  ];
}
