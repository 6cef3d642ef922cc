import { HOURS_IN_LEAP_YEAR, HOURS_IN_YEAR, MAX_PROFILE_VALUE, type HourlyProfile, type ProfileKind, type ProfileUnit } from '../model/hourly';
import { echo } from '../model/echo';
import { issueAt } from '../model/issue-codes';
import { capProblems, FILE_PATH, type IoProblem } from './problems';
import { readHeaderCell } from './profile-headers';
import type { PlainCell } from './xlsx';

/**
 * The rows of a profile file (CSV or a sheet, read by profile-import.ts) →
 * the region's own hourly profiles, or every problem found. All or nothing:
 * one problem anywhere and no profile is returned, so a file with a bad hour
 * never half-replaces a curve.
 */

/** A row as the spreadsheet numbers it (1-based) and its cells. */
export type RawRow = { rowNumber: number; cells: PlainCell[] };

/** A column read as a profile: its header as written, the unit stored and the factor applied to reach it. */
export type ProfileColumn = { kind: ProfileKind; header: string; index: number; unit: ProfileUnit; factor: number };

export type ProfileRead = {
  /** row number of the header, null when none was found */
  headerRow: number | null;
  columns: ProfileColumn[];
  /** data rows below the header (trailing blank rows not counted) */
  hours: number;
  /** the single year the time column shows, when it shows one */
  year?: number;
  /** the first problems found and a line saying how many more; empty when the profiles were read */
  problems: IoProblem[];
  /** null whenever there is a problem */
  profiles: Partial<Record<ProfileKind, HourlyProfile>> | null;
};

/** A header may sit below a title row or two; only the first rows are searched. */
export const HEADER_SEARCH_ROWS = 10;
/** Most problems listed; the rest are counted in one line. */
export const MAX_PROFILE_PROBLEMS = 20;

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

export function cellText(c: PlainCell): string {
  if (c === null) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().replace('T', ' ').slice(0, 16);
  return String(c).trim();
}

const isEmptyRow = (r: RawRow) => r.cells.every((c) => cellText(c) === '');

/** 12.5, 1,234.5, 3e2; not '12 MW', '约 30', 'Infinity'. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

function cellNumber(c: PlainCell): number | null {
  if (typeof c === 'number') return Number.isFinite(c) ? c : null;
  if (typeof c !== 'string') return null;
  const t = c.normalize('NFKC').trim();
  // '1e400' is Infinity: no number
  const v = NUMBER.test(t) ? Number(t) : GROUPED.test(t) ? Number(t.replace(/,/g, '')) : Number.NaN;
  return Number.isFinite(v) ? v : null;
}

/** The year a time cell shows, and whether it is 1 January 00:00 (an hour-ending series ends there). */
function timeYear(c: PlainCell): { year: number; newYear: boolean } | null {
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return null;
    // exceljs gives a date cell's wall-clock time as UTC
    const newYear = c.getUTCMonth() === 0 && c.getUTCDate() === 1 && c.getUTCHours() === 0 && c.getUTCMinutes() === 0;
    return { year: c.getUTCFullYear(), newYear };
  }
  if (typeof c !== 'string') return null;
  const t = c.normalize('NFKC').trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+(\d{1,2})[:时](\d{2})?)?/.exec(t);
  if (!m) return null;
  const newYear = Number(m[2]) === 1 && Number(m[3]) === 1 && (m[4] === undefined || Number(m[4]) === 0) && (m[5] === undefined || Number(m[5]) === 0);
  return { year: Number(m[1]), newYear };
}

/**
 * The one year the time column shows: every row in it, except that an hour-ending
 * series (01:00 … 24:00) may end on the next year's 1 January 00:00.
 */
function singleYear(times: PlainCell[]): number | undefined {
  const read = times.map(timeYear);
  if (read.some((r) => r === null)) return undefined;
  const years = read as { year: number; newYear: boolean }[];
  if (!years.length) return undefined;
  const year = years[0]!.year;
  const last = years[years.length - 1]!;
  const others = last.year === year + 1 && last.newYear ? years.slice(0, -1) : years;
  if (!others.every((y) => y.year === year)) return undefined;
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function findHeader(rows: RawRow[]): number {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    if (rows[i]!.cells.some((c) => readHeaderCell(cellText(c)).role === 'profile')) return i;
  }
  return -1;
}

/** Reads the columns of the header row; header problems go to `problems`. */
function readColumns(header: RawRow, problems: IoProblem[]): { columns: ProfileColumn[]; time: number | null; named: Set<number> } {
  const columns: ProfileColumn[] = [];
  const named = new Set<number>();
  let time: number | null = null;
  let first = true;
  header.cells.forEach((c, index) => {
    const text = cellText(c);
    if (!text) return;
    named.add(index);
    const column = echo(text);
    const cell = readHeaderCell(text);
    const leading = first;
    first = false;
    if (cell.role === 'time') {
      if (!leading || time !== null) problems.push(issueAt(FILE_PATH, 'profile.timeNotFirst', { column }));
      else time = index;
      return;
    }
    if (cell.role === 'unknown') return void problems.push(issueAt(FILE_PATH, 'profile.unknownColumn', { column }));
    const before = columns.find((x) => x.kind === cell.kind);
    if (before) return void problems.push(issueAt(FILE_PATH, 'profile.duplicateColumn', { column, first: echo(before.header) }));
    if (cell.unitText === null) problems.push(issueAt(FILE_PATH, 'profile.noUnit', { column }));
    else if (!cell.unit) problems.push(issueAt(FILE_PATH, 'profile.unknownUnit', { column, unit: echo(cell.unitText) }));
    columns.push({ kind: cell.kind, header: text, index, unit: cell.unit?.unit ?? 'MW', factor: cell.unit?.factor ?? 1 });
  });
  return { columns, time, named };
}

/** Every row of the file, header and title rows included, in order. */
export function readProfileRows(all: RawRow[], fileName: string): ProfileRead {
  const rows = all.slice();
  while (rows.length && isEmptyRow(rows[rows.length - 1]!)) rows.pop();
  const at = findHeader(rows);
  if (at < 0) {
    return { headerRow: null, columns: [], hours: 0, problems: [issueAt(FILE_PATH, 'profile.noHeader', { rows: HEADER_SEARCH_ROWS })], profiles: null };
  }
  const problems: IoProblem[] = [];
  const header = rows[at]!;
  const { columns, time, named } = readColumns(header, problems);
  const body = rows.slice(at + 1);
  const hours = body.length;
  if (hours !== HOURS_IN_YEAR && hours !== HOURS_IN_LEAP_YEAR) {
    problems.push(issueAt(FILE_PATH, 'profile.rowCount', { rows: hours, common: HOURS_IN_YEAR, leap: HOURS_IN_LEAP_YEAR }));
  }

  // a column left empty (the template's, unfilled) is one problem, not one per hour
  const blank = columns.map((col) => hours > 0 && body.every((r) => cellText(r.cells[col.index] ?? null) === ''));
  columns.forEach((col, k) => {
    if (blank[k]) problems.push(issueAt(FILE_PATH, 'profile.emptyColumn', { column: echo(col.header) }));
  });
  const values = columns.map(() => new Array<number>(hours).fill(0));
  const sums = columns.map(() => 0);
  const bad = [...blank];
  const unnamed = new Set<number>();
  body.forEach((row, h) => {
    if (isEmptyRow(row)) return void problems.push(issueAt(FILE_PATH, 'profile.emptyRow', { row: row.rowNumber }));
    columns.forEach((col, k) => {
      if (blank[k]) return;
      const c = row.cells[col.index] ?? null;
      const column = echo(col.header);
      const text = cellText(c);
      const v = cellNumber(c);
      const tooLarge = v !== null && v * col.factor > MAX_PROFILE_VALUE;
      bad[k] ||= v === null || v < 0 || tooLarge;
      if (!text) problems.push(issueAt(FILE_PATH, 'profile.emptyCell', { row: row.rowNumber, column }));
      else if (v === null) problems.push(issueAt(FILE_PATH, 'profile.notNumber', { row: row.rowNumber, column, text: echo(text) }));
      else if (v < 0) problems.push(issueAt(FILE_PATH, 'profile.negative', { row: row.rowNumber, column, value: v }));
      else if (tooLarge) problems.push(issueAt(FILE_PATH, 'profile.tooLarge', { row: row.rowNumber, column, value: v, limit: MAX_PROFILE_VALUE / col.factor }));
      else {
        values[k]![h] = v * col.factor;
        sums[k]! += v;
      }
    });
    row.cells.forEach((c, i) => {
      if (!named.has(i) && !unnamed.has(i) && cellText(c) !== '') {
        unnamed.add(i);
        problems.push(issueAt(FILE_PATH, 'profile.unnamedColumn', { column: i + 1 }));
      }
    });
  });
  columns.forEach((col, k) => {
    if (!bad[k] && hours > 0 && sums[k] === 0) problems.push(issueAt(FILE_PATH, 'profile.allZero', { column: echo(col.header) }));
  });

  const year = time === null ? undefined : singleYear(body.map((r) => r.cells[time] ?? null));
  if (year !== undefined && (hours === HOURS_IN_YEAR || hours === HOURS_IN_LEAP_YEAR)) {
    const expected = isLeap(year) ? HOURS_IN_LEAP_YEAR : HOURS_IN_YEAR;
    if (hours !== expected) problems.push(issueAt(FILE_PATH, 'profile.yearLength', { rows: hours, year, expected }));
  }

  const read = { headerRow: header.rowNumber, columns, hours, ...(year !== undefined ? { year } : {}) };
  if (problems.length) return { ...read, problems: capProblems(problems, MAX_PROFILE_PROBLEMS), profiles: null };
  const note = echo(fileName, 200);
  const profiles: Partial<Record<ProfileKind, HourlyProfile>> = {};
  columns.forEach((col, k) => {
    profiles[col.kind] = { values: values[k]!, unit: col.unit, ...(year !== undefined ? { year } : {}), source: { kind: 'user', note } };
  });
  return { ...read, problems: [], profiles };
}
