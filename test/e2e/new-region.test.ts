import { join } from 'node:path';
import { expect, it } from 'vitest';
import { byTestId, gotoLibrary, kpi, waitSaved } from './support/app';
import { describeE2E, screenshot, SCREENSHOTS } from './support/browser';
import { servedApp } from './support/served-app';

describeE2E('browser build: a county scenario from its base-year data', () => {
  const s = servedApp();

  it('creates 阳山县 from GDP and energy, sees its results, moves the horizon to 2020–2035 and undoes it in one step', async () => {
    const { page } = s;
    await gotoLibrary(page, s.url);
    await byTestId(page, 'btn-create').click();
    const dialog = byTestId(page, 'create-dialog');
    await byTestId(dialog, 'create-mode-basics').click();
    // 阳山县 (made up but plausible): GDP 160 亿元, 60 万tce, 12 亿kWh, a 5 万千瓦 PV farm
    await byTestId(dialog, 'basics-regionName').fill('阳山县');
    await byTestId(dialog, 'basics-parentRegion').fill('清远市');
    await byTestId(dialog, 'basics-gdpYiYuan').fill('160');
    await byTestId(dialog, 'basics-energy').fill('60');
    await byTestId(dialog, 'basics-electricityUseYiKWh').fill('12');
    await dialog.locator('summary').nth(1).click();
    await byTestId(dialog, 'basics-add-plant').click();
    // 5 万千瓦 (the Chinese default unit) = 50 MW
    await byTestId(dialog, 'basics-plant-0-mw').fill('5');
    await screenshot(page, 'create-basics');
    await byTestId(dialog, 'btn-create-confirm').click();
    await page.waitForURL(/#\/scenario\/u-/);

    // results of the new scenario: a peak year within the horizon the dialog chose (2020–2035 by default)
    const peakYear = await kpi(page, 'peak-year');
    expect(peakYear).toBeGreaterThanOrEqual(2020);
    expect(peakYear).toBeLessThanOrEqual(2035);
    const region = byTestId(page, 'panel-region');
    expect(await byTestId(region, 'field-region.name').inputValue()).toBe('阳山县');
    expect(await byTestId(region, 'field-region.level').inputValue()).toBe('county');
    expect(await byTestId(region, 'field-endYear').inputValue()).toBe('2035');
    // the filled values say they are defaults
    expect(await page.locator('[data-path="economy.gdpGrowthPct"]').textContent()).toContain('默认值');
    await waitSaved(page);
    await screenshot(page, 'new-region-editor');

    // the horizon to 2060 and back: each one undoable edit
    await byTestId(region, 'field-endYear').selectOption('2060');
    await expect.poll(() => page.locator('[data-testid="kpi-peak-year"]').getAttribute('data-value')).toBeTruthy();
    await byTestId(page, 'btn-undo').click();
    await expect.poll(() => byTestId(region, 'field-endYear').inputValue()).toBe('2035');
    await byTestId(page, 'btn-redo').click();
    await expect.poll(() => byTestId(region, 'field-endYear').inputValue()).toBe('2060');
    await byTestId(region, 'field-endYear').selectOption('2035');
    await waitSaved(page);
    await page.reload();
    await byTestId(page, 'panel-region').waitFor();
    expect(await byTestId(page, 'field-endYear').inputValue()).toBe('2035');
    // the population path's 2060 point stays in the series, marked unused, and counts again with 2060
    const population = page.locator('[data-path="populationWan"]');
    await expect.poll(() => population.locator('tr[data-unused]').count()).toBe(1);
    expect(await population.locator('tr[data-unused] input').first().inputValue()).toBe('2060');
    await population.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'region-unused-point.png') });
    await byTestId(page, 'field-endYear').selectOption('2060');
    await expect.poll(() => population.locator('tr[data-unused]').count()).toBe(0);
    await byTestId(page, 'btn-undo').click();
    await expect.poll(() => population.locator('tr[data-unused]').count()).toBe(1);
  });
});
