import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { byTestId, createFromPreset, gotoLibrary, waitSaved } from './support/app';
import { describeE2E, SCREENSHOTS } from './support/browser';
import { servedApp } from './support/served-app';

const PLAN_SECTORS = ['industry', 'construction', 'buildings', 'transport', 'agriculture'];

describeE2E('browser build: results by plan sector and key product', () => {
  const s = servedApp();

  it('清远 policy: sector CO2, sector peaks with their scope, process CO2 and sinks beside the headline, key products', async () => {
    const { page } = s;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 720 });
    await gotoLibrary(page, s.url);
    await byTestId(byTestId(page, 'library-row-qingyuan-policy'), 'row-link').click();
    await page.waitForURL(/#\/scenario\/qingyuan-policy/);
    // sticky bars would cover the sections in their screenshots
    await page.addStyleTag({ content: '.topbar, .editor-readonly { position: static !important; }' });
    // beside the inputs: the checklist's peak rows say what the peak was judged on
    const summary = byTestId(page, 'results-summary');
    await expect.poll(() => summary.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    expect(await byTestId(summary, 'target-peak-scope').first().textContent()).toMatch(/^判定口径：能源活动/);
    // the side column scrolls on its own: tall enough a window to show the whole checklist
    await page.setViewportSize({ width: 1280, height: 1800 });
    const checklist = byTestId(summary, 'target-checklist');
    await checklist.scrollIntoViewIfNeeded();
    await checklist.screenshot({ path: join(SCREENSHOTS, 'sectors-checklist-scope.png') });
    await page.setViewportSize({ width: 1280, height: 720 });

    await byTestId(page, 'tab-results').click();
    await expect
      .poll(() => byTestId(page, 'results-panel').getAttribute('data-state'), { timeout: 30_000 })
      .toBe('ready');

    // the peak KPI says what it was judged on, and so do the methods
    const scope = await byTestId(page, 'kpi-peak-scope').getAttribute('data-scope');
    expect(['energy', 'energyAndProcess']).toContain(scope);
    expect(await byTestId(page, 'kpi-peak-scope').textContent()).toMatch(/^判定口径：能源活动/);
    expect(await byTestId(page, 'method-peakScope').textContent()).toContain('达峰口径');
    await byTestId(page, 'chart-co2').screenshot({ path: join(SCREENSHOTS, 'sectors-co2-chart.png') });
    await page.locator('.res-top').screenshot({ path: join(SCREENSHOTS, 'sectors-kpi-scope.png') });

    const section = byTestId(page, 'sector-results');
    await section.scrollIntoViewIfNeeded();
    await byTestId(section, 'sector-co2-chart').locator('canvas').first().waitFor({ timeout: 30_000 });
    expect(await byTestId(section, 'sector-peaks-scope').getAttribute('data-scope')).toBe(scope);
    const rows = await byTestId(section, 'sector-peak-table')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-testid')));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => PLAN_SECTORS.includes(r!.replace('sector-peak-', '')))).toBe(true);
    await section.screenshot({ path: join(SCREENSHOTS, 'sectors-results.png') });
    await page.screenshot({ path: join(SCREENSHOTS, 'sectors-results-viewport.png') });

    // process CO2 and the forest sink: their own table, energy CO2 at its head, net emissions apart
    const beside = byTestId(page, 'emissions-beside');
    if ((await beside.count()) > 0) {
      expect(await byTestId(beside, 'beside-co2').locator('th').textContent()).toContain('能源活动二氧化碳排放');
      expect(await byTestId(beside, 'beside-judged').count()).toBe(1);
      await beside.scrollIntoViewIfNeeded();
      await beside.screenshot({ path: join(SCREENSHOTS, 'sectors-beside.png') });
    }
    const products = byTestId(page, 'product-results');
    if ((await products.count()) > 0) {
      await products.scrollIntoViewIfNeeded();
      expect(await byTestId(products, 'product-table').locator('thead th').first().textContent()).toBe('产品');
      await products.screenshot({ path: join(SCREENSHOTS, 'sectors-products.png') });
    }

    // in English: the same section, worded
    await byTestId(page, 'btn-language').click();
    await expect
      .poll(() => section.locator('h3').first().textContent())
      .toBe('Emissions by sector and key industrial products');
    expect(await byTestId(page, 'kpi-peak-scope').textContent()).toMatch(/^judged on energy/);
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: join(SCREENSHOTS, 'sectors-results-en.png') });
    await byTestId(page, 'btn-language').click();
    expect(s.errors).toEqual([]);
  });

  it('the peak judged on energy and process CO2: said on the KPI, marked on its own line of the CO2 chart, the sector peaks on that scope', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1280, height: 720 });
    await gotoLibrary(page, s.url);
    await createFromPreset(page, 'qingyuan-policy', '清远 含过程排放');
    await page.addStyleTag({ content: '.topbar { position: static !important; }' });
    const choice = byTestId(page, 'method-peakScope-energyAndProcess');
    await choice.scrollIntoViewIfNeeded();
    await choice.click();
    await waitSaved(page);
    await expect
      .poll(() => byTestId(page, 'kpi-peak-scope').getAttribute('data-scope'), { timeout: 30_000 })
      .toBe('energyAndProcess');
    await byTestId(page, 'tab-results').click();
    await expect
      .poll(() => byTestId(page, 'results-panel').getAttribute('data-state'), { timeout: 30_000 })
      .toBe('ready');
    expect(await byTestId(page, 'kpi-peak-scope').textContent()).toBe('判定口径：能源活动和工业生产过程二氧化碳排放');
    const co2 = byTestId(page, 'chart-co2');
    await co2.scrollIntoViewIfNeeded();
    await co2.locator('canvas').first().waitFor({ timeout: 30_000 });
    await co2.screenshot({ path: join(SCREENSHOTS, 'sectors-co2-chart-with-process.png') });
    const section = byTestId(page, 'sector-results');
    await section.scrollIntoViewIfNeeded();
    expect(await byTestId(section, 'sector-peaks-scope').getAttribute('data-scope')).toBe('energyAndProcess');
    expect(await byTestId(byTestId(section, 'beside-co2WithProcess'), 'beside-judged').count()).toBe(1);
    await byTestId(section, 'sector-peaks').screenshot({ path: join(SCREENSHOTS, 'sectors-peaks-with-process.png') });
    expect(s.errors).toEqual([]);
  });

  it('compare: 清远 baseline and policy stacked by sector side by side, sector peaks per scenario', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${s.url}#/compare?ids=qingyuan-baseline,qingyuan-policy`);
    await page.addStyleTag({ content: '.topbar { position: static !important; }' });
    const section = byTestId(page, 'compare-sectors');
    await section.waitFor({ timeout: 60_000 });
    await section.scrollIntoViewIfNeeded();
    await byTestId(section, 'compare-chart-sectors').locator('canvas').first().waitFor({ timeout: 30_000 });
    expect(await byTestId(section, 'compare-peak-scope-qingyuan-baseline').textContent()).toMatch(/口径$/);
    expect(await byTestId(section, 'compare-sector-peak-industry').locator('td').count()).toBe(2);
    await section.screenshot({ path: join(SCREENSHOTS, 'sectors-compare.png') });
    expect(s.errors).toEqual([]);
  });
});
