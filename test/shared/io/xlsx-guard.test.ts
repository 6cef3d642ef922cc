import { describe, expect, it } from 'vitest';
import { parseLedgerXlsx, type LedgerPreview } from '../../../shared/io/ledger-import';
import { readResultsWorkbook } from '../../../shared/io/results-xlsx';
import { loadWorkbook, WorkbookError } from '../../../shared/io/xlsx';
import { checkWorkbook } from '../../../shared/io/xlsx-guard';
import * as bomb from './xlsx-bombs';

/**
 * Hostile workbooks are refused before exceljs sees them, each with a message
 * naming the part, sheet or cell and the limit. (Peak memory per bomb:
 * `npx tsx scripts/xlsx-bomb-memory.ts`.)
 */

const refusal = (p: LedgerPreview) => {
  expect(p.rows).toEqual([]);
  expect(p.headerProblems).toHaveLength(1);
  expect(p.headerProblems[0]!.fatal).toBe(true);
  return { en: p.headerProblems[0]!.en, zh: p.headerProblems[0]!.zh };
};

describe('xlsx bombs through the ledger importer', () => {
  it('one 300 MB text cell in a 300 KB file: refused from the size its part declares', async () => {
    const bytes = await bomb.hugeCell();
    expect(bytes.length).toBeLessThan(400_000);
    // (300,000,000 + ~600 bytes of XML) / 1,048,576 = 286.1 → "286 MB"; 32 × 1,048,576 bytes per part
    expect(refusal(await parseLedgerXlsx(bytes))).toEqual({
      en: "sheet '项目台账' (xl/worksheets/sheet1.xml) unpacks to 286 MB; at most 32 MB per part can be read",
      zh: '工作表"项目台账"（xl/worksheets/sheet1.xml）解压后为 286 MB，每个部件最多可读取 32 MB',
    });
  });

  it('the same cell with a forged small size: unpacking stops at the declared size', async () => {
    const p = await parseLedgerXlsx(await bomb.hugeCell(300_000_000, 20_000));
    // the cell's text starts within the 20,000 declared bytes, but 20,000 < 32,767 characters:
    // what gives it away is the part holding more than it declared
    expect(refusal(p).en).toBe(
      "not a readable Excel workbook: sheet '项目台账' (xl/worksheets/sheet1.xml) holds more than the 20,000 bytes its zip directory declares (a damaged or forged file)",
    );
  });

  it('a cell of a million characters, within the part limit: refused naming the cell', async () => {
    expect(refusal(await parseLedgerXlsx(await bomb.hugeCell(1_000_000)))).toEqual({
      en: "sheet '项目台账', cell B2: the text is longer than 32,767 characters, the most a cell can hold",
      zh: '工作表"项目台账"单元格 B2：文本超过 32,767 个字符（单元格最多可容纳的长度）',
    });
  });

  it('a million rows in an 8 MB file (under the 32 MB file limit): refused from the size of the sheet', async () => {
    const bytes = await bomb.manyRows();
    expect(bytes.length).toBeLessThan(32 * 1024 * 1024);
    // 54 bytes a row of six-digit numbers (`<row r="123456"><c r="A123456"><v>123456</v></c></row>`), 57 of seven:
    // ~54,000,000 bytes / 1,048,576 ≈ 51 MB, over the 32 MB a part may unpack to
    expect(refusal(await parseLedgerXlsx(bytes)).en).toBe("sheet '项目台账' (xl/worksheets/sheet1.xml) unpacks to 51 MB; at most 32 MB per part can be read");
  });

  it('200,000 rows: refused at the ledger limit (10,000 projects + 20 rows for titles and header)', async () => {
    expect(refusal(await parseLedgerXlsx(await bomb.manyRows(200_000)))).toEqual({
      en: "sheet '项目台账' (xl/worksheets/sheet1.xml) has more than 10,020 rows with content; at most 10,020 can be read: split it into several files",
      zh: '工作表"项目台账"（xl/worksheets/sheet1.xml）中有内容的行超过 10,020 行，最多可读取 10,020 行：请拆分为多个文件',
    });
  });

  it('rows within the sheet limit but over the project limit: refused by the row check', async () => {
    // 10,010 data rows (≤ 10,020 rows with content) but > 10,000 projects
    const row = (r: number) =>
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>光伏${r}</t></is></c><c r="B${r}" t="inlineStr"><is><t>光伏</t></is></c><c r="C${r}"><v>1</v></c><c r="D${r}"><v>2025</v></c></row>`;
    const rows = Array.from({ length: 10_010 }, (_, i) => row(i + 2)).join('');
    const p = await parseLedgerXlsx(await bomb.workbookWith({ [bomb.SHEET]: bomb.sheetWith(rows) }));
    expect(refusal(p).en).toBe('more than 10,000 project rows: at most 10,000 can be imported at once; split the ledger into several files');
  });

  it('two million shared strings: refused at 500,000', async () => {
    expect(refusal(await parseLedgerXlsx(await bomb.manySharedStrings()))).toEqual({
      en: 'xl/sharedStrings.xml lists more than 500,000 shared strings; at most 500,000 can be read',
      zh: 'xl/sharedStrings.xml 中的共享字符串超过 500,000 个，最多可读取 500,000 个',
    });
  });

  it('one shared string of 300 MB, or of 100,000 characters', async () => {
    // 100,000,000 × 3 bytes (碳 in UTF-8) / 1,048,576 = 286.1 MB
    expect(refusal(await parseLedgerXlsx(await bomb.hugeSharedString())).en).toBe(
      'xl/sharedStrings.xml unpacks to 286 MB; at most 32 MB per part can be read',
    );
    // the first string is the header's 项目名称, the second the long one
    expect(refusal(await parseLedgerXlsx(await bomb.hugeSharedString(100_000))).en).toBe(
      'shared string 2 (xl/sharedStrings.xml) is longer than 32,767 characters, the most a cell can hold',
    );
  });

  it('thousands of parts, deep nesting', async () => {
    expect(refusal(await parseLedgerXlsx(await bomb.manyParts(5_000))).en).toBe('the workbook holds more than 5,000 parts; at most 5,000 can be read');
    expect(refusal(await parseLedgerXlsx(await bomb.deepNesting())).en).toBe(
      "sheet '项目台账' (xl/worksheets/sheet1.xml), line 2: elements nested more than 256 levels deep",
    );
  });
});

describe('unreadable workbooks in the app words, naming the part', () => {
  it('an entity XML does not define (exceljs: "3:439: undefined entity.")', async () => {
    expect(refusal(await parseLedgerXlsx(await bomb.undefinedEntity()))).toEqual({
      en: "not a readable Excel workbook: xl/sharedStrings.xml, line 4: '&nbsp;' is not a known XML entity",
      zh: "不是可读取的 Excel 工作簿：xl/sharedStrings.xml 第 4 行：'&nbsp;' 不是已知的 XML 实体",
    });
  });

  it('tags that do not match: exceljs fails, the part is found and named', async () => {
    // line 3 is the row; its close tag </rowx> ends at column 11 + 24 + 4 + 3 + 1 + 4 + 5 + 4 + 7 = 63
    expect(refusal(await parseLedgerXlsx(await bomb.mismatchedTags()))).toEqual({
      en: "not a readable Excel workbook: sheet '项目台账' (xl/worksheets/sheet1.xml), line 3, column 63: unexpected close tag",
      zh: '不是可读取的 Excel 工作簿：工作表"项目台账"（xl/worksheets/sheet1.xml）第 3 行第 63 列：结束标签与开始标签不匹配',
    });
  });

  it('exceljs failing for another reason: its words are kept as the detail, within the app words', async () => {
    // exceljs needs the r attribute of a row ("Invalid row number in model")
    const bytes = await bomb.workbookWith({ [bomb.SHEET]: bomb.sheetWith('<row><c r="A2"><v>1</v></c></row>') });
    expect(refusal(await parseLedgerXlsx(bytes))).toEqual({
      en: 'not a readable Excel workbook: its parts are damaged or do not fit together (Invalid row number in model)',
      zh: '不是可读取的 Excel 工作簿：其组成部分已损坏或不一致（Invalid row number in model）',
    });
  });

  it('a zip without a workbook part', async () => {
    const bytes = bomb.zip([{ name: 'hello.txt', ...bomb.packed('hi') }]);
    expect(refusal(await parseLedgerXlsx(bytes)).en).toBe('not a readable Excel workbook: it has no xl/workbook.xml');
  });
});

describe('every reader of workbooks goes through the check', () => {
  it('loadWorkbook rejects with the refusal; readResultsWorkbook lists it as a problem', async () => {
    const bytes = await bomb.hugeCell(1_000_000);
    const err = await loadWorkbook(bytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect((err as WorkbookError).refusal.code).toBe('too-large');
    expect(await readResultsWorkbook(bytes)).toEqual({
      ok: false,
      problems: [
        {
          path: '(file)',
          code: 'too-large',
          message: "sheet '项目台账', cell B2: the text is longer than 32,767 characters, the most a cell can hold",
          messageZh: '工作表"项目台账"单元格 B2：文本超过 32,767 个字符（单元格最多可容纳的长度）',
        },
      ],
    });
  });

  it('an ordinary workbook passes and loads', async () => {
    const bytes = await bomb.workbookWith({});
    expect(await checkWorkbook(bytes)).toBeNull();
    expect((await loadWorkbook(bytes)).worksheets.map((w) => w.name)).toEqual(['项目台账']);
  });
});
