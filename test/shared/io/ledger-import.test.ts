import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import {
  parseLedgerCsv as parseCsv,
  parseLedgerFile as parseFile,
  parseLedgerXlsx as parseXlsx,
  splitHeader,
  type LedgerOptions,
  type LedgerPreview,
} from '../../../shared/io/ledger-import';
import { GeneratorSchema } from '../../../shared/model/scenario';
import { TYPICAL_HOURS } from '../../../seeds/reference/typical';

// as the app calls them: rows without hours get the reference library's typical hours
const withHours = (options: LedgerOptions = {}): LedgerOptions => ({ defaultHours: TYPICAL_HOURS, ...options });
const parseLedgerCsv = (input: string | Uint8Array, options?: LedgerOptions) => parseCsv(input, withHours(options));
const parseLedgerXlsx = (bytes: Uint8Array, options?: LedgerOptions) => parseXlsx(bytes, withHours(options));
const parseLedgerFile = (bytes: Uint8Array, options?: LedgerOptions) => parseFile(bytes, withHours(options));

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
const byRow = (p: LedgerPreview, n: number) => p.rows.find((r) => r.rowNumber === n)!;
const csv = (lines: string[]) => lines.join('\r\n');

describe('headers', () => {
  it('splitHeader finds units in brackets, after a slash or glued on', () => {
    expect(splitHeader('装机容量（万千瓦）')).toEqual({ base: '装机容量', unit: '万千瓦' });
    expect(splitHeader('装机容量(MW)')).toEqual({ base: '装机容量', unit: 'mw' });
    expect(splitHeader('Capacity [kW]')).toEqual({ base: 'capacity', unit: 'kw' });
    expect(splitHeader('容量/GW')).toEqual({ base: '容量', unit: 'gw' });
    expect(splitHeader('装机容量MW')).toEqual({ base: '装机容量', unit: 'mw' });
    expect(splitHeader(' *项目 名称 ')).toEqual({ base: '项目名称', unit: null });
  });

  it('finds the header below a title row, ignores unknown columns, reports missing required ones', () => {
    const p = parseLedgerCsv(csv(['台账', '序号,项目名称,类型,装机容量(MW),投产年份,负责人', '1,甲,光伏,10,2025,张三']));
    expect(p.headerRow).toBe(2);
    expect(p.ignoredColumns).toEqual(['序号', '负责人']);
    expect(p.headerProblems).toEqual([]);
    expect(p.validCount).toBe(1);

    const missing = parseLedgerCsv(csv(['项目名称,类型', '甲,光伏']));
    expect(missing.headerProblems.filter((h) => h.fatal).map((h) => h.column)).toEqual(['装机容量', '投产年份']);
    expect(missing.rows).toEqual([]);

    const none = parseLedgerCsv(csv(['a,b,c', '1,2,3']));
    expect(none.headerRow).toBeNull();
    expect(none.headerProblems[0]).toMatchObject({ fatal: true, code: 'ledger.noHeader' });
    expect(missing.headerProblems.filter((h) => h.fatal).map((h) => h.params)).toEqual([{ field: 'capacity' }, { field: 'commissioningYear' }]);
  });

  it('warns when the capacity header has no unit, refuses one it does not know', () => {
    const noUnit = parseLedgerCsv(csv(['name,type,capacity,commissioning year', 'A,PV,10,2025']));
    expect(noUnit.headerProblems).toEqual([{ fatal: false, column: 'capacity', code: 'ledger.headerNoUnit', params: { unit: 'mw' } }]);
    expect(noUnit.rows[0]!.project!.capacityMW).toBe(10);
    const badUnit = parseLedgerCsv(csv(['name,type,capacity (台),commissioning year', 'A,PV,10,2025']));
    expect(badUnit.headerProblems[0]).toEqual({ fatal: true, column: 'capacity (台)', code: 'ledger.headerUnknownUnit', params: { unit: '台' } });
  });

  it('ignores a second column meaning the same thing, with a note', () => {
    const p = parseLedgerCsv(csv(['名称,项目名称,类型,装机容量(MW),投产年份', 'A,B,光伏,1,2025']));
    expect(p.headerProblems).toEqual([{ fatal: false, column: '项目名称', code: 'ledger.duplicateColumn', params: {} }]);
    expect(p.rows[0]!.project!.name).toBe('A');
  });
});

describe('the Chinese fixture (UTF-8 with BOM, title row, 合计 row)', () => {
  const p = parseLedgerCsv(fixture('ledger-zh.csv'), { fileName: '台账.csv' });

  it('reads good rows into generators, with units converted', () => {
    expect(p.encoding).toBe('utf-8');
    expect(p.headerRow).toBe(2);
    expect(p.validCount).toBe(5);
    expect(byRow(p, 3).project).toEqual({
      id: 'ledger-3', name: '丹灶镇渔光互补光伏电站', type: 'pv', capacityMW: 50, utilisationHours: 1050, commissioningYear: 2024,
      status: 'underConstruction', included: true, source: { kind: 'user', note: '项目台账导入 (台账.csv, 第3行); 来源: 区发改局2024年重点项目清单' },
    });
    expect(byRow(p, 4).project).toMatchObject({ name: '西樵山分散式风电, 一期', type: 'wind', capacityMW: 12, note: '含储能, 另计' });
    expect(byRow(p, 5).project).toMatchObject({ type: 'biomass', capacityMW: 30, status: 'operating' });
    expect(byRow(p, 6).project).toMatchObject({ type: 'gas', capacityMW: 460, status: 'planned', note: '待核准' });
    // a unit in the cell wins over the header's 万千瓦
    expect(byRow(p, 10).project).toMatchObject({ capacityMW: 30, commissioningYear: 2025 });
    for (const r of p.rows) if (r.project) expect(GeneratorSchema.safeParse(r.project).success).toBe(true);
  });

  it('names row, column and problem', () => {
    expect(byRow(p, 7).errors).toEqual([
      { level: 'error', field: 'capacity', column: '装机容量（万千瓦）', code: 'ledger.notNumber', params: { text: '约3' } },
    ]);
    expect(byRow(p, 7).warnings).toHaveLength(2);
    expect(byRow(p, 8).errors[0]).toMatchObject({ column: '项目类型', code: 'ledger.pumpedStorage', params: { text: '抽水蓄能' } });
    expect(byRow(p, 9).errors[0]).toMatchObject({ column: '退役年份', code: 'ledger.retirement', params: { year: 2004, commissioning: 2005 } });
    expect(byRow(p, 9).messages[0]).toMatchObject({ level: 'error', field: 'retirementYear', column: '退役年份' });
    for (const n of [7, 8, 9]) expect(byRow(p, n).project).toBeUndefined();
  });

  it('skips the total row', () => {
    expect(byRow(p, 11)).toMatchObject({ skipped: 'total', errors: [] });
    expect(byRow(p, 11).project).toBeUndefined();
  });

  it('keeps the cells for the preview table', () => {
    expect(byRow(p, 7).cells['装机容量（万千瓦）']).toBe('约3');
  });
});

describe('the English and GBK fixtures', () => {
  it('reads English headers, kW and thousands separators, yes/no', () => {
    const p = parseLedgerCsv(fixture('ledger-en.csv'));
    expect(byRow(p, 2).project).toMatchObject({ type: 'pv', capacityMW: 12.5, status: 'operating', included: true });
    expect(byRow(p, 3).project).toMatchObject({ type: 'wind', capacityMW: 400, status: 'underConstruction' });
    expect(byRow(p, 4).errors[0]).toMatchObject({ column: 'Status', code: 'ledger.unknownStatus', params: { text: 'maybe' } });
    expect(byRow(p, 5).errors[0]).toMatchObject({ column: 'Capacity (kW)', code: 'ledger.notNumber', params: { text: 'abc' } });
    expect(byRow(p, 6).errors[0]).toMatchObject({ code: 'ledger.nuclear' });
  });

  it('reads a GBK file as Excel on Chinese Windows saves it', () => {
    const p = parseLedgerCsv(fixture('ledger-gbk.csv'));
    expect(p.encoding).toBe('gb18030');
    expect(p.rows.map((r) => r.project?.name)).toEqual(['广海湾光伏', '川岛风电']);
  });
});

describe('cell values', () => {
  const one = (header: string, cell: string, options = {}) =>
    parseLedgerCsv(csv([`项目名称,类型,${header},投产年份,状态,利用小时数`, `A,光伏,${cell},2025,规划,1000`]), options).rows[0]!;

  it('capacity units: MW, 万千瓦, kW, GW, full-width digits, thousands', () => {
    expect(one('装机容量(MW)', '12.5').project!.capacityMW).toBe(12.5);
    expect(one('装机容量（万千瓦）', '0.3').project!.capacityMW).toBe(3);
    expect(one('装机容量(kW)', '"1,500"').project!.capacityMW).toBe(1.5);
    expect(one('装机容量(GW)', '1.2').project!.capacityMW).toBe(1200);
    expect(one('装机容量(MW)', '３０').project!.capacityMW).toBe(30);
    expect(one('装机容量(MW)', '5万千瓦').project!.capacityMW).toBe(50);
    expect(one('装机容量(MW)', '0').errors[0]).toMatchObject({ code: 'ledger.notPositive', params: { text: '0' } });
    expect(one('装机容量(MW)', '-3').errors[0]).toMatchObject({ code: 'ledger.notPositive', params: { text: '-3' } });
    // 5,000 GW = 5,000,000 MW, over the 1,000,000 MW of any one plant
    expect(one('装机容量(GW)', '5000').errors[0]).toMatchObject({ code: 'ledger.capacityTooLarge', params: { text: '5000', limit: 1e6 } });
    expect(one('装机容量(MW)', '1e400').errors[0]).toMatchObject({ code: 'ledger.notNumber' });
  });

  const year = (cell: string) => parseLedgerCsv(csv(['项目名称,类型,装机容量(MW),投产年份,状态', `A,光伏,1,${cell},规划`])).rows[0]!;
  it('years: plain, 年, dates, 年底; refuses ranges and out-of-range years', () => {
    for (const [cell, y] of [['2025', 2025], ['2025年', 2025], ['2025-06-30', 2025], ['2025/6/1', 2025], ['2025年底', 2025], ['2025.12', 2025], ['２０２６', 2026]] as const) {
      expect(year(cell).project?.commissioningYear).toBe(y);
    }
    expect(year('2025-2026').errors[0]).toMatchObject({ code: 'ledger.manyYears', params: { text: '2025-2026' } });
    expect(year('明年').errors[0]).toMatchObject({ code: 'ledger.notYear', params: { text: '明年' } });
    expect(year('1980').errors[0]).toMatchObject({ code: 'ledger.yearRange', params: { year: 1980, min: 1990, max: 2100 } });
    expect(year('').errors[0]).toMatchObject({ column: '投产年份', code: 'ledger.empty' });
  });

  const status = (cell: string, options = {}) =>
    parseLedgerCsv(csv(['项目名称,类型,装机容量(MW),投产年份,状态', `A,光伏,1,2022,${cell}`]), options).rows[0]!;
  it('status words, and a default from the base year when empty', () => {
    expect(status('已投运').project!.status).toBe('operating');
    expect(status('在建').project!.status).toBe('underConstruction');
    expect(status('规划').project!.status).toBe('planned');
    expect(status('Under construction').project!.status).toBe('underConstruction');
    expect(status('已核准').project!.status).toBe('planned');
    expect(status('试运行').errors[0]).toMatchObject({ code: 'ledger.unknownStatus', params: { text: '试运行' } });
    expect(status('').project!.status).toBe('planned');
    expect(status('', { baseYear: 2023 }).project!.status).toBe('operating');
    expect(status('', { baseYear: 2023 }).warnings).toContainEqual(expect.objectContaining({ code: 'ledger.statusDefault', params: { status: 'operating' } }));
  });

  it('type words, loose matches and unsupported types', () => {
    const type = (cell: string) => parseLedgerCsv(csv(['项目名称,类型,装机容量(MW),投产年份,状态', `A,${cell},1,2025,规划`])).rows[0]!;
    expect(['光伏', 'PV', 'solar', '海上风电', 'Wind', '小水电', '垃圾焚烧发电', '煤电', 'LNG', '天然气热电联产', '海上风电场'].map((t) => type(t).project?.type)).toEqual([
      'pv', 'pv', 'pv', 'wind', 'wind', 'hydro', 'biomass', 'coal', 'gas', 'gas', 'wind',
    ]);
    expect(type('储能').errors[0]).toMatchObject({ code: 'ledger.storage', params: { text: '储能' } });
    expect(type('光伏+储能').errors[0]).toMatchObject({ code: 'ledger.storage' });
    expect(type('其他').errors[0]).toMatchObject({ code: 'ledger.unknownType', params: { text: '其他' } });
  });

  it('ids: a valid unused id from the file, else ledger-<row>, never one already taken', () => {
    const p = parseLedgerCsv(
      csv(['项目编号,项目名称,类型,装机容量(MW),投产年份,状态', 'GD-PV-001,A,光伏,1,2025,规划', '编号 2,B,光伏,1,2025,规划', 'GD-PV-001,C,光伏,1,2025,规划', ',D,光伏,1,2025,规划']),
      { existingIds: ['ledger-5'] },
    );
    expect(p.rows.map((r) => r.project?.id)).toEqual(['GD-PV-001', 'ledger-3', 'ledger-4', 'ledger-5-2']);
    expect(p.rows[1]!.warnings).toContainEqual(expect.objectContaining({ code: 'ledger.idInvalid', params: { id: '编号 2' } }));
    expect(p.rows[2]!.warnings).toContainEqual(expect.objectContaining({ code: 'ledger.idTaken', params: { id: 'GD-PV-001' } }));
  });

  it('hours: number, default by type with a warning, range', () => {
    const p = parseLedgerCsv(csv(['项目名称,类型,装机容量(MW),投产年份,状态,利用小时数', 'A,风电,1,2025,规划,', 'B,风电,1,2025,规划,9000', 'C,风电,1,2025,规划,2100h']), {
      defaultHours: { wind: 2500 },
    });
    expect(p.rows[0]!.project!.utilisationHours).toBe(2500);
    expect(p.rows[0]!.warnings[0]).toMatchObject({ code: 'ledger.typicalHours', params: { hours: 2500, type: 'wind' } });
    expect(p.rows[1]!.errors[0]).toMatchObject({ code: 'ledger.hoursRange', params: { value: 9000 } });
    expect(p.rows[2]!.project!.utilisationHours).toBe(2100);
  });

  it('included: yes/no words, anything else is an error', () => {
    const p = parseLedgerCsv(csv(['项目名称,类型,装机容量(MW),投产年份,状态,是否计入', 'A,光伏,1,2025,规划,否', 'B,光伏,1,2025,规划,是', 'C,光伏,1,2025,规划,也许']));
    expect(p.rows.map((r) => r.project?.included ?? r.errors[0])).toEqual([false, true, expect.objectContaining({ code: 'ledger.notBool', params: { text: '也许' } })]);
  });

  it('guesses tab and semicolon separators', () => {
    expect(parseLedgerCsv('项目名称\t类型\t装机容量(MW)\t投产年份\nA\t光伏\t1\t2025').validCount).toBe(1);
    expect(parseLedgerCsv('name;type;capacity MW;COD\nA;PV;1;2025').validCount).toBe(1);
  });

  it('refuses more project rows than the limit, naming it', () => {
    const lines = ['项目名称,类型,装机容量(MW),投产年份,利用小时数', ...Array.from({ length: 30 }, (_, i) => `P${i},光伏,1,2025,1100`)];
    const p = parseLedgerCsv(csv(lines), { maxRows: 10 });
    expect(p.rows).toHaveLength(0);
    expect(p.headerProblems).toEqual([{ fatal: true, column: null, code: 'ledger.tooManyRows', params: { limit: 10 } }]);
    // exactly at the limit: all read
    expect(parseLedgerCsv(csv(lines.slice(0, 11)), { maxRows: 10 }).validCount).toBe(10);
  });

  it('refuses a file of nothing but line breaks before splitting it into rows', () => {
    // maxRows 10 → at most 4 × (10 + 20) = 120 lines are parsed
    const p = parseLedgerCsv(`项目名称,类型,装机容量(MW),投产年份${'\r\n'.repeat(500)}`, { maxRows: 10 });
    expect(p.headerProblems[0]).toMatchObject({ fatal: true, code: 'ledger.tooManyLines', params: { limit: 120 } });
  });

  it('a cell longer than 2,000 characters is an error of its row, and is not quoted back', () => {
    const long = '长'.repeat(2001);
    const p = parseLedgerCsv(csv(['项目名称,类型,装机容量(MW),投产年份,备注', `A,光伏,1,2025,${long}`, `B,光伏,${'9'.repeat(2500)},2025,`]));
    expect(p.rows[0]!.errors).toEqual([{ level: 'error', field: 'note', column: '备注', code: 'ledger.cellTooLong', params: { limit: 2000, length: 2001 } }]);
    expect(p.rows[1]!.errors).toEqual([{ level: 'error', field: 'capacity', column: '装机容量(MW)', code: 'ledger.cellTooLong', params: { limit: 2000, length: 2500 } }]);
    expect(p.rows[0]!.cells['备注']).toBe(`${'长'.repeat(2000)}…`);
    expect(p.validCount).toBe(0);
  });

  it('checks the size of CSV bytes before decoding them, and of a workbook before unzipping it', async () => {
    // 33 MB of zeros: decoding would make a 33-million-character string first
    const big = new Uint8Array(33 * 1024 * 1024);
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    const p = parseLedgerCsv(big);
    expect(decode).not.toHaveBeenCalled();
    decode.mockRestore();
    const tooLarge = { fatal: true, code: 'file.tooLarge', params: { size: 33 * 1024 * 1024, limit: 32 * 1024 * 1024 } };
    expect(p.headerProblems[0]).toMatchObject(tooLarge);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect((await parseLedgerXlsx(big)).headerProblems[0]).toMatchObject(tooLarge);
  });
});

async function ledgerWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const info = wb.addWorksheet('填表说明');
  info.getCell('A1').value = '请在"项目台账"表中填写';
  const ws = wb.addWorksheet('项目台账');
  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = '台山市新能源项目台账（2024年12月）';
  ws.getRow(3).values = ['项目名称', '项目类型', '装机容量(万千瓦)', '并网时间', '建设状态', '备注'];
  ws.getRow(4).values = ['广海湾光伏', '集中式光伏', 10, new Date(Date.UTC(2025, 5, 30)), '在建', { richText: [{ text: '一期' }, { text: '+二期', font: { bold: true } }] }];
  ws.getRow(5).values = ['川岛海上风电', '海上风电', { formula: '20*2', result: 40 }, 2027, '规划', null];
  ws.getRow(6).values = [{ text: '大隆洞水电', hyperlink: 'http://example.com' }, '水电', 0.5, 45658, '已投运', ''];
  ws.getRow(7).values = ['坏数据', '光伏', { error: '#N/A' }, 2025, '规划', ''];
  ws.getRow(9).values = ['合计', '', { formula: 'SUM(C4:C7)', result: 50.5 }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('xlsx ledgers', () => {
  it('picks the ledger sheet and reads numbers, dates, formulas, rich text and hyperlinks', async () => {
    const p = await parseLedgerXlsx(await ledgerWorkbook());
    expect(p.format).toBe('xlsx');
    expect(p.sheets).toEqual(['填表说明', '项目台账']);
    expect(p.sheet).toBe('项目台账');
    expect(p.headerRow).toBe(3);
    expect(byRow(p, 4).project).toMatchObject({ name: '广海湾光伏', type: 'pv', capacityMW: 100, commissioningYear: 2025, note: '一期+二期' });
    expect(byRow(p, 5).project).toMatchObject({ type: 'wind', capacityMW: 400, commissioningYear: 2027 });
    expect(byRow(p, 6).project).toMatchObject({ name: '大隆洞水电', type: 'hydro', capacityMW: 5, commissioningYear: 2025, status: 'operating' });
    // 45658 days after 1899-12-30 is 2025-01-01
    expect(byRow(p, 6).warnings).toContainEqual(expect.objectContaining({ code: 'ledger.excelDate', params: { value: 45658, year: 2025 } }));
    expect(byRow(p, 7).errors[0]).toMatchObject({ column: '装机容量(万千瓦)', code: 'ledger.notNumber', params: { text: '#N/A' } });
    expect(byRow(p, 9).skipped).toBe('total');
    expect(p.validCount).toBe(3);
  });

  it('a named sheet, a missing sheet, an old .xls, garbage', async () => {
    const bytes = await ledgerWorkbook();
    expect((await parseLedgerXlsx(bytes, { sheet: '填表说明' })).headerProblems[0]).toMatchObject({ fatal: true });
    expect((await parseLedgerXlsx(bytes, { sheet: '没有' })).headerProblems[0]).toMatchObject({ code: 'ledger.noSheet', params: { sheet: '没有' } });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await parseLedgerXlsx(xls)).headerProblems[0]).toMatchObject({ code: 'ledger.xls' });
    const broken = bytes.slice(0, 200);
    expect((await parseLedgerXlsx(broken)).headerProblems[0]).toEqual({
      fatal: true,
      column: null,
      code: 'workbook.unreadable',
      params: { reason: { code: 'workbook.zipDamaged', params: { detail: 'no zip directory at the end of the file' } } },
    });
  });

  it('parseLedgerFile tells the kinds apart by content', async () => {
    expect((await parseLedgerFile(await ledgerWorkbook())).format).toBe('xlsx');
    expect((await parseLedgerFile(fixture('ledger-zh.csv'))).format).toBe('csv');
    expect(parseLedgerCsv(await ledgerWorkbook()).headerProblems[0]).toMatchObject({ code: 'ledger.isWorkbook' });
  });
});
