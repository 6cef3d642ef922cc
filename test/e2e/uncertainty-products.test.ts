import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { byTestId, createFromPreset, gotoLibrary, waitSaved } from './support/app';
import { SCREENSHOTS, describeE2E } from './support/browser';
import { findClipped } from './support/clipped';
import { servedApp } from './support/served-app';

describeE2E('browser build: 韶关’s key products in the uncertainty analysis and the peak scope among the other methods', () => {
  const s = servedApp({ browser: 'perFile' });

  it('a planner widens the output range of the key products, runs the analysis, and reads the peak judged on energy and process CO2', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1280, height: 900 });
    await gotoLibrary(page, s.url);
    await createFromPreset(page, 'shaoguan-policy', '韶关 产品不确定性');
    await byTestId(page, 'tab-results').click();
    await page.waitForURL(/view=results/);
    const panel = byTestId(page, 'uncertainty-panel');
    await panel.waitFor({ timeout: 30_000 });

    // 韶关 has steel, clinker, cement and lead-zinc: both product inputs are sampled by default, with their reasoning
    const output = byTestId(page, 'range-productOutput');
    await output.scrollIntoViewIfNeeded();
    expect(await output.textContent()).toContain('重点产品产量');
    expect(await byTestId(page, 'field-uncertainty.inputs.productOutput.low').inputValue()).toBe('0.85');
    expect(await byTestId(page, 'field-uncertainty.inputs.productUnitEnergy.high').inputValue()).toBe('1.05');
    expect(await byTestId(page, 'range-productOutput-inactive').count()).toBe(0);

    // a closure under 产能置换 may cut output by a third: low 0.7, stored with the scenario
    const low = byTestId(page, 'field-uncertainty.inputs.productOutput.low');
    await low.fill('0.7');
    await low.press('Tab');
    await waitSaved(page);
    const runs = byTestId(page, 'field-uncertainty.runs');
    await runs.fill('300');
    await runs.press('Tab');
    await waitSaved(page);
    await byTestId(page, 'uncertainty-start').click();
    const results = byTestId(page, 'uncertainty-results');
    await results.waitFor({ timeout: 60_000 });
    expect(await results.getAttribute('data-runs')).toBe('300');
    await byTestId(page, 'uncertainty-tornado').locator('canvas').first().waitFor({ timeout: 20_000 });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await output.scrollIntoViewIfNeeded();
    await byTestId(page, 'uncertainty-ranges').screenshot({ path: join(SCREENSHOTS, 'uncertainty-products-ranges.png') });
    await byTestId(page, 'uncertainty-tornado').scrollIntoViewIfNeeded();
    await byTestId(page, 'uncertainty-tornado').screenshot({ path: join(SCREENSHOTS, 'uncertainty-products-tornado.png') });
    const clipped = (await findClipped(page)).filter((c) => c.where.includes('unc'));
    expect(clipped.map((c) => `${c.kind} ${c.where}: ${c.text}`)).toEqual([]);

    // 韶关 has clinker and flux process CO2: the peak judged on energy and process CO2 is one of the other methods
    await byTestId(page, 'other-methods').locator('summary').click();
    const table = byTestId(page, 'other-methods-table');
    await table.waitFor({ timeout: 20_000 });
    const scope = byTestId(table, 'other-method-peakScope-energyAndProcess');
    expect(await scope.textContent()).toContain('达峰口径：能源活动和工业生产过程排放');
    await scope.scrollIntoViewIfNeeded();
    await table.screenshot({ path: join(SCREENSHOTS, 'other-methods-peak-scope.png') });
    expect(s.errors).toEqual([]);
  });
});
