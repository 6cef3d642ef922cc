import fc from 'fast-check';
import { PROFILE_TEMPLATE_HEADER } from '../../../shared/io/profile-template';
import { encodeUtf8 } from '../../../shared/io/text';
import { HOSTILE_TEXT } from './fuzz-hostile';
import { mutateText, textMutationArb, type Input } from './fuzz-inputs';

/**
 * Fuzz inputs for the hourly-profile import of CSV (shared/io/profile-import.ts):
 * valid year-long files (8,760 and 8,784 hours, Chinese and English headers,
 * with and without a time column) written in several ways, and mutations of
 * them: hostile cells, whole columns zeroed or emptied, hours dropped or
 * repeated, blank rows, title rows, header cells changed, very long lines.
 * Workbooks are in fuzz-profiles-xlsx.ts.
 *
 * A case states what the importer must conclude when the mutations decide it
 * (`expect`): a valid file must be read, a NaN or a missing hour must be refused.
 */

export type ProfileInput = Input & { expect?: 'ok' | 'problems'; sheet?: string; fileName?: string };

// ---------------------------------------------------------------------------
// Valid year-long tables, made once: 8,760 rows are big, every case copies and mutates them

type Base = { header: string[]; rows: string[][]; profileCols: number[]; hasTime: boolean };

export const HOUR_MS = 3_600_000;
/** `2023-01-01 00:00` for hour h of `year`, as a bureau's export writes it. */
export const stamp = (year: number, h: number) => new Date(Date.UTC(year, 0, 1) + h * HOUR_MS).toISOString().replace('T', ' ').slice(0, 16);
export const table = (n: number, row: (h: number) => string[]) => Array.from({ length: n }, (_, h) => row(h));

let bases: Base[] | null = null;
function profileBases(): Base[] {
  bases ??= [
    {
      header: ['时间', '负荷(MW)', '光伏出力 [kW]'],
      rows: table(8760, (h) => [stamp(2023, h), String(100 + (h % 24)), h % 24 >= 8 && h % 24 <= 16 ? '3.5' : '0']),
      profileCols: [1, 2],
      hasTime: true,
    },
    {
      header: ['Load (MW)', 'wind (p.u.)', 'Hydro [%]'],
      rows: table(8784, (h) => [String(80 + ((h * 7) % 11)), ((h % 13) / 20).toFixed(2), '45']),
      profileCols: [0, 1, 2],
      hasTime: false,
    },
    {
      header: ['时刻', '用电负荷（万千瓦）', '风电出力/kW', '水电(MWh)'],
      rows: table(8784, (h) => [stamp(2024, h), (1.5 + (h % 5) / 10).toFixed(2), String(h % 17), '4']),
      profileCols: [1, 2, 3],
      hasTime: true,
    },
    {
      header: [...PROFILE_TEMPLATE_HEADER],
      rows: table(8760, (h) => [String(h + 1), '10', String(h % 3), '3', '4']),
      profileCols: [1, 2, 3, 4],
      hasTime: true,
    },
    {
      // hour-ending stamps as Excel shows dates, 2024/1/1 1:00 … 2025/1/1 0:00: still the year 2024
      header: ['日期时间', '负荷 Load (kW)', '光伏 PV (p.u.)'],
      rows: table(8784, (h) => {
        const d = new Date(Date.UTC(2024, 0, 1) + (h + 1) * HOUR_MS);
        return [`${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()} ${d.getUTCHours()}:00`, String(3000 + (h % 24) * 10), h % 24 === 12 ? '0.85' : '0'];
      }),
      profileCols: [1, 2],
      hasTime: true,
    },
  ];
  return bases;
}

// ---------------------------------------------------------------------------
// Cells

/** Never a valid hourly value in any unit. */
const INVALID = [
  '-3', '-0.0004', 'NaN', 'Infinity', '-Infinity', '1e400', '-1e400', '1e308', '=1+1', '=SUM(B2:B9)', '#N/A', '约30', '30MW', '', '  ',
  '0x10', '1e13', 'true', '１２ MW', '1 234', '1.2.3', '--5', ...HOSTILE_TEXT.filter((t) => t.trim() !== ''),
];
/** Valid in every unit of the bases (万千瓦 stores ×10: 1e11 is the stored limit 1e12). */
const HARMLESS = ['0', '-0', '1e-400', '5e-324', '1,234.5', '１２', '.5', '5.', '+5', '1E3', ' 7 ', '007', '1e11'];
/** Valid or not by the column's unit. */
const NEUTRAL = ['1e12', '999999999999', '100000000000.5'];
const ZERO = new Set(['0', '-0', '1e-400', '']);
const CELL_VALUES = [...INVALID, ...HARMLESS, ...NEUTRAL];
const INVALID_SET = new Set(INVALID);
const HARMLESS_SET = new Set(HARMLESS);
const COLUMN_VALUES = ['0', '-0', '', '1e-400', '5e-324', '1'];

const HEADER_WORDS = [
  '负荷', '负荷(MW)', 'load_mw', '光伏%', 'PV (GW)', '风电 Wind (万千瓦)', '水电/MWh', '温度(℃)', '风电(m/s)', '', '时间', 'Hour', '=SUM(A1)',
  '负荷 Load (kW)', 'Load (MW)', '光伏出力 [kW]', '序号', 'h', '负荷（兆瓦）', '负荷(p.u.)', `${'x'.repeat(5000)}(MW)`, '\u202e负荷(MW)', '负荷(MW)\r\n',
  '负荷\u0000(MW)', '【负荷】MW', '负荷(MW', 'load (mw) (kw)', '风电出力/kW', '小水电（万千瓦时）', '时间 Hour', 'Wind/风电 (MW)', '光伏 PV (pu)',
];

// ---------------------------------------------------------------------------
// Mutations of a base table

type Op =
  | { op: 'rows'; at: number; delta: number }
  | { op: 'blankRow'; at: number }
  | { op: 'column'; col: number; value: string }
  | { op: 'cell'; at: number; col: number; value: string }
  | { op: 'header'; col: number; value: string }
  | { op: 'extraColumn'; value: string; header: string }
  | { op: 'titles'; count: number }
  | { op: 'longLine'; at: number; cells: number };

const ORDER: Op['op'][] = ['rows', 'blankRow', 'column', 'cell', 'header', 'extraColumn', 'longLine', 'titles'];

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('rows' as const), at: fc.nat(), delta: fc.constantFrom(-8784, -8760, -25, -24, -1, 1, 24, 25, 11_300) }),
  fc.record({ op: fc.constant('blankRow' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('column' as const), col: fc.nat(), value: fc.constantFrom(...COLUMN_VALUES) }),
  { weight: 4, arbitrary: fc.record({ op: fc.constant('cell' as const), at: fc.nat(), col: fc.nat(), value: fc.constantFrom(...CELL_VALUES) }) },
  fc.record({ op: fc.constant('header' as const), col: fc.nat(), value: fc.constantFrom(...HEADER_WORDS) }),
  fc.record({ op: fc.constant('extraColumn' as const), value: fc.constantFrom('1', '', 'x', '-1'), header: fc.constantFrom(...HEADER_WORDS) }),
  fc.record({ op: fc.constant('titles' as const), count: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ op: fc.constant('longLine' as const), at: fc.nat(), cells: fc.constantFrom(1, 10_000, 100_000) }),
);

type Mutated = { header: string[]; rows: string[][]; titles: number; expect?: 'ok' | 'problems' };

/** The table after `ops` (row counts first, then cells, then the header), and what the importer must conclude. */
function applyOps(base: Base, ops: readonly Op[]): Mutated {
  const sorted = [...ops].sort((a, b) => ORDER.indexOf(a.op) - ORDER.indexOf(b.op));
  const header = [...base.header];
  let rows = base.rows.slice();
  let titles = 0;
  const invalidAt: [number, number][] = [];
  let blocksOk = false;
  const width = header.length;
  for (const m of sorted) {
    switch (m.op) {
      case 'rows': {
        const at = m.at % (rows.length + 1);
        if (m.delta < 0) rows.splice(at, -m.delta);
        else if (rows.length) rows.splice(at, 0, ...Array.from({ length: m.delta }, (_, k) => rows[(at + k) % rows.length]!));
        if (base.hasTime) blocksOk = true;
        break;
      }
      case 'blankRow':
        // before an hour, so always among the hours (a blank row at the end is only a trailing line)
        if (rows.length) rows.splice(m.at % rows.length, 0, []);
        break;
      case 'column': {
        const col = m.col % width;
        rows = rows.map((r) => (r.length ? Object.assign([...r], { [col]: m.value }) : r));
        if (!HARMLESS_SET.has(m.value) && m.value !== '1') blocksOk = true;
        break;
      }
      case 'cell': {
        if (!rows.length) break;
        const at = m.at % rows.length;
        const col = m.col % width;
        rows[at] = Object.assign([...rows[at]!], { [col]: m.value });
        if (INVALID_SET.has(m.value)) invalidAt.push([at, col]);
        else if (!HARMLESS_SET.has(m.value)) blocksOk = true;
        break;
      }
      case 'header':
        header[m.col % width] = m.value;
        break;
      case 'extraColumn':
        header.push(m.header);
        rows = rows.map((r) => (r.length ? [...r, m.value] : r));
        break;
      case 'titles':
        titles = m.count;
        break;
      case 'longLine': {
        if (!rows.length) break;
        const at = m.at % rows.length;
        rows[at] = m.cells === 1 ? [...rows[at]!, 'x'.repeat(200_000)] : [...rows[at]!, ...Array<string>(m.cells).fill('')];
        if (m.cells === 1) blocksOk = true;
        break;
      }
    }
  }
  const headerChanged = sorted.some((m) => m.op === 'header' || m.op === 'extraColumn');
  const countOk = rows.length === 8760 || rows.length === 8784;
  const blankInside = rows.some((r, i) => r.length === 0 && rows.slice(i).some((x) => x.length > 0));
  const invalidCell = !headerChanged && invalidAt.some(([at, col]) => base.profileCols.includes(col) && INVALID_SET.has(rows[at]![col] ?? ''));
  const zeroColumn = !headerChanged && base.profileCols.some((col) => rows.every((r) => r.length === 0 || ZERO.has((r[col] ?? '').trim())));
  const mustFail = !countOk || blankInside || titles >= 10 || invalidCell || zeroColumn;
  const mayPass = !headerChanged && !blocksOk && !invalidAt.length && (rows.length === base.rows.length || !base.hasTime);
  return { header, rows, titles, ...(mustFail ? { expect: 'problems' as const } : mayPass ? { expect: 'ok' as const } : {}) };
}

// ---------------------------------------------------------------------------
// Writing a table: separators, quoting, line ends and encodings

type Writing = { sep: ',' | '\t' | ';'; quoteAll: boolean; eol: '\r\n' | '\n'; encoding: 'text' | 'utf-8' | 'utf-8 BOM' | 'utf-16le BOM' | 'gbk' };
const writingArb: fc.Arbitrary<Writing> = fc.record({
  sep: fc.constantFrom(',', '\t', ';'),
  quoteAll: fc.boolean(),
  eol: fc.constantFrom('\r\n', '\n'),
  encoding: fc.constantFrom('text', 'utf-8', 'utf-8 BOM', 'utf-16le BOM', 'gbk'),
});

function toText(t: Mutated, w: Writing): string {
  const q = (c: string) => (w.quoteAll || /[",\r\n;\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const lines = [...Array.from({ length: t.titles }, (_, i) => `连州市2023年逐时负荷 ${i}`), t.header.map(q).join(w.sep), ...t.rows.map((r) => r.map(q).join(w.sep))];
  return lines.join(w.eol) + w.eol;
}

let gbkTable: Map<string, number> | null = null;
/** GBK bytes by character, read off the platform's decoder (two-byte codes only; enough for headers). */
function gbkCodes(): Map<string, number> {
  if (gbkTable) return gbkTable;
  gbkTable = new Map();
  const dec = new TextDecoder('gbk');
  for (let b1 = 0x81; b1 <= 0xfe; b1++) {
    for (let b2 = 0x40; b2 <= 0xfe; b2++) {
      if (b2 === 0x7f) continue;
      const ch = dec.decode(Uint8Array.of(b1, b2));
      if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, (b1 << 8) | b2);
    }
  }
  return gbkTable;
}

/** Text → GBK bytes; what GBK lacks (and each half of a surrogate pair) becomes `?`. */
function encodeGbk(text: string): Uint8Array {
  const codes = gbkCodes();
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const code = c < 0x80 ? c : (codes.get(text[i]!) ?? 0x3f);
    if (code > 0xff) out[n++] = code >> 8;
    out[n++] = code & 0xff;
  }
  return out.subarray(0, n);
}

function encodeUtf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

function encoded(text: string, encoding: Writing['encoding']): string | Uint8Array {
  switch (encoding) {
    case 'text':
      return text;
    case 'utf-8':
      return encodeUtf8(text);
    case 'utf-8 BOM':
      return encodeUtf8(`\uFEFF${text}`);
    case 'utf-16le BOM':
      return encodeUtf16le(text);
    case 'gbk':
      return encodeGbk(text);
  }
}

const unmutated = new Map<string, string | Uint8Array>();
/** A base written one way, unmutated: made once (writing 8,760 rows costs more than reading them). */
function validFile(i: number, w: Writing): string | Uint8Array {
  const key = JSON.stringify([i, w]);
  let made = unmutated.get(key);
  if (made === undefined) unmutated.set(key, (made = encoded(toText(applyOps(profileBases()[i]!, []), w), w.encoding)));
  return made;
}
const PLAIN: Writing = { sep: ',', quoteAll: false, eol: '\r\n', encoding: 'text' };

const FILE_NAMES = ['连州供电局2023逐时负荷.csv', 'profile.csv', '', '\u202evsc.exe', `${'长'.repeat(500)}.csv`, 'a\u0000b.csv'];

// ---------------------------------------------------------------------------

export function profileCsvInputs(): fc.Arbitrary<ProfileInput> {
  const baseIdx = fc.nat({ max: 4 });
  const fileName = fc.constantFrom(...FILE_NAMES);
  const smallRows = fc.array(fc.array(fc.constantFrom(...CELL_VALUES, '1', '50'), { maxLength: 6 }), { maxLength: 30 });
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.tuple(baseIdx, writingArb, fileName).map(([i, w, name]): ProfileInput => ({
        kind: 'valid profile file',
        data: validFile(i, w),
        expect: 'ok',
        fileName: name,
        detail: JSON.stringify({ base: i, ...w }),
      })),
    },
    {
      weight: 8,
      arbitrary: fc.tuple(baseIdx, fc.array(opArb, { minLength: 1, maxLength: 4 }), writingArb).map(([i, ops, w]): ProfileInput => {
        const t = applyOps(profileBases()[i]!, ops);
        return { kind: 'mutated profile file', data: encoded(toText(t, w), w.encoding), ...(t.expect ? { expect: t.expect } : {}), detail: JSON.stringify({ base: i, ops, ...w }) };
      }),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(baseIdx, fc.array(textMutationArb, { minLength: 1, maxLength: 3 })).map(([i, muts]): ProfileInput => ({
        kind: 'mutated profile text',
        data: mutateText(validFile(i, PLAIN) as string, muts),
        detail: JSON.stringify({ base: i, muts }),
      })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.array(fc.tuple(fc.nat({ max: 300 }), fc.nat({ max: 255 })), { minLength: 1, maxLength: 6 }), baseIdx).map(([flips, i]): ProfileInput => {
        const b = (validFile(i, { ...PLAIN, encoding: 'gbk' }) as Uint8Array).slice();
        for (const [pos, v] of flips) b[pos] = v;
        return { kind: 'flipped bytes in a GBK header', data: b, detail: JSON.stringify({ base: i, flips }) };
      }),
    },
    {
      weight: 3,
      arbitrary: fc.tuple(fc.array(fc.constantFrom(...HEADER_WORDS), { maxLength: 6 }), smallRows, fc.nat({ max: 3 })).map(([header, rows, titles]): ProfileInput => ({
        kind: 'short table',
        data: toText({ header, rows, titles }, { sep: ',', quoteAll: true, eol: '\r\n', encoding: 'text' }),
        // a year has 8,760 hours: a table of 30 rows at most is never one
        expect: 'problems',
      })),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }).map((data): ProfileInput => ({ kind: 'random bytes', data, expect: 'problems' })) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }).map((data): ProfileInput => ({ kind: 'random text', data, expect: 'problems' })) },
  );
}
