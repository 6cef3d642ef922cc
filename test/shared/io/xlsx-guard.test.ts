import { describe, expect, it } from 'vitest';
import { parseLedgerXlsx, type LedgerPreview } from '../../../shared/io/ledger-import';
import { readResultsWorkbook } from '../../../shared/io/results-xlsx';
import { loadWorkbook, WorkbookError } from '../../../shared/io/xlsx';
import { checkWorkbook } from '../../../shared/io/xlsx-guard';
import type { IssueBody } from '../../../shared/model/issue-codes';
import * as bomb from './xlsx-bombs';

/**
 * Hostile workbooks are refused before exceljs sees them, each with an issue
 * naming the part, sheet or cell and the limit (their words in both languages:
 * test/renderer/i18n/issue-text.test.ts). (Peak memory per bomb:
 * `npx tsx scripts/xlsx-bomb-memory.ts`.)
 */

const refusal = (p: LedgerPreview): IssueBody => {
  expect(p.rows).toEqual([]);
  expect(p.headerProblems).toHaveLength(1);
  const { fatal, column, ...issue } = p.headerProblems[0]!;
  expect({ fatal, column }).toEqual({ fatal: true, column: null });
  return issue as IssueBody;
};

const MB = 1024 * 1024;
const SHEET_PART = { path: 'xl/worksheets/sheet1.xml', sheet: '项目台账' };
const unreadable = (code: string, params: Record<string, unknown> = {}) => ({ code: 'workbook.unreadable', params: { reason: { code, params } } });
/** A part too large, and its size in whole MB as the text shows it. */
const partTooLarge = (issue: IssueBody) => {
  expect(issue).toMatchObject({ code: 'workbook.partTooLarge', params: { limit: 32 * MB } });
  return { part: (issue.params as { part: unknown }).part, mb: Math.round((issue.params as { size: number }).size / MB) };
};

describe('xlsx bombs through the ledger importer', () => {
  it('one 300 MB text cell in a 300 KB file: refused from the size its part declares', async () => {
    const bytes = await bomb.hugeCell();
    expect(bytes.length).toBeLessThan(400_000);
    // (300,000,000 + ~600 bytes of XML) / 1,048,576 = 286.1 → "286 MB"; 32 × 1,048,576 bytes per part
    expect(partTooLarge(refusal(await parseLedgerXlsx(bytes)))).toEqual({ part: SHEET_PART, mb: 286 });
  });

  it('the same cell with a forged small size: unpacking stops at the declared size', async () => {
    const p = await parseLedgerXlsx(await bomb.hugeCell(300_000_000, 20_000));
    // the cell's text starts within the 20,000 declared bytes, but 20,000 < 32,767 characters:
    // what gives it away is the part holding more than it declared
    expect(refusal(p)).toEqual(unreadable('workbook.declaredSize', { part: SHEET_PART, size: 20_000 }));
  });

  it('a cell of a million characters, within the part limit: refused naming the cell', async () => {
    expect(refusal(await parseLedgerXlsx(await bomb.hugeCell(1_000_000)))).toEqual({
      code: 'workbook.cellText',
      params: { sheet: '项目台账', cell: 'B2', limit: 32_767 },
    });
  });

  it('a million rows in an 8 MB file (under the 32 MB file limit): refused from the size of the sheet', async () => {
    const bytes = await bomb.manyRows();
    expect(bytes.length).toBeLessThan(32 * 1024 * 1024);
    // 54 bytes a row of six-digit numbers (`<row r="123456"><c r="A123456"><v>123456</v></c></row>`), 57 of seven:
    // ~54,000,000 bytes / 1,048,576 ≈ 51 MB, over the 32 MB a part may unpack to
    expect(partTooLarge(refusal(await parseLedgerXlsx(bytes)))).toEqual({ part: SHEET_PART, mb: 51 });
  });

  it('200,000 rows: refused at the ledger limit (10,000 projects + 20 rows for titles and header)', async () => {
    expect(refusal(await parseLedgerXlsx(await bomb.manyRows(200_000)))).toEqual({
      code: 'workbook.sheetRows',
      params: { part: SHEET_PART, limit: 10_020 },
    });
  });

  it('rows within the sheet limit but over the project limit: refused by the row check', async () => {
    // 10,010 data rows (≤ 10,020 rows with content) but > 10,000 projects
    const row = (r: number) =>
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>光伏${r}</t></is></c><c r="B${r}" t="inlineStr"><is><t>光伏</t></is></c><c r="C${r}"><v>1</v></c><c r="D${r}"><v>2025</v></c></row>`;
    const rows = Array.from({ length: 10_010 }, (_, i) => row(i + 2)).join('');
    const p = await parseLedgerXlsx(await bomb.workbookWith({ [bomb.SHEET]: bomb.sheetWith(rows) }));
    expect(refusal(p)).toEqual({ code: 'ledger.tooManyRows', params: { limit: 10_000 } });
  });

  it('two million shared strings: refused at 500,000', async () => {
    expect(refusal(await parseLedgerXlsx(await bomb.manySharedStrings()))).toEqual({
      code: 'workbook.sharedStrings',
      params: { path: 'xl/sharedStrings.xml', limit: 500_000 },
    });
  });

  it('one shared string of 300 MB, or of 100,000 characters', async () => {
    // 100,000,000 × 3 bytes (碳 in UTF-8) / 1,048,576 = 286.1 MB
    expect(partTooLarge(refusal(await parseLedgerXlsx(await bomb.hugeSharedString())))).toEqual({
      part: { path: 'xl/sharedStrings.xml', sheet: null },
      mb: 286,
    });
    // the first string is the header's 项目名称, the second the long one
    expect(refusal(await parseLedgerXlsx(await bomb.hugeSharedString(100_000)))).toEqual({
      code: 'workbook.sharedStringText',
      params: { index: 2, path: 'xl/sharedStrings.xml', limit: 32_767 },
    });
  });

  it('thousands of parts, deep nesting', async () => {
    expect(refusal(await parseLedgerXlsx(await bomb.manyParts(5_000)))).toEqual({ code: 'workbook.tooManyParts', params: { limit: 5_000 } });
    expect(refusal(await parseLedgerXlsx(await bomb.deepNesting()))).toEqual({
      code: 'workbook.depth',
      params: { part: SHEET_PART, line: 2, limit: 256 },
    });
  });
});

describe('unreadable workbooks, naming the part', () => {
  it('an entity XML does not define (exceljs: "3:439: undefined entity.")', async () => {
    expect(refusal(await parseLedgerXlsx(await bomb.undefinedEntity()))).toEqual(
      unreadable('workbook.entity', { part: { path: 'xl/sharedStrings.xml', sheet: null }, line: 4, entity: '&nbsp;' }),
    );
  });

  it('tags that do not match: exceljs fails, the part is found and named', async () => {
    // line 3 is the row; its close tag </rowx> ends at column 11 + 24 + 4 + 3 + 1 + 4 + 5 + 4 + 7 = 63
    expect(refusal(await parseLedgerXlsx(await bomb.mismatchedTags()))).toEqual(
      unreadable('workbook.xmlAt', {
        part: SHEET_PART,
        line: 3,
        column: 63,
        reason: { reason: 'closeTag', detail: 'unexpected close tag' },
      }),
    );
  });

  it('exceljs failing for another reason: its words are kept as the detail', async () => {
    // exceljs needs the r attribute of a row ("Invalid row number in model")
    const bytes = await bomb.workbookWith({ [bomb.SHEET]: bomb.sheetWith('<row><c r="A2"><v>1</v></c></row>') });
    expect(refusal(await parseLedgerXlsx(bytes))).toEqual(unreadable('workbook.partsDamaged', { detail: 'Invalid row number in model' }));
  });

  it('a zip without a workbook part', async () => {
    const bytes = bomb.zip([{ name: 'hello.txt', ...bomb.packed('hi') }]);
    expect(refusal(await parseLedgerXlsx(bytes))).toEqual(unreadable('workbook.noWorkbookXml'));
  });
});

describe('every reader of workbooks goes through the check', () => {
  it('loadWorkbook rejects with the refusal; readResultsWorkbook lists it as a problem', async () => {
    const bytes = await bomb.hugeCell(1_000_000);
    const err = await loadWorkbook(bytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    const cellText = { code: 'workbook.cellText', params: { sheet: '项目台账', cell: 'B2', limit: 32_767 } };
    expect((err as WorkbookError).refusal).toEqual(cellText);
    expect(await readResultsWorkbook(bytes)).toEqual({ ok: false, problems: [{ path: '(file)', ...cellText }] });
  });

  it('an ordinary workbook passes and loads', async () => {
    const bytes = await bomb.workbookWith({});
    expect(await checkWorkbook(bytes)).toBeNull();
    expect((await loadWorkbook(bytes)).worksheets.map((w) => w.name)).toEqual(['项目台账']);
  });
});
