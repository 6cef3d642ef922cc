import { readZipDirectory, unpackToBytes } from '../../../shared/io/zip';

/**
 * A second .xlsx reader for tests, sharing nothing with exceljs: the parts
 * are unpacked with the app's zip reader and the SpreadsheetML read with
 * regular expressions (workbook.xml for the sheet names, its relationships
 * for the parts, sharedStrings.xml, each sheet's cells).
 */

export type XlsxSheet = { xml: string; cells: Map<string, string | number> };
export type XlsxBook = { workbookXml: string; sheets: Map<string, XlsxSheet> };

const unescapeXml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export async function openXlsx(bytes: Uint8Array): Promise<XlsxBook> {
  const entries = readZipDirectory(bytes, 100);
  const part = async (name: string) => {
    const e = entries.find((x) => x.name === name);
    if (!e) throw new Error(`no part ${name}`);
    return new TextDecoder().decode((await unpackToBytes(bytes, e, 50_000_000))!);
  };
  const workbookXml = await part('xl/workbook.xml');
  const rels = await part('xl/_rels/workbook.xml.rels');
  const target = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!.replace(/^\/?(xl\/)?/, 'xl/')]));
  const strings = [...(await part('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescapeXml([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const sheets = new Map<string, XlsxSheet>();
  for (const m of workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const xml = await part(target.get(m[2]!)!);
    const cells = new Map<string, string | number>();
    for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const v = /<v>([\s\S]*?)<\/v>/.exec(c[3] ?? '')?.[1];
      if (v === undefined) continue;
      cells.set(c[1]!, /t="s"/.test(c[2]!) ? strings[Number(v)]! : /t="str"/.test(c[2]!) ? unescapeXml(v) : Number(v));
    }
    sheets.set(unescapeXml(m[1]!), { xml, cells });
  }
  return { workbookXml, sheets };
}

export const colName = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : colName(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

