import { echo } from '../model/echo';
import { issue, IssueError, type IssueBody, type WorkbookPart } from '../model/issue-codes';
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

/** Why a workbook is refused: a `workbook.*` issue (model/issue-codes.ts). */
export type WorkbookRefusal = IssueBody;

class Refused extends IssueError {}

/** A file that is not a workbook exceljs could read, and why. */
export const unreadable = (reason: IssueBody): WorkbookRefusal => issue('workbook.unreadable', { reason });

/** Part names and sheet names come from the file: cut to a line. */
type Part = WorkbookPart;

/** Checks a workbook against the limits; null when exceljs may read it. Never rejects. */
export async function checkWorkbook(
  bytes: Uint8Array,
  limits: WorkbookLimits = DEFAULT_WORKBOOK_LIMITS,
): Promise<WorkbookRefusal | null> {
  try {
    const entries = readZipDirectory(bytes, limits.maxEntries);
    if (!entries.some((e) => e.name === 'xl/workbook.xml'))
      throw new Refused(unreadable(issue('workbook.noWorkbookXml')));
    const sheets = await sheetNames(bytes, entries);
    const part = (e: ZipEntry): Part => {
      const sheet = sheets.get(e.name);
      return { path: echo(e.name), sheet: sheet === undefined ? null : echo(sheet) };
    };
    let total = 0;
    for (const e of entries) {
      if (e.size > limits.maxEntryBytes) {
        throw new Refused(issue('workbook.partTooLarge', { part: part(e), size: e.size, limit: limits.maxEntryBytes }));
      }
      total += e.size;
    }
    if (total > limits.maxTotalBytes) {
      throw new Refused(issue('workbook.tooLarge', { size: total, limit: limits.maxTotalBytes }));
    }
    const counts = { rows: 0, cells: 0 };
    for (const e of entries) await scanPart(bytes, e, part(e), limits, counts);
    return null;
  } catch (err) {
    if (err instanceof Refused) return err.issue;
    if (err instanceof ZipError) return zipRefusal(err, limits);
    throw err;
  }
}

function zipRefusal(err: ZipError, limits: WorkbookLimits): WorkbookRefusal {
  const detail = echo(err.message, 200);
  switch (err.reason) {
    case 'too-many-entries':
      return issue('workbook.tooManyParts', { limit: limits.maxEntries });
    case 'encrypted':
      return unreadable(issue('workbook.encrypted', { detail }));
    case 'unsupported':
      return unreadable(issue('workbook.unsupported'));
    case 'method':
      return unreadable(issue('workbook.method', { detail }));
    default:
      return unreadable(issue('workbook.zipDamaged', { detail }));
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
                throw new Refused(issue('workbook.tooManyRows', { limit: limits.maxRows }));
              rowCounted = false;
            } else if (name === 'c') {
              if (++counts.cells > limits.maxCells)
                throw new Refused(issue('workbook.tooManyCells', { limit: limits.maxCells }));
              cell = selfClosing ? null : echo(attr('r') ?? '?');
            } else if ((name === 'v' || name === 'is' || name === 'f') && sheet && !rowCounted) {
              rowCounted = true;
              if (++sheetRows > limits.maxSheetRows) {
                throw new Refused(issue('workbook.sheetRows', { part: p, limit: limits.maxSheetRows }));
              }
            } else if (name === 'si' && shared && ++strings > limits.maxSharedStrings) {
              throw new Refused(issue('workbook.sharedStrings', { path: p.path, limit: limits.maxSharedStrings }));
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
    throw new Refused(unreadable(issue('workbook.declaredSize', { part: p, size: e.size })));
  }
}

function scanRefusal(
  stop: XmlStop,
  p: Part,
  limits: WorkbookLimits,
  at: { cell: string | null; string: number | null },
): Refused {
  const line = stop.line;
  const limit = limits.maxTextChars;
  switch (stop.kind) {
    case 'text':
      if (at.cell) return new Refused(issue('workbook.cellText', { sheet: p.sheet ?? p.path, cell: at.cell, limit }));
      if (at.string) return new Refused(issue('workbook.sharedStringText', { index: at.string, path: p.path, limit }));
      return new Refused(issue('workbook.text', { part: p, line, limit }));
    case 'tag':
      return new Refused(issue('workbook.tag', { part: p, line, limit: limits.maxTagBytes }));
    case 'depth':
      return new Refused(issue('workbook.depth', { part: p, line, limit: limits.maxDepth }));
    case 'declaration':
      return new Refused(unreadable(issue('workbook.declaration', { part: p, line })));
    case 'entity':
      return new Refused(unreadable(issue('workbook.entity', { part: p, line, entity: echo(stop.detail ?? '') })));
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
