import { GeneratorSchema, type Generator, type GeneratorType, type ProjectStatus } from '../model/scenario';
import { HOURS_PER_YEAR, MAX_CAPACITY_MW } from '../model/bounds';
import type { CapacityUnit } from '../model/units';
import type { TypicalHours } from '../model/ops';
import { zodIssues } from '../model/validate-core';
import { echo } from '../model/echo';
import { bodyOf, issue, type IssueBody } from '../model/issue-codes';
import { parseCsv } from './csv';
import { CAPACITY_UNIT_TAIL, capacityUnit, normalizeText, SETTING_UNITS, type LedgerUnit } from './ledger-units';
import { decodeText, type TextEncoding } from './text';
import { loadWorkbook, looksLikeXls, looksLikeZip, MAX_XLSX_BYTES, plainCell, WorkbookError, type PlainCell, type Worksheet } from './xlsx';
import { DEFAULT_WORKBOOK_LIMITS } from './xlsx-guard';

export { normalizeText } from './ledger-units';

/**
 * Project-ledger import (项目台账): the list of power projects a planner keeps
 * in Excel, read from CSV or an .xlsx sheet into `Generator`s for preview.
 *
 * Headers may be Chinese or English and are matched loosely (full-width
 * characters, spaces, `*` marks, case ignored); a title row above the header
 * is fine (the header is the row among the first 20 that names most known
 * columns). Columns:
 *
 * | field             | headers (any of, e.g.)                         | notes |
 * |-------------------|------------------------------------------------|-------|
 * | name (required)   | 项目名称, 名称, 电站名称, name, project         | |
 * | type (required)   | 类型, 电源类型, type, technology               | 光伏/PV, 风电/wind, 水电/hydro, 生物质/biomass, 燃煤/coal, 燃气/gas |
 * | capacity (req.)   | 装机容量, 装机规模, capacity                    | unit in the header or the cell: MW, 万千瓦 (×10), kW (÷1000), GW (×1000); none: `capacityUnit`, the planner's (warned) |
 * | commissioning (r.)| 投产年份, 投产时间, 并网时间, COD, commissioning year | 2025, 2025年, 2025-06-30, a date cell |
 * | retirement        | 退役年份, retirement year                       | |
 * | hours             | 利用小时数, 年利用小时, utilisation hours        | empty: a typical value for the type (warned) |
 * | status            | 状态, 建设状态, status                          | 已投运/在运 → operating, 在建 → underConstruction, 规划/前期 → planned |
 * | source            | 来源, 数据来源, source                          | kept in the project's source note |
 * | note              | 备注, 说明, note, remarks                       | |
 * | id                | 项目编号, 编号, id                              | used when it is a valid, unused id |
 * | included          | 是否计入, included                              | 是/否, yes/no, 1/0 (default yes) |
 *
 * Every row gets its own errors as issues (model/issue-codes.ts), each with
 * the column as the file names it (`装机容量(万千瓦)`: '约30' is not a number).
 * Nothing throws; the caller adds only the rows it shows as valid and the
 * user confirms. Rows named 合计/小计/总计/total are skipped as totals.
 */

export type LedgerField =
  | 'id' | 'name' | 'type' | 'capacity' | 'commissioningYear' | 'retirementYear'
  | 'hours' | 'status' | 'source' | 'note' | 'included';

export type LedgerColumn = {
  field: LedgerField;
  /** 0-based position in the row */
  index: number;
  /** the header as written in the file */
  header: string;
  /** capacity only: the unit found in the header and its factor to MW */
  unit?: LedgerUnit;
};

/** `column`: the header as the file writes it (null when the file has no such column); `field`: which field. */
export type LedgerMessage = IssueBody & { level: 'error' | 'warning'; field: LedgerField | null; column: string | null };

export type LedgerRow = {
  /** the row number the spreadsheet shows (1-based) */
  rowNumber: number;
  project?: Generator;
  /** every message of the row, errors and warnings in the order found */
  messages: LedgerMessage[];
  errors: LedgerMessage[];
  warnings: LedgerMessage[];
  /** set when the row was recognised as a total (合计) and skipped */
  skipped?: 'total';
  /** the row's cells by header, as text, for the preview table */
  cells: Record<string, string>;
};

export type LedgerHeaderProblem = IssueBody & { fatal: boolean; column: string | null };

export type LedgerPreview = {
  format: 'csv' | 'xlsx';
  /** xlsx: the sheet read and all sheet names */
  sheet?: string;
  sheets?: string[];
  /** csv: how the bytes were decoded */
  encoding?: TextEncoding;
  /** row number of the header, null when none was found */
  headerRow: number | null;
  columns: LedgerColumn[];
  /** headers that match no known column */
  ignoredColumns: string[];
  headerProblems: LedgerHeaderProblem[];
  rows: LedgerRow[];
  /** rows with a project and no errors */
  validCount: number;
  /**
   * The unit the capacity column was read in: the one its header names (`装机容量（万千瓦）`, `Capacity (MW)`),
   * or, where the header names none, the unit the planner works in (`capacityUnit`). A cell that names its
   * own unit (`30万千瓦`) is read in that.
   */
  capacity?: { column: string; unit: LedgerUnit; from: 'header' | 'setting' };
};

export type LedgerOptions = {
  /** project ids already in the scenario; new ids avoid them */
  existingIds?: Iterable<string>;
  /** prefix of generated ids (default `ledger-`), followed by the row number */
  idPrefix?: string;
  /**
   * Utilisation hours of a row whose cell is empty, by type: the app passes the
   * reference library's typical hours (seeds/reference/typical.ts), the table
   * the editor and the presets use. Without a value for the row's type, an
   * empty cell is an error.
   */
  defaultHours?: Partial<TypicalHours>;
  /** rows without a status: operating if commissioned by this year, else planned */
  baseYear?: number;
  /** the file name, recorded in each project's source note */
  fileName?: string;
  /** xlsx: the sheet to read (default: the sheet that looks most like a ledger) */
  sheet?: string;
  /** project rows (below the header) at most; a file with more is refused (default 10,000) */
  maxRows?: number;
  /** the unit of a capacity column whose header names none: the planner's setting (default MW, the stored unit) */
  capacityUnit?: CapacityUnit;
};

/** The column a missing field is named by (the file has none to quote). */
const FIELD_ZH: Record<LedgerField, string> = {
  id: '项目编号', name: '项目名称', type: '类型', capacity: '装机容量', commissioningYear: '投产年份', retirementYear: '退役年份',
  hours: '利用小时数', status: '状态', source: '来源', note: '备注', included: '是否计入',
};


const HEADER_SYNONYMS: Record<LedgerField, string[]> = {
  name: ['项目名称', '项目', '名称', '电站名称', '电厂名称', '电站', '项目名', 'name', 'project', 'projectname', 'plant', 'plantname'],
  type: ['类型', '项目类型', '电源类型', '能源类型', '机组类型', '发电类型', '类别', 'type', 'technology', 'tech', 'fuel', 'projecttype'],
  capacity: ['装机容量', '装机', '容量', '装机规模', '规模', '建设规模', '总装机', 'capacity', 'installedcapacity', 'size'],
  commissioningYear: [
    '投产年份', '投产年', '投产时间', '投产日期', '投运年份', '投运时间', '并网年份', '并网时间', '并网日期', '建成年份', '预计投产年份', '预计投产时间', '计划投产年份',
    'commissioningyear', 'commissioning', 'cod', 'startyear', 'year', 'inservice', 'inserviceyear', 'onlineyear',
  ],
  retirementYear: ['退役年份', '退役时间', '退役年', '关停年份', '关停时间', '计划退役年份', 'retirementyear', 'retirement', 'retire', 'retireyear', 'endyear'],
  hours: ['利用小时数', '年利用小时数', '利用小时', '年利用小时', '发电利用小时数', '满发小时数', 'hours', 'utilisationhours', 'utilizationhours', 'fullloadhours', 'annualhours'],
  status: ['状态', '项目状态', '建设状态', '进展', '项目进展', '进度', 'status', 'projectstatus', 'stage'],
  source: ['来源', '数据来源', '资料来源', '依据', '出处', 'source', 'datasource', 'reference'],
  note: ['备注', '说明', '附注', 'note', 'notes', 'remark', 'remarks', 'comment', 'comments'],
  id: ['项目编号', '编号', '项目代码', '代码', 'id', 'projectid', 'code'],
  included: ['是否计入', '计入', '是否纳入', '纳入测算', 'included', 'include', 'counted'],
};
const SYNONYM_INDEX = new Map<string, LedgerField>();
for (const [field, list] of Object.entries(HEADER_SYNONYMS) as [LedgerField, string[]][]) {
  for (const s of list) SYNONYM_INDEX.set(normalizeText(s), field);
}


/** `装机容量（万千瓦）` → base `装机容量`, unit `万千瓦`; `Capacity MW` → `capacity`, `mw`. */
export function splitHeader(header: string): { base: string; unit: string | null } {
  const h = header.normalize('NFKC').trim();
  const paren = /[([{【<]([^)\]}】>]*)[)\]}】>]/.exec(h);
  if (paren) {
    const base = normalizeText(h.slice(0, paren.index) + h.slice(paren.index + paren[0].length));
    return { base, unit: normalizeText(paren[1]!) || null };
  }
  const slash = /^(.*?)[/／]\s*([^/／]+)$/.exec(h);
  if (slash && normalizeText(slash[1]!)) return { base: normalizeText(slash[1]!), unit: normalizeText(slash[2]!) };
  const n = normalizeText(h);
  if (!SYNONYM_INDEX.has(n)) {
    const tail = CAPACITY_UNIT_TAIL.exec(n);
    if (tail && SYNONYM_INDEX.has(n.slice(0, tail.index))) return { base: n.slice(0, tail.index), unit: tail[1]! };
  }
  return { base: n, unit: null };
}

type Cell = PlainCell;
type RawRow = { rowNumber: number; cells: Cell[] };

function cellText(c: Cell): string {
  if (c === null) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
  return String(c).trim();
}

const isEmptyRow = (r: RawRow) => r.cells.every((c) => cellText(c) === '');

function matchHeader(row: RawRow): { columns: LedgerColumn[]; ignored: string[]; duplicates: string[] } {
  const columns: LedgerColumn[] = [];
  const ignored: string[] = [];
  const duplicates: string[] = [];
  row.cells.forEach((c, index) => {
    const header = cellText(c);
    if (!header) return;
    const { base, unit } = splitHeader(header);
    const field = SYNONYM_INDEX.get(base);
    if (!field) {
      ignored.push(header);
      return;
    }
    if (columns.some((col) => col.field === field)) {
      duplicates.push(header);
      return;
    }
    const col: LedgerColumn = { field, index, header };
    if (field === 'capacity' && unit) {
      const u = capacityUnit(unit);
      col.unit = u ?? { label: unit, toMW: Number.NaN };
    }
    columns.push(col);
  });
  return { columns, ignored, duplicates };
}

const REQUIRED: LedgerField[] = ['name', 'type', 'capacity', 'commissioningYear'];

function findHeader(rows: RawRow[]): { row: RawRow; match: ReturnType<typeof matchHeader> } | null {
  let best: { row: RawRow; match: ReturnType<typeof matchHeader>; score: number } | null = null;
  for (const row of rows.slice(0, 20)) {
    if (isEmptyRow(row)) continue;
    const match = matchHeader(row);
    const score = match.columns.length + match.columns.filter((c) => REQUIRED.includes(c.field)).length;
    if (match.columns.length >= 2 && (!best || score > best.score)) best = { row, match, score };
  }
  return best;
}

// ---------------------------------------------------------------------------
// Cell values

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** A number cell or text like `1,200`, `３０`, `30.5 `; `unitTail` strips a trailing unit. */
function parseNumber(c: Cell, unitTail?: RegExp): { value: number; unit: string | null } | null {
  if (typeof c === 'number') return Number.isFinite(c) ? { value: c, unit: null } : null;
  if (typeof c !== 'string') return null;
  let t = c.normalize('NFKC').trim().replace(/[,\s]/g, '').toLowerCase();
  let unit: string | null = null;
  if (unitTail) {
    const m = unitTail.exec(t);
    if (m && m.index > 0) {
      unit = m[1]!;
      t = t.slice(0, m.index);
    }
  }
  if (!NUMBER.test(t)) return null;
  const value = Number(t);
  return Number.isFinite(value) ? { value, unit } : null;
}

const EXCEL_SERIAL_MIN = 25569; // 1970-01-01
const EXCEL_SERIAL_MAX = 73415; // 2100-12-31

type YearParse = { year: number; warning?: IssueBody } | { error: IssueBody };

function parseYear(c: Cell): YearParse {
  const shown = echo(cellText(c));
  const notYear = { error: issue('ledger.notYear', { text: shown }) };
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? notYear : { year: c.getUTCFullYear() };
  if (typeof c === 'number') {
    if (Number.isInteger(c) && c >= 1900 && c <= 2200) return { year: c };
    if (Number.isInteger(c) && c >= EXCEL_SERIAL_MIN && c <= EXCEL_SERIAL_MAX) {
      const year = new Date((c - EXCEL_SERIAL_MIN) * 86400000).getUTCFullYear();
      return { year, warning: issue('ledger.excelDate', { value: c, year }) };
    }
    return notYear;
  }
  if (typeof c !== 'string') return notYear;
  const t = c.normalize('NFKC').trim();
  const years = t.match(/\d{4}/g) ?? [];
  const m = /^(\d{4})(?:$|年|[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?:$|[\sT日])|年?(?:底|末|初|中|上半年|下半年|前|内))/.exec(t);
  if (!m || years.length !== 1) {
    if (years.length > 1) return { error: issue('ledger.manyYears', { text: shown }) };
    return notYear;
  }
  return { year: Number(m[1]) };
}

const TYPE_EXACT = new Map<string, GeneratorType>(
  (
    [
      ['光伏', 'pv'], ['太阳能', 'pv'], ['光伏发电', 'pv'], ['分布式光伏', 'pv'], ['集中式光伏', 'pv'], ['屋顶光伏', 'pv'], ['渔光互补', 'pv'], ['农光互补', 'pv'],
      ['pv', 'pv'], ['solar', 'pv'], ['solarpv', 'pv'], ['photovoltaic', 'pv'],
      ['风电', 'wind'], ['风力发电', 'wind'], ['陆上风电', 'wind'], ['海上风电', 'wind'], ['分散式风电', 'wind'],
      ['wind', 'wind'], ['onshorewind', 'wind'], ['offshorewind', 'wind'],
      ['水电', 'hydro'], ['小水电', 'hydro'], ['水力发电', 'hydro'], ['hydro', 'hydro'], ['hydropower', 'hydro'],
      ['生物质', 'biomass'], ['生物质发电', 'biomass'], ['垃圾发电', 'biomass'], ['垃圾焚烧发电', 'biomass'], ['沼气发电', 'biomass'], ['农林生物质', 'biomass'],
      ['biomass', 'biomass'], ['wastetoenergy', 'biomass'], ['wte', 'biomass'], ['biogas', 'biomass'],
      ['燃煤', 'coal'], ['煤电', 'coal'], ['火电', 'coal'], ['燃煤发电', 'coal'], ['煤机', 'coal'], ['coal', 'coal'], ['coalfired', 'coal'],
      ['燃气', 'gas'], ['气电', 'gas'], ['天然气发电', 'gas'], ['燃气发电', 'gas'], ['燃机', 'gas'], ['天然气', 'gas'], ['lng', 'gas'],
      ['gas', 'gas'], ['naturalgas', 'gas'], ['ccgt', 'gas'], ['gasfired', 'gas'],
    ] as [string, GeneratorType][]
  ).map(([k, v]) => [normalizeText(k), v]),
);
const UNSUPPORTED_TYPES: [RegExp, 'ledger.pumpedStorage' | 'ledger.storage' | 'ledger.nuclear'][] = [
  [/抽水蓄能|抽蓄|pumped/, 'ledger.pumpedStorage'],
  [/储能|电池|storage|battery/, 'ledger.storage'],
  [/核|nuclear/, 'ledger.nuclear'],
];

function parseType(c: Cell): { type: GeneratorType } | { error: IssueBody } {
  const raw = cellText(c);
  const t = normalizeText(raw);
  const exact = TYPE_EXACT.get(t);
  if (exact) return { type: exact };
  for (const [re, code] of UNSUPPORTED_TYPES) if (re.test(t)) return { error: issue(code, { text: echo(raw) }) };
  // looser: a known word inside a longer label (`海上风电场`, `天然气热电联产`)
  const contains: [RegExp, GeneratorType][] = [[/光伏|太阳能/, 'pv'], [/风电|风力/, 'wind'], [/生物质|垃圾|沼气|秸秆/, 'biomass'], [/水电|水力/, 'hydro'], [/煤/, 'coal'], [/天然气|燃气|气电/, 'gas']];
  const hits = contains.filter(([re]) => re.test(t));
  if (hits.length === 1) return { type: hits[0]![1] };
  return { error: issue('ledger.unknownType', { text: echo(raw) }) };
}

const STATUS_EXACT = new Map<string, ProjectStatus>(
  (
    [
      ['已投运', 'operating'], ['投运', 'operating'], ['已投产', 'operating'], ['投产', 'operating'], ['在运', 'operating'], ['运行', 'operating'], ['运营', 'operating'],
      ['已建成', 'operating'], ['建成', 'operating'], ['已并网', 'operating'], ['并网', 'operating'], ['现役', 'operating'], ['存量', 'operating'],
      ['operating', 'operating'], ['operational', 'operating'], ['inoperation', 'operating'], ['existing', 'operating'], ['online', 'operating'],
      ['在建', 'underConstruction'], ['建设中', 'underConstruction'], ['施工中', 'underConstruction'], ['已开工', 'underConstruction'], ['开工', 'underConstruction'],
      ['underconstruction', 'underConstruction'], ['construction', 'underConstruction'], ['building', 'underConstruction'],
      ['规划', 'planned'], ['规划中', 'planned'], ['拟建', 'planned'], ['前期', 'planned'], ['储备', 'planned'], ['计划', 'planned'], ['待建', 'planned'],
      ['已核准', 'planned'], ['核准', 'planned'], ['已备案', 'planned'], ['备案', 'planned'], ['新增', 'planned'],
      ['planned', 'planned'], ['planning', 'planned'], ['proposed', 'planned'], ['pipeline', 'planned'], ['approved', 'planned'],
    ] as [string, ProjectStatus][]
  ).map(([k, v]) => [normalizeText(k), v]),
);

const BOOL = new Map<string, boolean>(
  [['是', true], ['否', false], ['计入', true], ['不计入', false], ['纳入', true], ['不纳入', false], ['y', true], ['n', false],
    ['yes', true], ['no', false], ['true', true], ['false', false], ['1', true], ['0', false], ['√', true], ['×', false], ['x', false]].map(
    ([k, v]) => [normalizeText(k as string), v as boolean],
  ),
);

const TOTAL_ROW = /^(合计|小计|总计|共计|总和|total|subtotal|sum|grandtotal)$/;

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

// ---------------------------------------------------------------------------
// Rows

type Ctx = {
  columns: LedgerColumn[];
  /** the unit of capacity cells that name none */
  capacityUnit: LedgerUnit;
  options: LedgerOptions;
  takenIds: Set<string>;
};

function buildRow(raw: RawRow, ctx: Ctx): LedgerRow {
  const n = raw.rowNumber;
  const messages: LedgerMessage[] = [];
  const cells: Record<string, string> = {};
  const colOf = (f: LedgerField) => ctx.columns.find((c) => c.field === f);
  for (const c of ctx.columns) {
    const text = cellText(raw.cells[c.index] ?? null);
    cells[c.header] = text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS)}…` : text;
  }
  const get = (f: LedgerField): Cell => {
    const c = colOf(f);
    return c ? (raw.cells[c.index] ?? null) : null;
  };
  const add = (level: LedgerMessage['level'], f: LedgerField | null, what: IssueBody) => {
    messages.push({ ...what, level, field: f, column: f ? (colOf(f)?.header ?? null) : null });
  };
  const err = (f: LedgerField, what: IssueBody) => add('error', f, what);
  const missing = (f: LedgerField) => err(f, issue('ledger.empty'));
  /** a cell's text quoted back, cut to a line */
  const quoted = (c: Cell) => echo(cellText(c));

  const name = cellText(get('name'));
  const finish = (project?: Generator, skipped?: 'total'): LedgerRow => {
    const row: LedgerRow = {
      rowNumber: n,
      messages,
      errors: messages.filter((m) => m.level === 'error'),
      warnings: messages.filter((m) => m.level === 'warning'),
      cells,
    };
    if (project && !row.errors.length) row.project = project;
    if (skipped) row.skipped = skipped;
    return row;
  };
  // Checked first, so no message below quotes a text of this length.
  for (const c of ctx.columns) {
    const length = cellText(raw.cells[c.index] ?? null).length;
    if (length > MAX_CELL_CHARS) err(c.field, issue('ledger.cellTooLong', { limit: MAX_CELL_CHARS, length }));
  }
  if (messages.length) return finish();
  if (TOTAL_ROW.test(normalizeText(name)) || (!name && TOTAL_ROW.test(normalizeText(cellText(raw.cells[0] ?? null))))) {
    return finish(undefined, 'total');
  }
  if (!name) missing('name');
  else if (name.length > 200) err('name', issue('ledger.nameTooLong', { limit: 200 }));

  let type: GeneratorType | undefined;
  const typeCell = get('type');
  if (!cellText(typeCell)) missing('type');
  else {
    const t = parseType(typeCell);
    if ('error' in t) err('type', t.error);
    else type = t.type;
  }

  let capacityMW: number | undefined;
  const capCol = colOf('capacity')!;
  const capCell = get('capacity');
  if (!cellText(capCell)) missing('capacity');
  else {
    const p = parseNumber(capCell, CAPACITY_UNIT_TAIL);
    if (!p) err('capacity', issue('ledger.notNumber', { text: quoted(capCell) }));
    else {
      const unit = p.unit ? capacityUnit(p.unit) : ctx.capacityUnit;
      if (!unit || !Number.isFinite(unit.toMW)) err('capacity', issue('ledger.unknownUnit', { unit: echo(p.unit ?? capCol.unit?.label ?? '') }));
      else {
        const mw = Number((p.value * unit.toMW).toPrecision(15));
        if (mw <= 0) err('capacity', issue('ledger.notPositive', { text: quoted(capCell) }));
        else if (mw > MAX_CAPACITY_MW) err('capacity', issue('ledger.capacityTooLarge', { text: quoted(capCell), limit: MAX_CAPACITY_MW }));
        else capacityMW = mw;
      }
    }
  }

  const year = (f: 'commissioningYear' | 'retirementYear'): number | undefined => {
    const c = get(f);
    if (!cellText(c)) {
      if (f === 'commissioningYear') missing(f);
      return undefined;
    }
    const y = parseYear(c);
    if ('error' in y) {
      err(f, y.error);
      return undefined;
    }
    if (y.warning) add('warning', f, y.warning);
    if (y.year < 1990 || y.year > 2100) {
      err(f, issue('ledger.yearRange', { year: y.year, min: 1990, max: 2100 }));
      return undefined;
    }
    return y.year;
  };
  const commissioningYear = year('commissioningYear');
  const retirementYear = year('retirementYear');
  if (commissioningYear !== undefined && retirementYear !== undefined && retirementYear <= commissioningYear) {
    err('retirementYear', issue('ledger.retirement', { year: retirementYear, commissioning: commissioningYear }));
  }

  let hours: number | undefined;
  const hoursCell = get('hours');
  if (cellText(hoursCell)) {
    const p = parseNumber(hoursCell, /(h|小时|hours?)$/);
    if (!p) err('hours', issue('ledger.notNumber', { text: quoted(hoursCell) }));
    else if (p.value < 0 || p.value > HOURS_PER_YEAR) err('hours', issue('ledger.hoursRange', { value: p.value }));
    else hours = p.value;
  } else if (type) {
    hours = ctx.options.defaultHours?.[type];
    if (hours === undefined) err('hours', issue('ledger.noTypicalHours', { type }));
    else add('warning', 'hours', issue('ledger.typicalHours', { hours, type }));
  }

  let status: ProjectStatus | undefined;
  const statusCell = get('status');
  if (cellText(statusCell)) {
    status = STATUS_EXACT.get(normalizeText(cellText(statusCell)));
    if (!status) {
      err('status', issue('ledger.unknownStatus', { text: quoted(statusCell) }));
    }
  } else if (commissioningYear !== undefined) {
    const base = ctx.options.baseYear;
    status = base !== undefined && commissioningYear <= base ? 'operating' : 'planned';
    add('warning', 'status', issue('ledger.statusDefault', { status }));
  }

  let included = true;
  const incCell = get('included');
  if (cellText(incCell)) {
    const b = BOOL.get(normalizeText(cellText(incCell)));
    if (b === undefined) err('included', issue('ledger.notBool', { text: quoted(incCell) }));
    else included = b;
  }

  const idText = cellText(get('id'));
  let id: string;
  if (idText && ID.test(idText) && idText.length <= 80 && !ctx.takenIds.has(idText)) id = idText;
  else {
    if (idText) {
      add('warning', 'id', issue(ID.test(idText) ? 'ledger.idTaken' : 'ledger.idInvalid', { id: echo(idText) }));
    }
    const base = `${ctx.options.idPrefix ?? 'ledger-'}${n}`.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[^A-Za-z0-9]+/, '') || `ledger-${n}`;
    id = base.slice(0, 76);
    for (let k = 2; ctx.takenIds.has(id); k++) id = `${base.slice(0, 76)}-${k}`;
  }

  if (messages.some((m) => m.level === 'error')) return finish();
  ctx.takenIds.add(id);
  const sourceText = cellText(get('source'));
  const origin = `项目台账导入${ctx.options.fileName ? ` (${ctx.options.fileName}, 第${n}行)` : ` (第${n}行)`}`;
  const project: Generator = {
    id,
    name,
    type: type!,
    capacityMW: capacityMW!,
    utilisationHours: hours!,
    commissioningYear: commissioningYear!,
    status: status!,
    included,
    source: { kind: 'user', note: sourceText ? `${origin}; 来源: ${sourceText}` : origin },
  };
  if (retirementYear !== undefined) project.retirementYear = retirementYear;
  const note = cellText(get('note'));
  if (note) project.note = note;
  const check = GeneratorSchema.safeParse(project);
  if (!check.success) {
    for (const i of zodIssues(check.error)) err('name', issue('ledger.cannotImport', { field: i.path, issue: bodyOf(i) }));
    ctx.takenIds.delete(id);
    return finish();
  }
  return finish(check.data);
}

/** Project rows a ledger may hold (a county's ledger has hundreds). */
export const MAX_LEDGER_ROWS = 10_000;
/** Rows at or above the header (it is looked for among the first 20). */
const HEADER_ROWS = 20;
/** Characters of one cell (a note or a source may be long; nothing needs more). */
export const MAX_CELL_CHARS = 2000;

function headerProblem(fatal: boolean, column: string | null, what: IssueBody): LedgerHeaderProblem {
  return { ...what, fatal, column };
}

/** The core: rows of cells (any source) → preview. */
export function parseLedgerRows(
  rows: readonly RawRow[],
  options: LedgerOptions = {},
  meta: Pick<LedgerPreview, 'format'> & Partial<LedgerPreview> = { format: 'csv' },
): LedgerPreview {
  const preview: LedgerPreview = { ...meta, headerRow: null, columns: [], ignoredColumns: [], headerProblems: [], rows: [], validCount: 0 };
  const found = findHeader([...rows]);
  if (!found) {
    preview.headerProblems.push(headerProblem(true, null, issue('ledger.noHeader')));
    return preview;
  }
  const { row: header, match } = found;
  preview.headerRow = header.rowNumber;
  preview.columns = match.columns;
  preview.ignoredColumns = match.ignored;
  for (const f of REQUIRED) {
    if (!match.columns.some((c) => c.field === f)) {
      preview.headerProblems.push(headerProblem(true, FIELD_ZH[f], issue('ledger.missingColumn', { field: f })));
    }
  }
  for (const d of match.duplicates) {
    preview.headerProblems.push(headerProblem(false, d, issue('ledger.duplicateColumn')));
  }
  const cap = match.columns.find((c) => c.field === 'capacity');
  const setting = options.capacityUnit ?? 'mw';
  if (cap?.unit && !Number.isFinite(cap.unit.toMW)) {
    preview.headerProblems.push(headerProblem(true, cap.header, issue('ledger.headerUnknownUnit', { unit: echo(cap.unit.label) })));
  } else if (cap?.unit) {
    preview.capacity = { column: cap.header, unit: cap.unit, from: 'header' };
  } else if (cap) {
    preview.capacity = { column: cap.header, unit: SETTING_UNITS[setting], from: 'setting' };
    preview.headerProblems.push(headerProblem(false, cap.header, issue('ledger.headerNoUnit', { unit: setting })));
  }
  if (preview.headerProblems.some((p) => p.fatal)) return preview;

  const ctx: Ctx = { columns: match.columns, capacityUnit: preview.capacity!.unit, options, takenIds: new Set(options.existingIds ?? []) };
  const max = options.maxRows ?? MAX_LEDGER_ROWS;
  const body = rows.filter((r) => r.rowNumber > header.rowNumber && !isEmptyRow(r));
  if (body.length > max) return tooManyRows(preview.format, max, meta);
  for (const r of body) {
    const row = buildRow(r, ctx);
    preview.rows.push(row);
    if (row.project) preview.validCount++;
  }
  return preview;
}

/** A CSV ledger (text, or bytes in UTF-8/UTF-16 with BOM or GB18030). Never throws. */
export function parseLedgerCsv(input: string | Uint8Array, options: LedgerOptions = {}): LedgerPreview {
  try {
    // Sizes first: decoding or parsing a huge file is what must not happen.
    if (input.length > MAX_XLSX_BYTES) return tooLarge('csv', input.length);
    let text: string;
    let encoding: TextEncoding | undefined;
    if (typeof input === 'string') text = input;
    else {
      if (looksLikeZip(input) || looksLikeXls(input)) {
        return failed('csv', issue('ledger.isWorkbook'));
      }
      const d = decodeText(input);
      text = d.text;
      encoding = d.encoding;
    }
    const meta = { format: 'csv' as const, ...(encoding ? { encoding } : {}) };
    // Blank lines are kept (row numbers match Excel's), so allow for some; a file of nothing but line breaks stops here.
    const max = options.maxRows ?? MAX_LEDGER_ROWS;
    const maxLines = 4 * (max + HEADER_ROWS);
    const parsed = parseCsv(text, true, maxLines);
    if (parsed.rows.length >= maxLines) {
      return failed('csv', issue('ledger.tooManyLines', { limit: maxLines }), meta);
    }
    const rows: RawRow[] = parsed.rows.map((cells, i) => ({ rowNumber: i + 1, cells }));
    return parseLedgerRows(rows, options, meta);
  } catch (err) {
    return failed('csv', issue('ledger.unreadable', { detail: echo(String(err), 200) }));
  }
}

function tooLarge(format: 'csv' | 'xlsx', size: number): LedgerPreview {
  return failed(format, issue('file.tooLarge', { size, limit: MAX_XLSX_BYTES }));
}

function tooManyRows(format: 'csv' | 'xlsx', max: number, extra: Partial<LedgerPreview> = {}): LedgerPreview {
  return failed(format, issue('ledger.tooManyRows', { limit: max }), extra);
}

function failed(format: 'csv' | 'xlsx', what: IssueBody, extra: Partial<LedgerPreview> = {}): LedgerPreview {
  return { format, ...extra, headerRow: null, columns: [], ignoredColumns: [], headerProblems: [headerProblem(true, null, what)], rows: [], validCount: 0 };
}

function sheetRows(ws: Worksheet, max: number): RawRow[] {
  const rows: RawRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rows.length > max) return;
    const cells: Cell[] = [];
    const count = Math.min(row.cellCount, 200);
    for (let i = 1; i <= count; i++) cells.push(plainCell(row.getCell(i).value));
    rows.push({ rowNumber, cells });
  });
  return rows;
}

/** An .xlsx ledger. Never rejects. */
export async function parseLedgerXlsx(bytes: Uint8Array, options: LedgerOptions = {}): Promise<LedgerPreview> {
  if (looksLikeXls(bytes)) return failed('xlsx', issue('ledger.xls'));
  if (!looksLikeZip(bytes)) return failed('xlsx', issue('workbook.notXlsx'));
  if (bytes.length > MAX_XLSX_BYTES) return tooLarge('xlsx', bytes.length);
  try {
    const max = (options.maxRows ?? MAX_LEDGER_ROWS) + HEADER_ROWS;
    const wb = await loadWorkbook(bytes, { ...DEFAULT_WORKBOOK_LIMITS, maxSheetRows: max });
    const sheets = wb.worksheets.map((w) => w.name);
    let chosen: { ws: Worksheet; rows: RawRow[] } | null = null;
    if (options.sheet !== undefined) {
      const ws = wb.getWorksheet(options.sheet);
      if (!ws) return failed('xlsx', issue('ledger.noSheet', { sheet: echo(options.sheet) }), { sheets });
      chosen = { ws, rows: sheetRows(ws, max) };
    } else {
      let bestScore = -1;
      for (const ws of wb.worksheets) {
        const rows = sheetRows(ws, max);
        const h = findHeader(rows);
        const score = h ? h.match.columns.length : 0;
        if (score > bestScore) {
          bestScore = score;
          chosen = { ws, rows };
        }
      }
    }
    if (!chosen) return failed('xlsx', issue('ledger.noSheets'), { sheets });
    return parseLedgerRows(chosen.rows, options, { format: 'xlsx', sheet: chosen.ws.name, sheets });
  } catch (err) {
    if (err instanceof WorkbookError) return failed('xlsx', err.refusal);
    return failed('xlsx', issue('workbook.failed', { detail: echo(err instanceof Error ? err.message : String(err), 200) }));
  }
}

/** Either kind, told apart by content (.xlsx files are zip archives). */
export function parseLedgerFile(bytes: Uint8Array, options: LedgerOptions = {}): Promise<LedgerPreview> {
  if (looksLikeZip(bytes) || looksLikeXls(bytes)) return parseLedgerXlsx(bytes, options);
  return Promise.resolve(parseLedgerCsv(bytes, options));
}
