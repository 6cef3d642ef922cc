import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { encodeUtf8 } from '../../../shared/io/text';
import { bombCases } from './fuzz-bombs';
import { HOSTILE_TEXT } from './fuzz-hostile';
import { mutateText, textMutationArb, type Input, type Table } from './fuzz-inputs';

/**
 * Fuzz inputs for the ledger importers: random and generated tables as CSV
 * (several separators, GBK bytes) and as workbooks, mutated fixtures, flipped
 * and spliced workbook bytes, and xlsx bombs.
 */

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const bytesOrText = (text: string, asBytes: boolean) => (asBytes ? encodeUtf8(text) : text);

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

export function ledgerCsvInputs(): fc.Arbitrary<Input> {
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
      weight: 2,
      arbitrary: fc.tuple(structuredTableArb, fc.nat(), fc.nat()).map(([t, pick, col]): Input => ({
        kind: 'control and bidi characters in cells',
        data: tableToCsv({ ...t, rows: t.rows.map((r, i) => r.map((c, j) => (j === col % Math.max(1, r.length) ? `${c}${HOSTILE_TEXT[(pick + i) % HOSTILE_TEXT.length]!}` : c))) }, ',', true),
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

export function ledgerXlsxInputs(seeds: Uint8Array[]): fc.Arbitrary<Input> {
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
    { weight: 4, arbitrary: bombCases().map((b): Input => ({ kind: b.kind, data: new Uint8Array(), build: b.build, detail: b.detail })) },
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

export function xlsxBytes(i: Input): Promise<Uint8Array> {
  if (i.build) return i.build();
  if (i.table) return xlsxFromTable(i.table);
  return Promise.resolve(i.data as Uint8Array);
}

/** A workbook written from a generated table (slower: a workbook is written per case). */
async function xlsxFromTable(t: Table): Promise<Uint8Array> {
  return ledgerWorkbookBytes([...Array.from({ length: t.titleRows }, () => ['标题']), t.header, ...t.rows.map((r) => r.map((c) => (/^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c)))]);
}
