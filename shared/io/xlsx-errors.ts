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

const REASONS_ZH: [RegExp, string][] = [
  [/undefined entity/, '未定义的实体'],
  [/unexpected close tag/, '结束标签与开始标签不匹配'],
  [/unclosed tag/, '标签未闭合'],
  [/text data outside of root node/, '根元素之外有文本'],
  [/disallowed character/, '含有不允许的字符'],
  [/attribute/, '属性格式有误'],
  [/entity/, '实体格式有误'],
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
  const detail = (err instanceof Error ? err.message : String(err)).slice(0, 300);
  try {
    if (SAX_ERROR.test(detail)) {
      const found = await failingPart(bytes, detail);
      const m = SAX_ERROR.exec(found?.message ?? detail)!;
      const reason = m[3]!.replace(/\.$/, '');
      const zh = REASONS_ZH.find(([re]) => re.test(reason))?.[1] ?? `XML 格式有误（${reason}）`;
      if (found) {
        const sheet = (await sheetNames(bytes, readZipDirectory(bytes, Number.MAX_SAFE_INTEGER))).get(found.entry.name);
        const en = sheet === undefined ? found.entry.name : `sheet '${sheet}' (${found.entry.name})`;
        const zhWhere = sheet === undefined ? `${found.entry.name} ` : `工作表"${sheet}"（${found.entry.name}）`;
        return unreadable(
          `${en}, line ${m[1]}, column ${m[2]}: ${reason}`,
          `${zhWhere}第 ${m[1]} 行第 ${m[2]} 列：${zh}`,
        );
      }
      return unreadable(
        `its XML is damaged (line ${m[1]}, column ${m[2]}: ${reason})`,
        `XML 已损坏（第 ${m[1]} 行第 ${m[2]} 列：${zh}）`,
      );
    }
  } catch {
    // fall through to the plain message
  }
  return unreadable(
    `its parts are damaged or do not fit together (${detail})`,
    `其组成部分已损坏或不一致（${detail}）`,
  );
}
