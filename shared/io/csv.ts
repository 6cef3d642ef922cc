// Typed by ./papaparse.d.ts (see there why not @types/papaparse).
import Papa from 'papaparse/papaparse.js';
import { BOM, stripBom } from './text';

/**
 * CSV as Excel reads and writes it: UTF-8 with a BOM (without it Excel on
 * Chinese Windows reads UTF-8 as GBK and garbles the headers), CRLF line ends,
 * fields quoted where needed (papaparse). Text cells that Excel would take for
 * a formula (`=`, `+`, `-`, `@` first) are prefixed with `'` (CSV injection);
 * numbers are written as numbers, in JavaScript's shortest exact form, so they
 * read back identically.
 */

export type CsvCell = string | number | boolean | null | undefined;

/** papaparse's own pattern (`/^[=+\-@\t\r].*$/`) misses text with a line break after the first character. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  const body = Papa.unparse(rows.map((r) => [...r]), { newline: '\r\n', escapeFormulae: FORMULA_START });
  return `${BOM}${body}\r\n`;
}

export type ParsedCsv = { rows: string[][]; delimiter: string; errors: { row: number | null; message: string }[] };

/**
 * CSV text → rows of strings. The delimiter is guessed among comma, tab
 * (Excel's "Unicode text"), semicolon, the Chinese full-width comma and `|`.
 * Blank lines are dropped unless `keepEmptyLines` (then row i is line i + 1,
 * as Excel numbers rows, unless a quoted cell spans lines). At most `maxRows`
 * rows are parsed (the rest is never split into arrays). Never throws.
 */
export function parseCsv(text: string, keepEmptyLines = false, maxRows = 0): ParsedCsv {
  try {
    const r = Papa.parse(stripBom(text), {
      skipEmptyLines: keepEmptyLines ? false : 'greedy',
      delimitersToGuess: [',', '\t', ';', '，', '|'],
      ...(maxRows > 0 ? { preview: maxRows } : {}),
    });
    const rows = r.data.filter((row): row is string[] => Array.isArray(row)).map((row) => row.map((c) => (typeof c === 'string' ? c : String(c ?? ''))));
    // "UndetectableDelimiter" is normal for one-column files; the default (comma) is right then.
    const errors = r.errors
      .filter((e) => e.code !== 'UndetectableDelimiter')
      .map((e) => ({ row: typeof e.row === 'number' ? e.row : null, message: e.message }));
    return { rows, delimiter: r.meta.delimiter, errors };
  } catch (err) {
    return { rows: [], delimiter: ',', errors: [{ row: null, message: err instanceof Error ? err.message : String(err) }] };
  }
}
