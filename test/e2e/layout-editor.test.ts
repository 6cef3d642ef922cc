import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { byTestId, createFromPreset, gotoLibrary, kpi, pressLever, waitSaved } from './support/app';
import { describeE2E, SCREENSHOTS } from './support/browser';
import { servedApp } from './support/served-app';

describeE2E('browser build: the scenario page’s tabs and commands', () => {
  const s = servedApp();

  it('results in their own tab, rename and 派生 from the editor, a new ledger row ready to type, 情景对比 with the scenario', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1280, height: 720 });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await gotoLibrary(page, s.url);
    const id = await createFromPreset(page, 'qingyuan-policy', '清远 光伏方案');

    // the inputs tab: headline figures beside the inputs, following a lever
    const before = await kpi(page, 'co2-2030');
    await pressLever(page, 'pvBuildout', 'End');
    await expect.poll(() => kpi(page, 'co2-2030'), { timeout: 15_000 }).toBeLessThan(before);
    expect(await byTestId(page, 'chart-co2').count()).toBe(0);

    // the results tab: the same figures, the charts and the five-year plans over the full width
    await byTestId(page, 'link-full-results').click();
    await page.waitForURL(/\?view=results$/);
    await byTestId(page, 'chart-co2').locator('canvas').waitFor({ timeout: 20_000 });
    await byTestId(page, 'period-table').waitFor();
    expect(await kpi(page, 'co2-2030')).toBeLessThan(before);
    const panel = await byTestId(page, 'results-panel').boundingBox();
    // full width: the page less its margins, not a side column
    expect(panel!.width).toBeGreaterThan(1200);
    await page.screenshot({ path: join(SCREENSHOTS, 'layout-editor-results-tab.png') });
    await byTestId(page, 'tab-edit').click();
    await byTestId(page, 'results-summary').waitFor();

    // rename from the editor: one undoable edit, saved
    await byTestId(page, 'btn-rename').click();
    await byTestId(page, 'rename-name').fill('清远 光伏加码方案');
    await byTestId(page, 'btn-rename-confirm').click();
    await expect.poll(() => byTestId(page, 'scenario-title').textContent()).toBe('清远 光伏加码方案');
    await waitSaved(page);
    await byTestId(page, 'btn-undo').click();
    await expect.poll(() => byTestId(page, 'scenario-title').textContent()).toBe('清远 光伏方案');
    await byTestId(page, 'btn-redo').click();
    await waitSaved(page);

    // a new ledger row: in view, its name field focused
    await byTestId(page, 'btn-add-project').scrollIntoViewIfNeeded();
    await byTestId(page, 'btn-add-project').click();
    const focused = page.locator(':focus');
    await expect.poll(() => focused.getAttribute('data-testid')).toMatch(/^field-electricity\.projects\[\d+\]\.name$/);
    expect(await focused.isVisible()).toBe(true);
    const box = await focused.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(720);
    await page.keyboard.type(' 新');
    await page.screenshot({ path: join(SCREENSHOTS, 'layout-editor-new-row.png') });
    await waitSaved(page);

    // 情景对比 from the scenario: it and the baseline of its region, the baseline as reference
    await byTestId(page, 'btn-compare').click();
    await page.waitForURL(/#\/compare\?/);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/compare?ids=qingyuan-baseline,${id}`);
    await byTestId(page, 'compare-table').waitFor({ timeout: 20_000 });
    await page.goBack();
    await byTestId(page, 'btn-derive').waitFor();

    // 派生 from the editor: the child opens, derived from this scenario
    await byTestId(page, 'btn-derive').click();
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).not.toBe(`#/scenario/${id}`);
    await expect.poll(() => byTestId(page, 'scenario-title').textContent()).toBe('清远 光伏加码方案（派生）');
    const child = decodeURIComponent(new URL(page.url()).hash.replace('#/scenario/', ''));
    expect(child).not.toBe(id);
    // the top bar's 情景对比 measures the child against its parent
    expect(decodeURIComponent((await byTestId(page, 'nav-compare').getAttribute('href')) ?? '')).toBe(`#/compare?ids=${id},${child}`);
    expect(s.errors).toEqual([]);
  });
});
