import { echo } from '../model/echo';
import { issue } from '../model/issue-codes';
import { decodeUtf8 } from './text';
import { isXmlPart, sheetNames, unreadable, type WorkbookRefusal } from './xlsx-guard';
import { readZipDirectory, unpackToBytes, type ZipEntry } from './zip';

/**
 * exceljs's failures in the app's words. Its XML parser (saxes) reports
 * "3:439: undefined entity." without saying in which of the workbook's parts;
 * the parts are parsed again here with saxes, as exceljs does, until one gives
 * the same error, so the message can name it. Runs only after a failure, on a
 * workbook that passed `checkWorkbook` (so every part is of bounded size).
 */

const SAX_ERROR = /^(\d+):(\d+): ([\s\S]*)$/;

/** saxes's reasons, by the words they hold; the app words each known one (`terms.xmlReason`). */
const REASONS: [RegExp, string][] = [
  [/undefined entity/, 'undefinedEntity'],
  [/unexpected close tag/, 'closeTag'],
  [/unclosed tag/, 'unclosedTag'],
  [/text data outside of root node/, 'outsideRoot'],
  [/disallowed character/, 'badCharacter'],
  [/attribute/, 'attribute'],
  [/entity/, 'entity'],
];

type SaxesModule = {
  SaxesParser: new () => { on(event: 'error', f: (e: Error) => void): void; write(chunk: string): unknown };
};

async function saxes(): Promise<SaxesModule> {
  const m = (await import('saxes')) as unknown as SaxesModule & { default?: SaxesModule };
  return m.SaxesParser ? m : m.default!;
}

/** The first XML part whose parse fails with `message`, or else the first whose parse fails at all. */
async function failingPart(bytes: Uint8Array, message: string): Promise<{ entry: ZipEntry; message: string } | null> {
  const { SaxesParser } = await saxes();
  let first: { entry: ZipEntry; message: string } | null = null;
  for (const entry of readZipDirectory(bytes, Number.MAX_SAFE_INTEGER)) {
    if (!isXmlPart(entry.name)) continue;
    const data = await unpackToBytes(bytes, entry, entry.size);
    if (!data) continue;
    // exceljs keeps the last error of each piece it writes; the first error of the part is where the damage starts
    const errors: string[] = [];
    const parser = new SaxesParser();
    parser.on('error', (e) => {
      if (errors.length < 1000) errors.push(e.message);
    });
    parser.write(decodeUtf8(data));
    if (errors.includes(message)) return { entry, message: errors[0]! };
    if (errors.length) first ??= { entry, message: errors[0]! };
  }
  return first;
}

/** Why exceljs could not load `bytes`, for the user. Never throws. */
export async function describeLoadError(bytes: Uint8Array, err: unknown): Promise<WorkbookRefusal> {
  const detail = echo((err instanceof Error ? err.message : String(err)).slice(0, 300), 200);
  try {
    if (SAX_ERROR.test(detail)) {
      const found = await failingPart(bytes, detail);
      const m = SAX_ERROR.exec(found?.message ?? detail)!;
      const said = echo(m[3]!.replace(/\.$/, ''), 200);
      const reason = { reason: REASONS.find(([re]) => re.test(said))?.[1] ?? 'other', detail: said };
      const at = { line: Number(m[1]), column: Number(m[2]), reason };
      if (found) {
        const sheet = (await sheetNames(bytes, readZipDirectory(bytes, Number.MAX_SAFE_INTEGER))).get(found.entry.name);
        const part = { path: echo(found.entry.name), sheet: sheet === undefined ? null : echo(sheet) };
        return unreadable(issue('workbook.xmlAt', { part, ...at }));
      }
      return unreadable(issue('workbook.xmlDamaged', at));
    }
  } catch {
    // fall through to the plain message
  }
  return unreadable(issue('workbook.partsDamaged', { detail }));
}
