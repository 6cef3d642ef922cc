import type ExcelJS from 'exceljs';
import { checkWorkbook, DEFAULT_WORKBOOK_LIMITS, type WorkbookLimits, type WorkbookRefusal } from './xlsx-guard';

/**
 * The one place exceljs is loaded and saved. `import ExcelJS from 'exceljs'`
 * takes exceljs's browser build in Vite (package.json `browser` field) and its
 * Node build in Node; both load from an ArrayBuffer and write a buffer, which
 * is turned into a plain `Uint8Array` here. exceljs's typings need neither DOM
 * nor Node types (its `Buffer` is a local alias of ArrayBuffer).
 */

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;
export type CellValue = ExcelJS.CellValue;

export const MAX_XLSX_BYTES = 32 * 1024 * 1024;

/**
 * exceljs is ~0.9 MB minified and only needed when a workbook is written or
 * read, so it is loaded on first use: the app starts without it.
 */
let exceljs: Promise<typeof ExcelJS> | null = null;
function loadExcelJs(): Promise<typeof ExcelJS> {
  exceljs ??= import('exceljs').then(
    (m) => (m as { default?: typeof ExcelJS }).default ?? (m as unknown as typeof ExcelJS),
  );
  return exceljs;
}

export async function newWorkbook(): Promise<Workbook> {
  const { Workbook } = await loadExcelJs();
  return new Workbook();
}

export async function writeWorkbook(wb: Workbook): Promise<Uint8Array> {
  const out = (await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer | Uint8Array;
  // Node returns a Buffer (a Uint8Array view on a pooled ArrayBuffer), browsers an ArrayBuffer.
  // `new Uint8Array(view)` copies the view's bytes; `new Uint8Array(arrayBuffer)` wraps it.
  return new Uint8Array(out);
}

/** Why a workbook was not loaded: a `workbook.*` issue (`refusal`). */
export class WorkbookError extends Error {
  constructor(readonly refusal: WorkbookRefusal) {
    super(`${refusal.code} ${JSON.stringify(refusal.params)}`);
    this.name = 'WorkbookError';
  }
}

/**
 * Loads a workbook once `checkWorkbook` found it within `limits`; rejects with
 * a `WorkbookError` on anything else, exceljs's own failures included.
 */
export async function loadWorkbook(
  bytes: Uint8Array,
  limits: WorkbookLimits = DEFAULT_WORKBOOK_LIMITS,
): Promise<Workbook> {
  const refusal = await checkWorkbook(bytes, limits);
  if (refusal) throw new WorkbookError(refusal);
  const wb = await newWorkbook();
  try {
    // A copy, so the ArrayBuffer holds exactly these bytes (a view may sit in a larger buffer).
    await wb.xlsx.load(bytes.slice().buffer);
  } catch (err) {
    const { describeLoadError } = await import('./xlsx-errors');
    throw new WorkbookError(await describeLoadError(bytes, err));
  }
  return wb;
}

/** .xlsx files are zip archives: they start with `PK\x03\x04`. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Old binary .xls (OLE2 compound file), which exceljs cannot read. */
export function looksLikeXls(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && sig.every((b, i) => bytes[i] === b);
}

export type PlainCell = string | number | boolean | Date | null;

/**
 * A cell as a plain value: formulas give their cached result, rich text and
 * hyperlinks their text, errors (`#N/A`) their code as text.
 */
export function plainCell(v: CellValue | undefined): PlainCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v !== 'object') return null;
  const o = v as unknown as Record<string, unknown>;
  if ('richText' in o && Array.isArray(o.richText)) {
    return o.richText
      .map((r) =>
        r && typeof r === 'object' && typeof (r as { text?: unknown }).text === 'string'
          ? (r as { text: string }).text
          : '',
      )
      .join('');
  }
  if ('error' in o) return typeof o.error === 'string' ? o.error : '#ERROR';
  if ('formula' in o || 'sharedFormula' in o) return plainCell(o.result as CellValue);
  if ('text' in o) return plainCell(o.text as CellValue);
  return null;
}
