import { echo } from '../model/echo';
import { issue, placed, type IssueBody } from '../model/issue-codes';
import { parseCsv } from './csv';
import { FILE_PATH } from './problems';
import { HEADER_SEARCH_ROWS, readProfileRows, type ProfileRead, type RawRow } from './profile-rows';
import { decodeText, stripBom, type TextEncoding } from './text';
import { loadWorkbook, looksLikeXls, looksLikeZip, MAX_XLSX_BYTES, plainCell, WorkbookError, type PlainCell, type Worksheet } from './xlsx';
import { DEFAULT_WORKBOOK_LIMITS } from './xlsx-guard';

export type { ProfileColumn, ProfileRead } from './profile-rows';

/**
 * Import of a region's own hourly profiles (导入逐时曲线): the power-supply
 * bureau's hourly load, measured PV, wind or hydro output, from CSV or an
 * .xlsx sheet, into `hourly.profiles`.
 *
 * | column          | headers (any of, e.g.)                                | |
 * |-----------------|-------------------------------------------------------|-|
 * | time (optional) | 时间, 时刻, 小时, 日期, hour, time, datetime          | first column only; ignored, except that a single year it shows is kept and checked against the row count |
 * | load            | 负荷, 用电负荷, 供电负荷, load, demand                | |
 * | pv              | 光伏, 光伏出力, 太阳能, pv, solar                     | |
 * | wind            | 风电, 风电出力, 风力发电, wind                        | |
 * | hydro           | 水电, 水电出力, 小水电, hydro, hydropower             | |
 *
 * Each profile column names its unit (profile-headers.ts): `负荷(MW)`, `光伏出力 [kW]`,
 * `wind (p.u.)`, `水电(%)`. Exactly 8,760 or 8,784 data rows, one per hour from
 * 1 January 00:00; every value a number, none negative, no column all zero.
 * Every problem is an issue with its row and column; with any problem nothing
 * is returned for storage. Never throws.
 */

export type ProfileImport = ProfileRead & {
  format: 'csv' | 'xlsx';
  /** csv: how the bytes were decoded */
  encoding?: TextEncoding;
  /** xlsx: the sheet read */
  sheet?: string;
};

export type ProfileImportOptions = {
  /** the file name, kept as the profiles' source */
  fileName: string;
  /** xlsx: the sheet to read (default: the first with a profile header) */
  sheet?: string;
};

/** A year of hours, a header and a few title rows; anything much longer is not a profile. */
export const MAX_PROFILE_LINES = 20_000;

function failed(format: 'csv' | 'xlsx', what: IssueBody, extra: Partial<ProfileImport> = {}): ProfileImport {
  return { format, ...extra, headerRow: null, columns: [], hours: 0, problems: [placed(what, FILE_PATH)], profiles: null };
}

/** What the CSV reader may take for a delimiter, and a quote. */
const SPECIAL = /[,\t;，|"]/;

/**
 * The title lines above the header: the first lines without a delimiter or a quote, each
 * one cell. They are read apart because the delimiter is guessed from the first ten lines,
 * where one title line over a two-column tab-separated file is enough to hide the tabs.
 */
function splitTitles(text: string): { titles: string[]; rest: string } {
  const eol = /\r\n|\n|\r/g;
  const titles: string[] = [];
  let start = 0;
  while (titles.length < HEADER_SEARCH_ROWS - 1) {
    const m = eol.exec(text);
    if (!m) break;
    const line = text.slice(start, m.index);
    if (SPECIAL.test(line)) break;
    titles.push(line);
    start = m.index + m[0].length;
  }
  return { titles, rest: text.slice(start) };
}

/** A CSV profile file (UTF-8 or UTF-16 with BOM, UTF-8, or GB18030 as Chinese Excel writes it). */
export function parseProfileCsv(input: string | Uint8Array, options: ProfileImportOptions): ProfileImport {
  try {
    if (input.length > MAX_XLSX_BYTES) return failed('csv', issue('file.tooLarge', { size: input.length, limit: MAX_XLSX_BYTES }));
    let text: string;
    let encoding: TextEncoding | undefined;
    if (typeof input === 'string') text = input;
    else {
      if (looksLikeZip(input) || looksLikeXls(input)) return failed('csv', issue('ledger.isWorkbook'));
      const d = decodeText(input);
      text = d.text;
      encoding = d.encoding;
    }
    const meta = encoding ? { encoding } : {};
    if (!text.trim()) return failed('csv', issue('file.empty'), meta);
    // blank lines kept, so row numbers are the lines the planner sees in Excel
    const { titles, rest } = splitTitles(stripBom(text));
    const parsed = parseCsv(rest, true, MAX_PROFILE_LINES + 1 - titles.length);
    const cells = [...titles.map((t) => [t]), ...parsed.rows];
    if (cells.length > MAX_PROFILE_LINES) return failed('csv', issue('profile.tooManyLines', { limit: MAX_PROFILE_LINES }), meta);
    const rows: RawRow[] = cells.map((c, i) => ({ rowNumber: i + 1, cells: c }));
    return { format: 'csv', ...meta, ...readProfileRows(rows, options.fileName) };
  } catch (err) {
    return failed('csv', issue('ledger.unreadable', { detail: echo(String(err), 200) }));
  }
}

/** Columns read per row: a profile file has five, a title or notes column or two more. */
const MAX_COLUMNS = 50;

/** The sheet's rows in order, blank rows included (exceljs skips them), so every hour keeps its row. */
function sheetRows(ws: Worksheet): RawRow[] {
  const rows: RawRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    while (rows.length < rowNumber - 1) rows.push({ rowNumber: rows.length + 1, cells: [] });
    const cells: PlainCell[] = [];
    const count = Math.min(row.cellCount, MAX_COLUMNS);
    for (let i = 1; i <= count; i++) cells.push(plainCell(row.getCell(i).value));
    rows.push({ rowNumber, cells });
  });
  return rows;
}

/** An .xlsx profile file. Never rejects. */
export async function parseProfileXlsx(bytes: Uint8Array, options: ProfileImportOptions): Promise<ProfileImport> {
  if (looksLikeXls(bytes)) return failed('xlsx', issue('ledger.xls'));
  if (!looksLikeZip(bytes)) return failed('xlsx', issue('workbook.notXlsx'));
  if (bytes.length > MAX_XLSX_BYTES) return failed('xlsx', issue('file.tooLarge', { size: bytes.length, limit: MAX_XLSX_BYTES }));
  try {
    // the guard refuses decompression bombs before exceljs unpacks anything
    const wb = await loadWorkbook(bytes, { ...DEFAULT_WORKBOOK_LIMITS, maxSheetRows: MAX_PROFILE_LINES });
    if (!wb.worksheets.length) return failed('xlsx', issue('ledger.noSheets'));
    if (options.sheet !== undefined) {
      const ws = wb.getWorksheet(options.sheet);
      if (!ws) return failed('xlsx', issue('ledger.noSheet', { sheet: echo(options.sheet) }));
      return { format: 'xlsx', sheet: ws.name, ...readProfileRows(sheetRows(ws), options.fileName) };
    }
    let first: ProfileImport | null = null;
    for (const ws of wb.worksheets) {
      const read: ProfileImport = { format: 'xlsx', sheet: ws.name, ...readProfileRows(sheetRows(ws), options.fileName) };
      if (read.headerRow !== null) return read;
      first ??= read;
    }
    return first!;
  } catch (err) {
    if (err instanceof WorkbookError) return failed('xlsx', err.refusal);
    return failed('xlsx', issue('workbook.failed', { detail: echo(err instanceof Error ? err.message : String(err), 200) }));
  }
}

/** Either kind, told apart by content (.xlsx files are zip archives). */
export function parseProfileFile(bytes: Uint8Array, options: ProfileImportOptions): Promise<ProfileImport> {
  if (looksLikeZip(bytes) || looksLikeXls(bytes)) return parseProfileXlsx(bytes, options);
  return Promise.resolve(parseProfileCsv(bytes, options));
}
