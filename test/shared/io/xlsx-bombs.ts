import { constants, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { readZipDirectory, unpackToBytes } from '../../../shared/io/zip';

/**
 * Hostile .xlsx files, built without ever holding what they unpack to: a part
 * is a deflate stream assembled from independently compressed pieces (each
 * ends with a sync flush, so pieces join into one valid stream), and a piece
 * of a megabyte of one repeated unit is compressed once and repeated. 300 MB
 * of text costs ~300 KB and a few milliseconds. Used by the xlsx tests, the
 * fuzz cases and scripts/xlsx-bomb-memory.ts.
 */

export type Packed = { deflated: Uint8Array; size: number; crc: number };
/**
 * A part of the zip; `declaredSize` forges the size the directory states;
 * `method` and `flags` override deflate and the UTF-8 flag; `zip64` moves the
 * sizes into a zip64 extra field.
 */
export type ZipPart = Packed & { name: string; declaredSize?: number; method?: number; flags?: number; zip64?: boolean };

const enc = new TextEncoder();
const flushed = (b: Uint8Array) => deflateRawSync(b, { finishFlush: constants.Z_SYNC_FLUSH });

/** `head + unit × times + tail`, deflated; `crc: false` leaves the checksum 0 (nothing here checks it; it costs a pass over the text). */
export function repeated(head: string, unit: string, times: number, tail: string, crc = true): Packed {
  const u = enc.encode(unit);
  const per = Math.max(1, Math.floor((1 << 20) / u.length));
  const block = enc.encode(unit.repeat(Math.min(per, times)));
  const packedBlock = flushed(block);
  const h = enc.encode(head);
  const t = enc.encode(tail);
  const rest = enc.encode(unit.repeat(times % per));
  const full = Math.floor(times / per);
  let sum = 0;
  if (crc) {
    sum = crc32(h);
    for (let i = 0; i < full; i++) sum = crc32(block, sum);
    sum = crc32(t, crc32(rest, sum));
  }
  const pieces = [flushed(h), ...Array<Uint8Array>(full).fill(packedBlock), flushed(rest), deflateRawSync(t)];
  return { deflated: Buffer.concat(pieces), size: h.length + full * block.length + rest.length + t.length, crc: sum >>> 0 };
}

export const packed = (text: string | Uint8Array): Packed => {
  const b = typeof text === 'string' ? enc.encode(text) : text;
  return { deflated: deflateRawSync(b), size: b.length, crc: crc32(b) >>> 0 };
};

/** A zip of deflated parts (no zip64; names in UTF-8). */
export function zip(parts: ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const size = p.declaredSize ?? p.size;
    const extra = Buffer.alloc(p.zip64 ? 20 : 0);
    if (p.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(p.deflated.length), 12);
    }
    const head = (central: boolean) => {
      const b = Buffer.alloc(central ? 46 : 30);
      let at = 0;
      const w16 = (v: number) => (at = b.writeUInt16LE(v, at));
      const w32 = (v: number) => (at = b.writeUInt32LE(v >>> 0, at));
      w32(central ? 0x02014b50 : 0x04034b50);
      if (central) w16(45);
      w16(p.zip64 ? 45 : 20);
      w16(p.flags ?? 0x0800);
      w16(p.method ?? 8);
      w32(0);
      w32(p.crc);
      w32(p.zip64 ? 0xffffffff : p.deflated.length);
      w32(p.zip64 ? 0xffffffff : size);
      w16(name.length);
      w16(extra.length);
      if (central) {
        w16(0);
        w16(0);
        w16(0);
        w32(0);
        w32(offset);
      }
      return Buffer.concat([b, name, extra]);
    };
    const local = Buffer.concat([head(false), p.deflated]);
    centrals.push(head(true));
    locals.push(local);
    offset += local.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

export const SHEET = 'xl/worksheets/sheet1.xml';
export const SHARED = 'xl/sharedStrings.xml';
export const LEDGER_SHEET = '项目台账';
export const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1" t="inlineStr"><is><t>类型</t></is></c>' +
  '<c r="C1" t="inlineStr"><is><t>装机容量(MW)</t></is></c><c r="D1" t="inlineStr"><is><t>投产年份</t></is></c></row>';
export const SHEET_TAIL = '</sheetData></worksheet>';

let base: Promise<Map<string, Packed>> | null = null;

/** The parts of a small ledger workbook as exceljs writes it (one sheet, 项目台账), packed. */
function baseParts(): Promise<Map<string, Packed>> {
  base ??= (async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(LEDGER_SHEET);
    ws.addRow(['项目名称', '类型', '装机容量(MW)', '投产年份']);
    ws.addRow(['广海湾光伏', '光伏', 10, 2025]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const parts = new Map<string, Packed>();
    for (const e of readZipDirectory(bytes, 100)) if (!e.name.endsWith('/')) parts.set(e.name, packed((await unpackToBytes(bytes, e, e.size))!));
    return parts;
  })();
  return base;
}

/** The small ledger workbook with some parts replaced or added. */
export async function workbookWith(parts: Record<string, Omit<ZipPart, 'name'>>): Promise<Uint8Array> {
  const out: ZipPart[] = [];
  for (const [name, data] of await baseParts()) if (!(name in parts)) out.push({ name, ...data });
  for (const [name, p] of Object.entries(parts)) out.push({ name, ...p });
  return zip(out);
}

/** The ledger sheet with `rowsXml` after its header row. */
export const sheetWith = (rowsXml: string): Packed => packed(SHEET_HEAD + rowsXml + SHEET_TAIL);

/** Cell B2 holds `chars` × 'a' (300 MB by default), in the sheet itself. */
export const hugeCell = (chars = 300_000_000, declaredSize?: number, crc = true) =>
  workbookWith({
    [SHEET]: {
      ...repeated(`${SHEET_HEAD}<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c><c r="B2" t="inlineStr"><is><t>`, 'a', chars, `</t></is></c></row>${SHEET_TAIL}`, crc),
      ...(declaredSize === undefined ? {} : { declaredSize }),
    },
  });

/**
 * `rows` numbered data rows as exceljs needs them (a million by default:
 * 51 MB of XML in ~8 MB), compressed ten thousand rows at a time.
 */
export function manyRows(rows = 1_000_000): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [flushed(enc.encode(SHEET_HEAD))];
  let crc = crc32(enc.encode(SHEET_HEAD));
  let size = enc.encode(SHEET_HEAD).length;
  for (let from = 2; from < rows + 2; from += 10_000) {
    let xml = '';
    for (let r = from; r < Math.min(from + 10_000, rows + 2); r++) xml += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    const b = enc.encode(xml);
    pieces.push(flushed(b));
    crc = crc32(b, crc);
    size += b.length;
  }
  const tail = enc.encode(SHEET_TAIL);
  pieces.push(deflateRawSync(tail));
  return workbookWith({ [SHEET]: { deflated: Buffer.concat(pieces), size: size + tail.length, crc: crc32(tail, crc) >>> 0 } });
}

export const SST_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

/** A shared-strings table of `count` empty strings (two million by default: 26 MB of XML). */
export const manySharedStrings = (count = 2_000_000) =>
  workbookWith({ [SHARED]: repeated(SST_HEAD + '<si><t>项目名称</t></si>', '<si><t/></si>', count, '</sst>') });

/** A shared string of `chars` × '碳' (100 million by default: 300 MB of XML). */
export const hugeSharedString = (chars = 100_000_000) =>
  workbookWith({ [SHARED]: repeated(`${SST_HEAD}<si><t>项目名称</t></si><si><t>`, '碳', chars, '</t></si></sst>') });

const partsCache = new Map<number, Promise<Uint8Array>>();

/** `count` empty parts besides the workbook's own (kept: the fuzz cases ask for the same counts again). */
export function manyParts(count = 100_000): Promise<Uint8Array> {
  let made = partsCache.get(count);
  if (!made) partsCache.set(count, (made = makeManyParts(count)));
  return made;
}

async function makeManyParts(count: number): Promise<Uint8Array> {
  const empty = packed('');
  const out: ZipPart[] = [...(await baseParts())].map(([name, data]) => ({ name, ...data }));
  for (let i = 0; i < count; i++) out.push({ name: `xl/media/e${i}.bin`, ...empty });
  return zip(out);
}

/** Elements nested `depth` deep in the sheet. */
export const deepNesting = (depth = 1_000_000) =>
  workbookWith({ [SHEET]: repeated(SHEET_HEAD, '<x>', depth, `${'</x>'.repeat(Math.min(depth, 1000))}${SHEET_TAIL}`) });

/** A shared string with an entity no XML defines (what exceljs reports as "undefined entity."). */
export const undefinedEntity = () => workbookWith({ [SHARED]: packed(`${SST_HEAD}\n<si><t>项目名称</t></si>\n<si><t>光伏&nbsp;电站</t></si></sst>`) });

/** A sheet whose tags do not match, which only an XML parser notices. */
export const mismatchedTags = () => workbookWith({ [SHEET]: sheetWith('\n<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></rowx>') });
