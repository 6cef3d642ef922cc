import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseProfileCsv, parseProfileFile, parseProfileXlsx, MAX_PROFILE_LINES } from '../../../shared/io/profile-import';
import { MAX_PROFILE_PROBLEMS } from '../../../shared/io/profile-rows';
import { PROFILE_TEMPLATE_HEADER, profileTemplateCsv } from '../../../shared/io/profile-template';
import { encodeUtf8 } from '../../../shared/io/text';
import * as bomb from './xlsx-bombs';

/**
 * Hour h (0 = 1 January 00:00) of a file with the header in row 1 is on
 * spreadsheet row h + 2: the numbers the messages give.
 */

const HOUR_MS = 3_600_000;
/** `2023-01-01 00:00` for hour h of `year`, as a bureau's export writes it. */
function stamp(year: number, h: number): string {
  return new Date(Date.UTC(year, 0, 1) + h * HOUR_MS).toISOString().replace('T', ' ').slice(0, 16);
}

function csv(header: string, count: number, row: (h: number) => string): string {
  const lines = [header];
  for (let h = 0; h < count; h++) lines.push(row(h));
  return lines.join('\r\n') + '\r\n';
}

const opts = { fileName: '连州供电局2023逐时负荷.csv' };
/** A flat, valid two-column file whose cell at `hour` is replaced by `cell`. */
const withCell = (hour: number, cell: string) => csv('负荷(MW),光伏(MW)', 8760, (h) => (h === hour ? `${cell},1` : '50,1'));

describe('a good file', () => {
  it('reads Chinese headers with a time column: values, units, the year and the file as source', () => {
    // load 100 MW at 00:00 rising by 1 MW an hour to 123 MW at 23:00; PV 5 kW from 08:00 to 16:00
    const text = csv('时间,负荷(MW),光伏出力 [kW]', 8760, (h) => `${stamp(2023, h)},${100 + (h % 24)},${h % 24 >= 8 && h % 24 <= 16 ? 5 : 0}`);
    const r = parseProfileCsv(text, opts);
    expect(r.problems).toEqual([]);
    expect(r.hours).toBe(8760);
    expect(r.year).toBe(2023);
    expect(r.headerRow).toBe(1);
    const load = r.profiles!.load!;
    expect(load.values).toHaveLength(8760);
    expect([load.values[0], load.values[23], load.values[24]]).toEqual([100, 123, 100]);
    expect(load).toMatchObject({ unit: 'MW', year: 2023, source: { kind: 'user', note: '连州供电局2023逐时负荷.csv' } });
    const pv = r.profiles!.pv!;
    expect(pv.unit).toBe('kW');
    // 9 sunny hours (08:00 … 16:00) a day × 5 kW × 365 days
    expect(pv.values.reduce((a, b) => a + b, 0)).toBe(9 * 5 * 365);
    expect(r.profiles!.wind).toBeUndefined();
    expect(r.columns.map((c) => [c.kind, c.header, c.unit])).toEqual([
      ['load', '负荷(MW)', 'MW'],
      ['pv', '光伏出力 [kW]', 'kW'],
    ]);
  });

  it('reads English headers without a time column: p.u. and %, no year', () => {
    const r = parseProfileCsv(csv('Load (MW),wind (p.u.),Hydro [%]', 8760, () => '80,0.3,45'), { fileName: 'en.csv' });
    expect(r.problems).toEqual([]);
    expect(r.year).toBeUndefined();
    expect(r.profiles!.load!.unit).toBe('MW');
    expect(r.profiles!.wind).toMatchObject({ unit: 'pu' });
    expect(r.profiles!.wind!.values[100]).toBe(0.3);
    expect(r.profiles!.hydro).toMatchObject({ unit: 'pct' });
    expect('year' in r.profiles!.load!).toBe(false);
  });

  it('recognises units however the header writes them; 万千瓦 is kept as MW', () => {
    const r = parseProfileCsv(csv('用电负荷（万千瓦）,风电出力/kW,光伏%,水电(MWh)', 8760, () => '1.5,2,3,4'), opts);
    expect(r.problems).toEqual([]);
    // 1.5 万千瓦 = 15,000 kW = 15 MW
    expect(r.profiles!.load).toMatchObject({ unit: 'MW' });
    expect(r.profiles!.load!.values[0]).toBe(15);
    expect([r.profiles!.wind!.unit, r.profiles!.pv!.unit, r.profiles!.hydro!.unit]).toEqual(['kW', 'pct', 'MWh']);
  });

  it('takes 8,784 rows (a leap year), and the year from a leap-year time column', () => {
    expect(parseProfileCsv(csv('负荷(MW)', 8784, () => '7'), opts).profiles!.load!.values).toHaveLength(8784);
    const r = parseProfileCsv(csv('时刻,负荷(MW)', 8784, (h) => `${stamp(2024, h)},7`), opts);
    expect(r.problems).toEqual([]);
    expect(r.profiles!.load!.year).toBe(2024);
  });

  it('keeps the year of an hour-ending series that ends on the next 1 January 00:00', () => {
    // 2023-01-01 01:00 … 2024-01-01 00:00: 8,760 hour ends of 2023
    const r = parseProfileCsv(csv('时间,负荷(MW)', 8760, (h) => `${stamp(2023, h + 1)},7`), opts);
    expect(r.problems).toEqual([]);
    expect(r.year).toBe(2023);
  });

  it('reads past a title row above the header', () => {
    const r = parseProfileCsv('连州市2023年逐时负荷\r\n' + csv('负荷(MW)', 8760, () => '7'), opts);
    expect(r.headerRow).toBe(2);
    expect(r.problems).toEqual([]);
  });

  it('reads a tab- or semicolon-separated file of two columns below a title row', () => {
    // Excel's "Unicode text" is tab-separated; one title line among the first ten must not hide the delimiter
    for (const sep of ['\t', ';']) {
      const r = parseProfileCsv('连州市2023年逐时负荷\r\n' + csv(`时间${sep}负荷(MW)`, 8760, (h) => `${h + 1}${sep}${h === 99 ? 'n/a' : '7'}`), opts);
      expect(r.headerRow).toBe(2);
      // title on row 1, header on row 2: hour 99 is on row 99 + 3
      expect(r.problems).toEqual([{ code: 'profile.notNumber', path: '(file)', params: { row: 102, column: '负荷(MW)', text: 'n/a' } }]);
    }
  });

  it('decodes GBK (Excel on Chinese Windows) and UTF-8 with a BOM', () => {
    // 时间,负荷(MW) in GBK: 时 CAB1 间 BCE4, 负 B8BA 荷 BAC9
    const head = Uint8Array.from([0xca, 0xb1, 0xbc, 0xe4, 0x2c, 0xb8, 0xba, 0xba, 0xc9, ...encodeUtf8('(MW)')]);
    const body = encodeUtf8(csv('', 8760, (h) => `${h + 1},42`));
    const gbk = new Uint8Array(head.length + body.length);
    gbk.set(head);
    gbk.set(body, head.length);
    const r = parseProfileCsv(gbk, opts);
    expect(r.encoding).toBe('gb18030');
    expect(r.problems).toEqual([]);
    expect(r.profiles!.load!.values[8759]).toBe(42);

    const bom = parseProfileCsv(encodeUtf8('\uFEFF' + csv('负荷(MW)', 8760, () => '1')), opts);
    expect(bom.encoding).toBe('utf-8');
    expect(bom.profiles!.load).toBeDefined();
  });
});

describe('a bad file: every problem, with row and column, and nothing to store', () => {
  it('refuses a wrong number of rows', () => {
    const r = parseProfileCsv(csv('负荷(MW)', 8759, () => '5'), opts);
    expect(r.profiles).toBeNull();
    expect(r.problems).toEqual([{ code: 'profile.rowCount', path: '(file)', params: { rows: 8759, common: 8760, leap: 8784 } }]);
  });

  it('refuses a row count that is not the year’s the time column shows', () => {
    // 2024 is a leap year: 366 × 24 = 8,784 hours, the file has 8,760
    const r = parseProfileCsv(csv('时间,负荷(MW)', 8760, (h) => `${stamp(2024, h)},5`), opts);
    expect(r.profiles).toBeNull();
    expect(r.problems).toEqual([{ code: 'profile.yearLength', path: '(file)', params: { rows: 8760, year: 2024, expected: 8784 } }]);
  });

  it('names the row and column of a negative, a text cell and an empty cell', () => {
    // hour 10 is on row 12
    expect(parseProfileCsv(withCell(10, '-3'), opts)).toMatchObject({
      profiles: null,
      problems: [{ code: 'profile.negative', params: { row: 12, column: '负荷(MW)', value: -3 } }],
    });
    // a meter's small night-time negative is named as written, not rounded to 0
    expect(parseProfileCsv(withCell(3, '-0.0004'), opts).problems[0]!.params).toEqual({ row: 5, column: '负荷(MW)', value: -0.0004 });
    expect(parseProfileCsv(withCell(0, '约30'), opts).problems).toEqual([
      { code: 'profile.notNumber', path: '(file)', params: { row: 2, column: '负荷(MW)', text: '约30' } },
    ]);
    expect(parseProfileCsv(withCell(8759, ''), opts).problems).toEqual([
      { code: 'profile.emptyCell', path: '(file)', params: { row: 8761, column: '负荷(MW)' } },
    ]);
  });

  it('refuses a value beyond what a profile may hold, and one beyond any number', () => {
    // the limit is 1e12 in the stored unit; 万千瓦 are stored as MW (×10), so 2e11 万千瓦 = 2e12 MW is over it
    expect(parseProfileCsv(csv('负荷(万千瓦)', 8760, (h) => (h === 0 ? '2e11' : '1')), opts).problems).toEqual([
      { code: 'profile.tooLarge', path: '(file)', params: { row: 2, column: '负荷(万千瓦)', value: 2e11, limit: 1e11 } },
    ]);
    expect(parseProfileCsv(withCell(1, '1e400'), opts).problems[0]).toMatchObject({ code: 'profile.notNumber', params: { row: 3, text: '1e400' } });
  });

  it('reads thousands separators and full-width digits as numbers', () => {
    const r = parseProfileCsv(csv('负荷(kW),光伏(kW)', 8760, () => '"1,234.5",１２'), opts);
    expect(r.problems).toEqual([]);
    expect([r.profiles!.load!.values[0], r.profiles!.pv!.values[0]]).toEqual([1234.5, 12]);
  });

  it('refuses unknown headers, a missing or unknown unit, a second column of a kind, a time column not first', () => {
    const r = parseProfileCsv(csv('负荷(MW),温度(℃),光伏,风电(m/s),负荷(kW),时间', 8760, () => '1,2,3,4,5,6'), opts);
    expect(r.profiles).toBeNull();
    expect(r.problems.map((p) => [p.code, p.params])).toEqual([
      ['profile.unknownColumn', { column: '温度(℃)' }],
      ['profile.noUnit', { column: '光伏' }],
      ['profile.unknownUnit', { column: '风电(m/s)', unit: 'm/s' }],
      ['profile.duplicateColumn', { column: '负荷(kW)', first: '负荷(MW)' }],
      ['profile.timeNotFirst', { column: '时间' }],
    ]);
  });

  it('refuses a file without a profile header', () => {
    const r = parseProfileCsv(csv('温度,湿度', 8760, () => '1,2'), opts);
    expect(r.headerRow).toBeNull();
    expect(r.problems).toEqual([{ code: 'profile.noHeader', path: '(file)', params: { rows: 10 } }]);
  });

  it('refuses a column that is zero in every hour, and one left empty', () => {
    const r = parseProfileCsv(csv('负荷(MW),风电(MW),水电(MW)', 8760, () => '5,0,'), opts);
    expect(r.profiles).toBeNull();
    expect(r.problems.map((p) => [p.code, p.params])).toEqual([
      ['profile.emptyColumn', { column: '水电(MW)' }],
      ['profile.allZero', { column: '风电(MW)' }],
    ]);
  });

  it('refuses a blank row among the hours and values under no header', () => {
    const r = parseProfileCsv(csv('负荷(MW)', 8760, (h) => (h === 5 ? '' : h === 6 ? '5,99' : '5')), opts);
    expect(r.problems.map((p) => [p.code, p.params])).toEqual([
      // hour 5 on row 7, hour 6 on row 8 with a value in column 2 (B)
      ['profile.emptyRow', { row: 7 }],
      ['profile.unnamedColumn', { column: 2 }],
    ]);
  });

  it('lists the first problems and counts the rest', () => {
    const r = parseProfileCsv(csv('负荷(MW)', 8760, () => 'n/a'), opts);
    expect(r.problems).toHaveLength(MAX_PROFILE_PROBLEMS + 1);
    expect(r.problems[0]).toMatchObject({ code: 'profile.notNumber', params: { row: 2 } });
    // 8,760 bad cells, 20 listed
    expect(r.problems.at(-1)).toEqual({ code: 'file.more', path: '(file)', params: { count: 8740 } });
  });

  it('refuses a file far longer than a year, an empty file and a workbook read as CSV', () => {
    expect(parseProfileCsv(csv('负荷(MW)', MAX_PROFILE_LINES + 5, () => '1'), opts).problems).toEqual([
      { code: 'profile.tooManyLines', path: '(file)', params: { limit: MAX_PROFILE_LINES } },
    ]);
    expect(parseProfileCsv(encodeUtf8(' \r\n'), opts).problems[0]!.code).toBe('file.empty');
    expect(parseProfileCsv(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]), opts).problems[0]!.code).toBe('ledger.isWorkbook');
  });
});

async function workbook(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').getCell('A1').value = '本工作簿为连州市逐时负荷';
  fill(wb.addWorksheet('逐时负荷'));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('xlsx', () => {
  it('reads date cells, a title row and the sheet that holds the profiles', async () => {
    const bytes = await workbook((ws) => {
      ws.getCell('A1').value = '连州市2024年逐时负荷（供电局）';
      ws.getRow(2).values = ['时间', '负荷（MW）', '光伏 (p.u.)'];
      for (let h = 0; h < 8784; h++) ws.getRow(h + 3).values = [new Date(Date.UTC(2024, 0, 1) + h * HOUR_MS), 60 + (h % 3), h % 24 === 12 ? 0.8 : 0];
    });
    const r = await parseProfileFile(bytes, { fileName: 'lianzhou.xlsx' });
    expect(r).toMatchObject({ format: 'xlsx', sheet: '逐时负荷', headerRow: 2, hours: 8784, year: 2024, problems: [] });
    expect(r.profiles!.load!.values.slice(0, 4)).toEqual([60, 61, 62, 60]);
    expect(r.profiles!.pv).toMatchObject({ unit: 'pu', year: 2024, source: { kind: 'user', note: 'lianzhou.xlsx' } });
  });

  it('names the spreadsheet row of a text cell', async () => {
    const bytes = await workbook((ws) => {
      ws.getRow(1).values = ['负荷(MW)'];
      for (let h = 0; h < 8760; h++) ws.getRow(h + 2).values = [h === 99 ? '#N/A' : 10];
    });
    const r = await parseProfileXlsx(bytes, opts);
    expect(r.problems).toEqual([{ code: 'profile.notNumber', path: '(file)', params: { row: 101, column: '负荷(MW)', text: '#N/A' } }]);
  });

  it('goes through the workbook guard: a bomb is refused before exceljs unpacks it', async () => {
    // 30,000 numbered rows: more than a year of hours with titles (20,000) in one sheet
    expect((await parseProfileXlsx(await bomb.manyRows(30_000), opts)).problems).toEqual([
      { code: 'workbook.sheetRows', path: '(file)', params: { part: { path: bomb.SHEET, sheet: bomb.LEDGER_SHEET }, limit: MAX_PROFILE_LINES } },
    ]);
    expect((await parseProfileXlsx(await bomb.hugeCell(1_000_000), opts)).problems[0]).toMatchObject({ code: 'workbook.cellText', params: { cell: 'B2', limit: 32_767 } });
  });

  it('refuses an old .xls and what is no workbook', async () => {
    expect((await parseProfileXlsx(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), opts)).problems[0]!.code).toBe('ledger.xls');
    expect((await parseProfileXlsx(encodeUtf8('负荷(MW)'), opts)).problems[0]!.code).toBe('workbook.notXlsx');
  });
});

describe('the template', () => {
  const text = profileTemplateCsv();
  const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

  it('names each profile in both languages with its unit, and numbers 8,760 hours', () => {
    expect(lines[0]).toBe('时间 Hour,负荷 Load (MW),光伏 PV (MW),风电 Wind (MW),水电 Hydro (MW)');
    expect(lines).toHaveLength(8761);
    expect([lines[1], lines[8760]]).toEqual(['1,,,,', '8760,,,,']);
  });

  it('reads back as its four profiles once filled in, and names each column left empty', () => {
    const filled = lines.map((l, i) => (i === 0 ? l : `${i},10,2,3,4`)).join('\r\n');
    const r = parseProfileCsv(filled, opts);
    expect(r.problems).toEqual([]);
    expect(Object.keys(r.profiles!)).toEqual(['load', 'pv', 'wind', 'hydro']);
    expect(parseProfileCsv(text, opts).problems.map((p) => p.params)).toEqual(PROFILE_TEMPLATE_HEADER.slice(1).map((column) => ({ column })));
  });
});
