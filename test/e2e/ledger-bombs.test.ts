import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as bomb from '../shared/io/xlsx-bombs';
import { byTestId, createFromPreset, gotoLibrary } from './support/app';
import { describeE2E, SCREENSHOTS } from './support/browser';
import { servedApp } from './support/served-app';

/**
 * The ledger importer in Chromium against xlsx bombs: a 300 KB workbook with
 * one 300 MB cell used to crash the tab. Each is refused in the dialog with
 * the app's message, and the page stays responsive.
 */

async function pickFile(page: Page, testId: string, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), byTestId(page, testId).click()]);
  await chooser.setFiles(path);
}

describeE2E('browser build: xlsx bombs in the ledger importer', () => {
  const s = servedApp({ browser: 'perFile' });
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cpp-e2e-bombs-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a 300 MB cell, a million rows and an undefined entity, the tab lives on, and a good workbook still reads', async () => {
    const { page } = s;
    await gotoLibrary(page, s.url);
    await createFromPreset(page, 'qingyuan-policy', '清远 台账炸弹');
    await byTestId(page, 'btn-ledger-import').click();
    const dialog = byTestId(page, 'ledger-import-dialog');
    await dialog.waitFor();
    const cases: [string, () => Promise<Uint8Array>, string][] = [
      ['cell.xlsx', () => bomb.hugeCell(), '工作表"项目台账"（xl/worksheets/sheet1.xml）解压后为 286 MB，每个部件最多可读取 32 MB'],
      ['rows.xlsx', () => bomb.manyRows(), '工作表"项目台账"（xl/worksheets/sheet1.xml）解压后为 51 MB，每个部件最多可读取 32 MB'],
      ['entity.xlsx', () => bomb.undefinedEntity(), "不是可读取的 Excel 工作簿：xl/sharedStrings.xml 第 4 行：'&nbsp;' 不是已知的 XML 实体"],
    ];
    for (const [name, make, message] of cases) {
      const file = join(dir, name);
      writeFileSync(file, await make());
      await pickFile(page, 'btn-ledger-pick', file);
      const problems = byTestId(dialog, 'ledger-header-problems');
      await expect.poll(() => problems.textContent(), { timeout: 30_000 }).toContain(message);
      expect(await page.evaluate(() => 1 + 1)).toBe(2);
    }
    await dialog.screenshot({ path: join(SCREENSHOTS, 'ledger-bomb-refused.png') });
    // and an ordinary workbook still reads: the check unpacks it with the browser's own DecompressionStream
    const good = join(dir, 'good.xlsx');
    writeFileSync(good, await bomb.workbookWith({}));
    await pickFile(page, 'btn-ledger-pick', good);
    await byTestId(dialog, 'ledger-preview-row-2').waitFor();
    expect(await byTestId(dialog, 'ledger-header-problems').count()).toBe(0);
    expect(s.errors).toEqual([]);
  });
});
