import { decodeUtf8 } from './text';
import { readZipDirectory, unpackEntry, unpackToBytes, ZipError, type ZipEntry } from './zip';
import { XmlScanner, type XmlStop } from './xml-scan';

/**
 * What a workbook may hold before exceljs is given it. exceljs unpacks every
 * part into one string and builds an object per row and cell, so a few
 * hundred kilobytes of .xlsx can ask for gigabytes (one 300 MB cell, a
 * million rows, a million shared strings). This reads the zip directory and
 * unpacks each part once, counting as it goes and keeping nothing, and
 * refuses at the first limit passed: a refused file costs a few megabytes.
 */

export type WorkbookLimits = {
  /** parts in the zip */
  maxEntries: number;
  /** unpacked bytes of one part */
  maxEntryBytes: number;
  /** unpacked bytes of all parts */
  maxTotalBytes: number;
  /** `<row>` elements in all sheets */
  maxRows: number;
  /** rows holding a value, in any one sheet */
  maxSheetRows: number;
  /** `<c>` elements in all sheets */
  maxCells: number;
  /** entries of the shared-strings table */
  maxSharedStrings: number;
  /** characters of one text (a cell holds at most 32,767 in Excel) */
  maxTextChars: number;
  /** bytes of one tag, comment or processing instruction */
  maxTagBytes: number;
  /** elements open at once (Excel's own parts nest a dozen deep) */
  maxDepth: number;
};

/**
 * At these limits exceljs needs about 300 MB (~450 bytes per cell measured);
 * a ledger of 10,000 projects in 20 columns is 200,000 cells and ~5 MB of XML.
 */
export const DEFAULT_WORKBOOK_LIMITS: WorkbookLimits = {
  maxEntries: 5000,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 96 * 1024 * 1024,
  maxRows: 100_000,
  maxSheetRows: 100_000,
  maxCells: 500_000,
  maxSharedStrings: 500_000,
  maxTextChars: 32_767,
  maxTagBytes: 64 * 1024,
  maxDepth: 256,
};

export type WorkbookRefusal = { code: 'too-large' | 'wrong-format'; en: string; zh: string };

class Refused extends Error {
  constructor(readonly refusal: WorkbookRefusal) {
    super(refusal.en);
  }
}

const n = (v: number) => v.toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const tooLarge = (en: string, zh: string): Refused => new Refused({ code: 'too-large', en, zh });
export const unreadable = (en: string, zh: string): WorkbookRefusal => ({
  code: 'wrong-format',
  en: `not a readable Excel workbook: ${en}`,
  zh: `不是可读取的 Excel 工作簿：${zh}`,
});

type Part = { path: string; sheet: string | null };
const whereEn = (p: Part) => (p.sheet === null ? p.path : `sheet '${p.sheet}' (${p.path})`);
/** A bare path is followed by a space before the Chinese that comes next; the bracket closes the other form. */
const whereZh = (p: Part) => (p.sheet === null ? `${p.path} ` : `工作表"${p.sheet}"（${p.path}）`);

/** Checks a workbook against the limits; null when exceljs may read it. Never rejects. */
export async function checkWorkbook(
  bytes: Uint8Array,
  limits: WorkbookLimits = DEFAULT_WORKBOOK_LIMITS,
): Promise<WorkbookRefusal | null> {
  try {
    const entries = readZipDirectory(bytes, limits.maxEntries);
    if (!entries.some((e) => e.name === 'xl/workbook.xml'))
      throw new Refused(unreadable('it has no xl/workbook.xml', '缺少 xl/workbook.xml'));
    const sheets = await sheetNames(bytes, entries);
    const part = (e: ZipEntry): Part => ({ path: e.name, sheet: sheets.get(e.name) ?? null });
    let total = 0;
    for (const e of entries) {
      if (e.size > limits.maxEntryBytes) {
        const p = part(e);
        throw tooLarge(
          `${whereEn(p)} unpacks to ${mb(e.size)}; at most ${mb(limits.maxEntryBytes)} per part can be read`,
          `${whereZh(p)}解压后为 ${mb(e.size)}，每个部件最多可读取 ${mb(limits.maxEntryBytes)}`,
        );
      }
      total += e.size;
    }
    if (total > limits.maxTotalBytes) {
      throw tooLarge(
        `the workbook unpacks to ${mb(total)}; at most ${mb(limits.maxTotalBytes)} can be read`,
        `工作簿解压后共 ${mb(total)}，最多可读取 ${mb(limits.maxTotalBytes)}`,
      );
    }
    const counts = { rows: 0, cells: 0 };
    for (const e of entries) await scanPart(bytes, e, part(e), limits, counts);
    return null;
  } catch (err) {
    if (err instanceof Refused) return err.refusal;
    if (err instanceof ZipError) return zipRefusal(err, limits);
    throw err;
  }
}

function zipRefusal(err: ZipError, limits: WorkbookLimits): WorkbookRefusal {
  switch (err.reason) {
    case 'too-many-entries':
      return {
        code: 'too-large',
        en: `the workbook holds more than ${n(limits.maxEntries)} parts; at most ${n(limits.maxEntries)} can be read`,
        zh: `工作簿的部件超过 ${n(limits.maxEntries)} 个，最多可读取 ${n(limits.maxEntries)} 个`,
      };
    case 'encrypted':
      return unreadable(`it is encrypted (${err.message})`, `文件已加密（${err.message}）`);
    case 'unsupported':
      return unreadable(
        'this browser cannot unpack workbooks (it has no DecompressionStream): use a current browser, or save the ledger as CSV',
        '此浏览器无法解压工作簿（缺少 DecompressionStream）：请使用新版浏览器，或将台账另存为 CSV',
      );
    case 'method':
      return unreadable(
        `${err.message} is compressed in a way Excel does not write`,
        `${err.message} 的压缩方式不是 Excel 所用的`,
      );
    default:
      return unreadable(`its zip structure is damaged (${err.message})`, `zip 结构已损坏（${err.message}）`);
  }
}

/**
 * The parts exceljs 4.4 parses as XML (lib/xlsx/xlsx.js, whose patterns are
 * not anchored, so `x/xl/worksheets/sheet1.xml.bak` is a sheet to it too);
 * media and themes it keeps as they are. Anything else named like XML is
 * scanned as well.
 */
const KEPT_RAW = [/xl\/media\//, /xl\/theme\/([a-zA-Z0-9]+)[.]xml/];
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const PARSED = [
  /^_rels\/\.rels$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^docProps\/(app|core)\.xml$/,
  WORKSHEET,
  /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/,
  /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/,
  /xl\/(comments\d+)[.]xml/,
  /xl\/tables\/(table\d+)[.]xml/,
  /xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/,
  /xl\/drawings\/(vmlDrawing\d+)[.]vml/,
  /\.(xml|rels|vml)$/i,
];
export const isXmlPart = (name: string) => !KEPT_RAW.some((re) => re.test(name)) && PARSED.some((re) => re.test(name));
const isSheet = (name: string) => isXmlPart(name) && WORKSHEET.test(name);

/** Unpacks one part, no further than it declares, scanning it when it is XML. */
async function scanPart(
  bytes: Uint8Array,
  e: ZipEntry,
  p: Part,
  limits: WorkbookLimits,
  counts: { rows: number; cells: number },
): Promise<void> {
  const sheet = isSheet(e.name);
  const shared = e.name === 'xl/sharedStrings.xml';
  let sheetRows = 0;
  let rowCounted = true;
  let cell: string | null = null;
  let strings = 0;
  const scanner = isXmlPart(e.name)
    ? new XmlScanner(
        { maxText: limits.maxTextChars, maxTag: limits.maxTagBytes, maxDepth: limits.maxDepth },
        {
          start: (name, attr, selfClosing) => {
            if (name === 'row') {
              if (++counts.rows > limits.maxRows)
                throw tooLarge(
                  `the workbook has more than ${n(limits.maxRows)} rows; at most ${n(limits.maxRows)} can be read`,
                  `工作簿超过 ${n(limits.maxRows)} 行，最多可读取 ${n(limits.maxRows)} 行`,
                );
              rowCounted = false;
            } else if (name === 'c') {
              if (++counts.cells > limits.maxCells)
                throw tooLarge(
                  `the workbook has more than ${n(limits.maxCells)} cells; at most ${n(limits.maxCells)} can be read`,
                  `工作簿的单元格超过 ${n(limits.maxCells)} 个，最多可读取 ${n(limits.maxCells)} 个`,
                );
              cell = selfClosing ? null : (attr('r') ?? '?');
            } else if ((name === 'v' || name === 'is' || name === 'f') && sheet && !rowCounted) {
              rowCounted = true;
              if (++sheetRows > limits.maxSheetRows) {
                throw tooLarge(
                  `${whereEn(p)} has more than ${n(limits.maxSheetRows)} rows with content; at most ${n(limits.maxSheetRows)} can be read: split it into several files`,
                  `${whereZh(p)}中有内容的行超过 ${n(limits.maxSheetRows)} 行，最多可读取 ${n(limits.maxSheetRows)} 行：请拆分为多个文件`,
                );
              }
            } else if (name === 'si' && shared && ++strings > limits.maxSharedStrings) {
              throw tooLarge(
                `${p.path} lists more than ${n(limits.maxSharedStrings)} shared strings; at most ${n(limits.maxSharedStrings)} can be read`,
                `${p.path} 中的共享字符串超过 ${n(limits.maxSharedStrings)} 个，最多可读取 ${n(limits.maxSharedStrings)} 个`,
              );
            }
          },
          end: (name) => {
            if (name === 'c') cell = null;
          },
        },
      )
    : null;
  const produced = await unpackEntry(bytes, e, e.size, (chunk) => {
    const stop = scanner?.write(chunk);
    if (stop) throw scanRefusal(stop, p, limits, { cell: sheet ? cell : null, string: shared ? strings : null });
  });
  if (produced > e.size) {
    throw new Refused(
      unreadable(
        `${whereEn(p)} holds more than the ${n(e.size)} bytes its zip directory declares (a damaged or forged file)`,
        `${whereZh(p)}的实际内容超过 zip 目录声明的 ${n(e.size)} 字节（文件损坏或被篡改）`,
      ),
    );
  }
}

function scanRefusal(
  stop: XmlStop,
  p: Part,
  limits: WorkbookLimits,
  at: { cell: string | null; string: number | null },
): Refused {
  const lineEn = `${whereEn(p)}, line ${n(stop.line)}`;
  const lineZh = `${whereZh(p)}第 ${n(stop.line)} 行`;
  const max = n(limits.maxTextChars);
  switch (stop.kind) {
    case 'text':
      if (at.cell)
        return tooLarge(
          `sheet '${p.sheet ?? p.path}', cell ${at.cell}: the text is longer than ${max} characters, the most a cell can hold`,
          `工作表"${p.sheet ?? p.path}"单元格 ${at.cell}：文本超过 ${max} 个字符（单元格最多可容纳的长度）`,
        );
      if (at.string)
        return tooLarge(
          `shared string ${n(at.string)} (${p.path}) is longer than ${max} characters, the most a cell can hold`,
          `共享字符串第 ${n(at.string)} 项（${p.path}）超过 ${max} 个字符（单元格最多可容纳的长度）`,
        );
      return tooLarge(`${lineEn}: a text longer than ${max} characters`, `${lineZh}：文本超过 ${max} 个字符`);
    case 'tag':
      return tooLarge(
        `${lineEn}: a tag or comment longer than ${n(limits.maxTagBytes / 1024)} KB`,
        `${lineZh}：标签或注释超过 ${n(limits.maxTagBytes / 1024)} KB`,
      );
    case 'depth':
      return tooLarge(
        `${lineEn}: elements nested more than ${n(limits.maxDepth)} levels deep`,
        `${lineZh}：元素嵌套超过 ${n(limits.maxDepth)} 层`,
      );
    case 'declaration':
      return new Refused(
        unreadable(
          `${lineEn}: a DOCTYPE or other declaration, which Excel files never contain`,
          `${lineZh}：含有 DOCTYPE 等声明（Excel 文件中不会出现）`,
        ),
      );
    case 'entity':
      return new Refused(
        unreadable(
          `${lineEn}: '${stop.detail}' is not a known XML entity`,
          `${lineZh}：'${stop.detail}' 不是已知的 XML 实体`,
        ),
      );
  }
}

// ---------------------------------------------------------------------------
// Sheet names, so messages say 项目台账 rather than xl/worksheets/sheet1.xml

/** workbook.xml and its relationships are a few kilobytes; larger ones are not read for names. */
const NAMES_MAX_BYTES = 1024 * 1024;

async function smallPart(bytes: Uint8Array, entries: ZipEntry[], name: string): Promise<string | null> {
  const e = entries.find((x) => x.name === name);
  if (!e || e.size > NAMES_MAX_BYTES) return null;
  try {
    const data = await unpackToBytes(bytes, e, NAMES_MAX_BYTES);
    return data && decodeUtf8(data);
  } catch {
    return null; // the scan that follows reports it
  }
}

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
const attrOf = (tag: string, re: RegExp) => {
  const m = re.exec(tag);
  return m ? unescapeXml(m[1] ?? m[2] ?? '') : null;
};

/** Part path → sheet name, from xl/workbook.xml and its relationships. */
export async function sheetNames(bytes: Uint8Array, entries: ZipEntry[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const workbook = await smallPart(bytes, entries, 'xl/workbook.xml');
  const rels = await smallPart(bytes, entries, 'xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return out;
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attrOf(tag, /\sId\s*=\s*(?:"([^"]*)"|'([^']*)')/);
    const target = attrOf(tag, /\sTarget\s*=\s*(?:"([^"]*)"|'([^']*)')/);
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const [tag] of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attrOf(tag, /\sname\s*=\s*(?:"([^"]*)"|'([^']*)')/);
    const rid = attrOf(tag, /\s\w+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/);
    const path = rid ? targets.get(rid) : undefined;
    if (name !== null && path) out.set(path, name);
  }
  return out;
}
