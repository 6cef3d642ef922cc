import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { byTestId, createFromPreset, gotoLibrary, kpi, waitSaved } from './support/app';
import { describeE2E, SCREENSHOTS } from './support/browser';
import { servedApp } from './support/served-app';

describeE2E('browser build: accounting methods and published statistics in the editor', () => {
  const s = servedApp();

  it('switching the electricity-CO2 method changes the CO2 KPI and persists; a published GDP is entered with its source', async () => {
    const { page } = s;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await gotoLibrary(page, s.url);
    const id = await createFromPreset(page, 'qingyuan-policy', '清远 核算方法');
    const co2Before = await kpi(page, 'co2-2030');

    // the top bar sticks over element screenshots taller than the window
    await page.addStyleTag({ content: '.topbar { position: static !important; } .editor-readonly { position: static !important; }' });
    const methods = byTestId(page, 'accounting-methods');
    await methods.scrollIntoViewIfNeeded();
    const netImports = byTestId(page, 'field-accounting.electricityCo2=netImports');
    const locationBased = byTestId(page, 'field-accounting.electricityCo2=locationBased');
    // the preset's own method is checked; the other one is what this test switches to
    const target = (await netImports.isChecked()) ? locationBased : netImports;
    // the document takes an edit once the worker has checked and run it (the hourly balance
    // included), so the radio follows a moment after the click, not within it
    await target.click();
    await expect.poll(() => target.isChecked()).toBe(true);
    await expect.poll(() => kpi(page, 'co2-2030'), { timeout: 15_000 }).not.toBeCloseTo(co2Before, 3);
    const co2After = await kpi(page, 'co2-2030');
    await byTestId(page, 'panel-conventions').screenshot({ path: join(SCREENSHOTS, 'editor-methods.png') });
    for (const panel of ['energy', 'supply', 'projects', 'storage']) await byTestId(page, `panel-${panel}`).screenshot({ path: join(SCREENSHOTS, `editor-${panel}.png`) });
    await waitSaved(page);

    // a published GDP for the year after the base year, with where it was published
    const history = byTestId(page, 'panel-history');
    await history.scrollIntoViewIfNeeded();
    const year = await byTestId(page, 'field-history-new-year').inputValue();
    await byTestId(page, 'btn-add-history-year').click();
    await byTestId(page, `field-history.gdpYiYuan.${year}.value`).fill('1800');
    await byTestId(page, `field-history.gdpYiYuan.${year}.note`).waitFor();
    await byTestId(page, `field-history.gdpYiYuan.${year}.note`).fill(`${year}年清远市国民经济和社会发展统计公报`);
    await byTestId(page, `field-history.localCapacityMW.${year}.value`).fill('7604.6');
    await waitSaved(page);
    await history.screenshot({ path: join(SCREENSHOTS, 'editor-history.png') });

    await page.reload();
    expect(new URL(page.url()).hash).toBe(`#/scenario/${id}`);
    await expect.poll(() => byTestId(page, `field-history.gdpYiYuan.${year}.note`).inputValue()).toBe(`${year}年清远市国民经济和社会发展统计公报`);
    expect(await target.isChecked()).toBe(true);
    // the published GDP changes the years after it too, so the CO2 KPI is the engine's for the saved scenario
    expect(await kpi(page, 'co2-2030')).toBeGreaterThan(0);
    expect(co2After).not.toBeCloseTo(co2Before, 3);

    await byTestId(page, 'btn-language').click();
    await expect.poll(() => byTestId(page, 'nav-library').textContent()).toBe('Scenarios');
    await page.addStyleTag({ content: '.topbar { position: static !important; }' });
    await expect.poll(() => byTestId(page, 'method-electricityCo2-netImports').textContent()).toContain("This tool's method");
    await byTestId(page, 'panel-conventions').screenshot({ path: join(SCREENSHOTS, 'editor-methods-en.png') });
    await byTestId(page, 'panel-history').screenshot({ path: join(SCREENSHOTS, 'editor-history-en.png') });
    expect(s.errors).toEqual([]);
  });

  it('a grid-factor scope applies its published series as one undoable edit, and the field says which scope it follows', async () => {
    const { page } = s;
    await gotoLibrary(page, s.url);
    await createFromPreset(page, 'qingyuan-baseline', '清远 排放因子口径');
    await page.addStyleTag({ content: '.topbar { position: static !important; } .editor-readonly { position: static !important; }' });
    const matches = () => page.locator('[data-testid="grid-scope-match"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-match')));
    // the preset's series is the Guangdong provincial one by data year
    await expect.poll(matches).toEqual(['provincial:0', 'provincial:0']);

    const row = page.locator('[data-path="accounting.gridFactorScope"]');
    await row.scrollIntoViewIfNeeded();
    // the radio is the document's: checked once the engine has taken the edit
    await byTestId(page, 'field-accounting.gridFactorScope=national').click();
    await expect.poll(() => byTestId(page, 'field-accounting.gridFactorScope=national').isChecked()).toBe(true);
    await byTestId(page, 'grid-path-lag').check();
    await expect.poll(() => byTestId(page, 'grid-path-preview').textContent()).toContain('2023 年 0.5568（2021 年数据，mee-grid-national-2021，间接来源）');
    await byTestId(page, 'btn-apply-grid-path').click();
    await expect.poll(matches).toEqual(['national:2', 'national:2']);
    await expect.poll(() => byTestId(page, 'source-electricity.gridEmissionFactor').textContent()).toContain('（全国）');
    await row.screenshot({ path: join(SCREENSHOTS, 'editor-grid-path.png') });
    await page.locator('[data-path="electricity.gridEmissionFactor"]').screenshot({ path: join(SCREENSHOTS, 'editor-grid-factor-field.png') });

    // one undo brings the provincial series back; the scope chosen is an edit of its own
    await byTestId(page, 'btn-undo').click();
    await expect.poll(matches).toEqual(['provincial:0', 'provincial:0']);
    expect(await byTestId(page, 'field-accounting.gridFactorScope=national').isChecked()).toBe(true);
    await waitSaved(page);
    expect(s.errors).toEqual([]);
  });
});
