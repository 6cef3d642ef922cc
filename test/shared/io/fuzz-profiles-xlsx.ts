import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { bombCases } from './fuzz-bombs';
import { HOUR_MS, stamp, table, type ProfileInput } from './fuzz-profiles';
import * as bomb from './xlsx-bombs';

/**
 * Fuzz inputs for the hourly-profile import of .xlsx (shared/io/profile-import.ts):
 * valid year-long workbooks built with exceljs, a year of hours written as the
 * sheet's own XML with stored cells exceljs never writes (formulas without a
 * result, errors, NaN), small workbooks with hostile cells, their bytes flipped
 * or cut, and xlsx bombs.
 */

type Cell = ExcelJS.CellValue;

async function workbookBytes(sheets: [string, Cell[][]][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => {
      ws.getRow(i + 1).values = r;
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Cells exceljs writes and reads in ways a CSV has none of: formulas, errors, rich text, links, dates, booleans. */
const XLSX_CELLS: Cell[] = [
  { formula: '1+1', result: 2 }, { formula: '1+1' } as Cell, { error: '#DIV/0!' } as Cell, { richText: [{ text: '1' }, { text: '2' }] },
  { text: '5', hyperlink: 'https://example.com' }, new Date(Date.UTC(2024, 0, 1)), true, -5, 0, -0, 1e308, 5e-324, '1e400', '=1+1', null,
  'x'.repeat(32_767), '１２', ' 7 ', '\u202e5',
];

export type ProfileWorkbooks = { valid: Uint8Array[]; small: Uint8Array[] };

/**
 * Valid workbooks (a single column of 8,760 numbers, some written as a formula's result,
 * rich text or a link; and a leap year with dates after a notes sheet and a title row),
 * and small ones to flip bytes in.
 */
export async function profileWorkbooks(): Promise<ProfileWorkbooks> {
  const en: Cell[][] = [['Load (MW)'], ...table(8760, (h) => [String(50 + (h % 7))]).map(([v]): Cell[] => [Number(v)])];
  en[5] = [{ formula: '40+5', result: 45 }];
  en[6] = [{ richText: [{ text: '4' }, { text: '6' }] }];
  en[7] = [{ text: '47', hyperlink: 'https://example.com' }];
  const zh: Cell[][] = [['连州市2024年逐时负荷（供电局）'], ['时间', '负荷（MW）', '光伏 (p.u.)']];
  for (let h = 0; h < 8784; h++) zh.push([new Date(Date.UTC(2024, 0, 1) + h * HOUR_MS), 60 + (h % 3), h % 24 === 12 ? 0.8 : 0]);
  const small: Cell[][] = [['时间', '负荷(MW)', '光伏(kW)'], ...table(24, (h) => [stamp(2023, h), String(h), '1']).map(([t, a, b]): Cell[] => [t!, Number(a), Number(b)])];
  small.push(XLSX_CELLS.slice(0, 3), XLSX_CELLS.slice(3, 6));
  return {
    valid: [await workbookBytes([['逐时负荷', en]]), await workbookBytes([['说明', [['本工作簿为连州市逐时负荷']]], ['逐时负荷', zh]])],
    small: [await workbookBytes([['负荷', small]]), await workbookBytes([['Sheet1', [['Load (MW)', 'wind (pu)'], [1, 2], [3, 4]]]])],
  };
}

/**
 * A sheet of `负荷(MW)` and `n` hours of 5 MW, written without exceljs; `cells` replaces the
 * cells of some hours with raw XML (`A{r}` in it is that hour's reference).
 */
function manyHours(n: number, cells: ReadonlyMap<number, string> = new Map()): Promise<Uint8Array> {
  let xml = '<row r="1"><c r="A1" t="inlineStr"><is><t>负荷(MW)</t></is></c></row>';
  for (let r = 2; r <= n + 1; r++) xml += `<row r="${r}">${cells.get(r)?.replace('A{r}', `A${r}`) ?? `<c r="A${r}"><v>5</v></c>`}</row>`;
  return bomb.workbookWith({ [bomb.SHEET]: bomb.packed(bomb.SHEET_HEAD.replace(/<row r="1">.*<\/row>/, '') + xml + bomb.SHEET_TAIL) });
}

/** Cells as a sheet stores them, and whether each is an hour of a valid profile in MW. */
const XML_CELLS: [string, boolean][] = [
  ['<c r="A{r}"><f>1+1</f><v>2</v></c>', true], // a formula with its result as Excel saved it
  ['<c r="A{r}"><f>1+1</f></c>', false], // a formula never calculated: no value to read
  ['<c r="A{r}" t="e"><v>#N/A</v></c>', false],
  ['<c r="A{r}" t="b"><v>1</v></c>', false],
  ['<c r="A{r}" t="inlineStr"><is><r><t>1</t></r><r><t>2</t></r></is></c>', true],
  ['<c r="A{r}" t="inlineStr"><is><t xml:space="preserve"> 7 </t></is></c>', true],
  ['<c r="A{r}" t="inlineStr"><is><t></t></is></c>', false],
  ['<c r="A{r}"><v>NaN</v></c>', false],
  ['<c r="A{r}"><v>1e400</v></c>', false],
  ['<c r="A{r}"><v>abc</v></c>', false],
  ['<c r="A{r}"><v>-5</v></c>', false],
  ['<c r="A{r}"><v>-0</v></c>', true],
  ['<c r="A{r}"><v>5e-324</v></c>', true],
  ['<c r="A{r}"><v>1e12</v></c>', true], // the largest value a profile may hold
  ['<c r="A{r}"><v>1.0000000001e12</v></c>', false],
  ['<c r="A{r}" t="s"><v>99999</v></c>', false], // a shared string that is not there
  ['<c r="A{r}"/>', false],
];

export function profileXlsxInputs(books: ProfileWorkbooks): fc.Arbitrary<ProfileInput> {
  const all = [...books.small, ...books.valid];
  const flipsArb = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 12 });
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.tuple(fc.constantFrom(0, 0, 0, 1), fc.constantFrom(undefined, undefined, undefined, '逐时负荷', '说明', 'nope')).map(([i, sheet]): ProfileInput => {
        // the second workbook's profiles are on its second sheet; its first holds only notes
        const found = sheet === undefined || sheet === '逐时负荷';
        return { kind: 'valid workbook', data: books.valid[i]!, ...(sheet === undefined ? {} : { sheet }), expect: found ? 'ok' : 'problems', detail: JSON.stringify({ i, sheet }) };
      }),
    },
    {
      weight: 4,
      arbitrary: fc.tuple(fc.nat({ max: all.length + 3 }), flipsArb).map(([k, flips]): ProfileInput => {
        // mostly the small workbooks: a flipped year-long sheet costs exceljs a full read
        const i = k < all.length ? k : k % books.small.length;
        const b = all[i]!.slice();
        for (const [pos, v] of flips) b[pos % b.length] = v;
        return { kind: 'flipped bytes', data: b, detail: JSON.stringify({ i, flips }) };
      }),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.nat({ max: books.small.length - 1 }), fc.nat(), fc.uint8Array({ maxLength: 64 })).map(([i, cut, extra]): ProfileInput => {
        const b = books.small[i]!;
        const at = cut % b.length;
        return { kind: 'truncated or spliced', data: new Uint8Array([...b.subarray(0, at), ...extra, ...(extra.length % 2 ? b.subarray(at) : [])]) };
      }),
    },
    {
      weight: 2,
      arbitrary: fc.array(fc.array(fc.constantFrom(...XLSX_CELLS), { minLength: 1, maxLength: 3 }), { maxLength: 30 }).map((rows): ProfileInput => ({
        kind: 'generated workbook',
        data: new Uint8Array(),
        build: () => workbookBytes([['负荷', [['负荷(MW)', '风电(p.u.)', '水电(%)'], ...rows]]]),
        expect: 'problems',
      })),
    },
    {
      // read within the guard's 20,000 rows, refused beyond them
      weight: 1,
      arbitrary: fc.constantFrom(8760, 8784, 8759, 8761, 20_001, 50_000).map((n): ProfileInput => ({
        kind: 'many hours, written by hand',
        data: new Uint8Array(),
        build: () => manyHours(n),
        detail: String(n),
        ...(n === 8760 || n === 8784 ? { expect: 'ok' as const } : { expect: 'problems' as const }),
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(fc.integer({ min: 2, max: 8761 }), fc.nat({ max: XML_CELLS.length - 1 })), { minLength: 1, maxLength: 3 })
        .map((picks): ProfileInput => {
          const cells = new Map(picks.map(([r, k]) => [r, XML_CELLS[k]![0]]));
          const valid = [...cells.values()].every((xml) => XML_CELLS.find(([x]) => x === xml)![1]);
          return { kind: 'year of hours with stored cells', data: new Uint8Array(), build: () => manyHours(8760, cells), detail: JSON.stringify([...cells]), expect: valid ? 'ok' : 'problems' };
        }),
    },
    { weight: 2, arbitrary: bombCases().map((b): ProfileInput => ({ kind: b.kind, data: new Uint8Array(), build: b.build, detail: b.detail, expect: 'problems' })) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom([0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), fc.uint8Array({ maxLength: 600 })).map(([sig, rest]): ProfileInput => ({
        kind: 'random bytes after a zip or xls signature',
        data: new Uint8Array([...sig, ...rest]),
        expect: 'problems',
      })),
    },
  );
}
