import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { byTestId, createFromPreset, gotoLibrary, kpi, waitSaved } from './support/app';
import { launch, describeE2E, SCREENSHOTS, type Session } from './support/browser';
import { ensureBuilt } from './support/build';
import { serveStatic, type StaticServer } from './support/server';

describeE2E('browser build: accounting methods and published statistics in the editor', () => {
  let server: StaticServer;
  let s: Session;
  beforeAll(async () => {
    server = await serveStatic(ensureBuilt());
  });
  afterAll(() => server?.close());
  beforeEach(async () => {
    s = await launch();
  });
  afterEach(async () => {
    await s?.close();
  });

  it('switching the electricity-CO2 method changes the CO2 KPI and persists; a published GDP is entered with its source', async () => {
    const { page } = s;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await gotoLibrary(page, server.url);
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
    await target.check();
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
});
