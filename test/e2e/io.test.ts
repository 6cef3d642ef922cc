import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { byTestId, createFromPreset, gotoLibrary, waitSaved } from './support/app';
import { describeE2E, screenshot, SCREENSHOTS } from './support/browser';
import { ROOT } from './support/build';
import { servedApp } from './support/served-app';

type FileScenario = { id: string; name: string };
type ScenarioFileJson = { format: string; scenarios?: FileScenario[]; derived?: FileScenario[] };

/** Picks `path` in the browser's file dialog opened by clicking `testId`. */
async function pickFile(page: Page, testId: string, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), byTestId(page, testId).click()]);
  await chooser.setFiles(path);
}

describeE2E('browser build: import and export', () => {
  const s = servedApp();
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cpp-e2e-io-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports a scenario made from a preset, imports it back renamed, and refuses a corrupt file without changing the library', async () => {
    const { page } = s;
    await gotoLibrary(page, s.url);
    const id = await createFromPreset(page, 'lianzhou-policy', '连州 导出测试');
    await waitSaved(page);
    await page.goto(`${s.url}#/library`);
    await byTestId(page, `library-row-${id}`).waitFor();
    const mine = page.locator('[data-testid="library-mine"] [data-testid^="library-row-"]');
    expect(await mine.count()).toBe(1);

    // export: the dialog starts with all of my scenarios ticked (here: the one)
    await byTestId(page, 'btn-export').click();
    const dialog = byTestId(page, 'export-dialog');
    expect(await byTestId(dialog, `export-pick-${id}`).isChecked()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(dialog, 'btn-export-confirm').click()]);
    expect(download.suggestedFilename()).toBe('连州 导出测试.json');
    const exported = join(dir, download.suggestedFilename());
    await download.saveAs(exported);
    const text = readFileSync(exported, 'utf8');
    const file = JSON.parse(text) as ScenarioFileJson;
    expect(file.format).toBe('carbon-peak-planner');
    expect([...(file.scenarios ?? []), ...(file.derived ?? [])].map((x) => [x.id, x.name])).toEqual([[id, '连州 导出测试']]);
    await byTestId(page, 'io-notice').waitFor();

    // import it back: the id and the name are taken, so it comes in renamed next to the original
    await pickFile(page, 'btn-import', exported);
    const plan = byTestId(page, 'import-plan');
    await plan.waitFor();
    expect(await byTestId(plan, `import-plan-row-${id}`).getAttribute('data-status')).toBe('renamed');
    expect(await byTestId(page, 'import-mode-keepBoth').isChecked()).toBe(true);
    await screenshot(page, 'import-plan');
    await byTestId(page, 'btn-import-confirm').click();
    await expect.poll(() => mine.count()).toBe(2);
    await expect.poll(() => byTestId(page, 'library-mine').textContent()).toContain('连州 导出测试 (导入)');
    const names = () => byTestId(page, 'library-mine').locator('[data-testid="row-link"]').allTextContents();
    const after = await names();

    // a corrupt copy: problems listed with their field paths, nothing written
    const corrupt = join(dir, '损坏的情景.json');
    writeFileSync(
      corrupt,
      text
        .replace(/"baseGdpYiYuan": [\d.]+/, '"baseGdpYiYuan": -161.21')
        .replace(/"endYear": \d+/, '"endYear": "2060年"')
        .replace(/"name": "连州 导出测试"/, '"name": ""'),
    );
    await pickFile(page, 'btn-import', corrupt);
    const problems = byTestId(page, 'import-problems');
    await problems.waitFor();
    const paths = await byTestId(problems, 'import-problem').evaluateAll((els) => els.map((e) => e.getAttribute('data-path')));
    expect(paths).toEqual(expect.arrayContaining(['scenarios[0].economy.baseGdpYiYuan', 'scenarios[0].endYear', 'scenarios[0].name']));
    expect(await byTestId(page, 'btn-import-confirm').count()).toBe(0);
    await screenshot(page, 'import-problems');
    await byTestId(page, 'btn-import-close').click();
    await byTestId(page, 'import-dialog').waitFor({ state: 'detached' });
    expect(await mine.count()).toBe(2);
    await page.reload();
    await byTestId(page, `library-row-${id}`).waitFor();
    expect(await mine.count()).toBe(2);
    expect(await names()).toEqual(after);
    expect(s.errors).toEqual([]);
  });

  it('imports projects from a ledger file into the open scenario as one undoable edit', async () => {
    const { page } = s;
    await gotoLibrary(page, s.url);
    await createFromPreset(page, 'qingyuan-policy', '清远 台账导入');
    const ledger = byTestId(page, 'panel-projects').locator('.ledger-table');
    const ledgerRows = ledger.locator('tbody tr');
    // the panels below the levers mount just after the first paint (EditorPage FIRST_PAINT_PANELS)
    await expect.poll(() => ledgerRows.count(), { timeout: 10_000 }).toBeGreaterThan(1);
    const before = await ledgerRows.count();

    await byTestId(page, 'btn-ledger-import').click();
    const dialog = byTestId(page, 'ledger-import-dialog');
    await dialog.waitFor();
    await pickFile(page, 'btn-ledger-pick', join(ROOT, 'test/fixtures/ledger-zh.csv'));
    await byTestId(dialog, 'ledger-preview-row-3').waitFor();
    expect(await byTestId(dialog, 'ledger-preview-row-7').getAttribute('data-status')).toBe('error');
    expect(await byTestId(dialog, 'ledger-preview-row-3').getAttribute('data-status')).not.toBe('error');
    // the unit read from the header is said; capacity shown in the unit of the settings (5 万千瓦 stored as 50 MW)
    expect(await byTestId(dialog, 'ledger-capacity-unit').textContent()).toBe('装机容量按万千瓦读取（列名“装机容量（万千瓦）”）');
    expect(await byTestId(dialog, 'ledger-preview-row-3').locator('td').nth(4).textContent()).toBe('5');
    // the editor page is long: the viewport, where the dialog is, not the full page
    await page.screenshot({ path: join(SCREENSHOTS, 'ledger-import.png') });
    await byTestId(dialog, 'btn-ledger-import-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => ledgerRows.count()).toBe(before + 5);
    // names are editable fields
    const values = await ledger.locator('input, textarea').evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value));
    expect(values).toEqual(expect.arrayContaining(['丹灶镇渔光互补光伏电站', '狮山新能源产业园光伏']));

    // one edit: one undo takes all five out again
    await byTestId(page, 'btn-undo').click();
    await expect.poll(() => ledgerRows.count()).toBe(before);
    expect(s.errors).toEqual([]);
  });
});
