import { expect, it } from 'vitest';
import { byTestId } from './support/app';
import { describeE2E, screenshot } from './support/browser';
import { servedApp } from './support/served-app';

const BASE = 'qingyuan-baseline';
const POLICY = 'qingyuan-policy';
const DRIVERS = [
  'gdp',
  'energyIntensity',
  'fuelMix',
  'electricityConversion',
  'electricityMix',
  'gridFactor',
  'thermalFactor',
  'emissionFactors',
  'other',
];

describeE2E('browser build: compare view', () => {
  const s = servedApp();

  it('compares the Qingyuan presets: key figures, targets, LMDI waterfall; survives a reload; English', async () => {
    const { page } = s;
    await page.goto(`${s.url}#/compare?ids=${BASE},${POLICY}`);
    await byTestId(page, 'compare-page').waitFor();
    const table = byTestId(page, 'compare-table');
    await table.waitFor({ timeout: 20_000 });

    const value = async (id: string) => Number(await byTestId(page, id).getAttribute('data-value'));
    const attr = async (id: string, name: string) => Number(await byTestId(page, id).getAttribute(name));
    // the policy scenario emits less than the baseline in 2030, and the table says by how much
    const base2030 = await value(`compare-cell-${BASE}-co2-2030`);
    const policy2030 = await value(`compare-cell-${POLICY}-co2-2030`);
    expect(base2030).toBeGreaterThan(0);
    expect(policy2030).toBeLessThan(base2030);
    expect(await attr(`compare-cell-${POLICY}-co2-2030`, 'data-diff')).toBeCloseTo(policy2030 - base2030, 6);
    expect(await attr(`compare-cell-${POLICY}-co2-2030`, 'data-diff-pct')).toBeCloseTo(
      ((policy2030 - base2030) / base2030) * 100,
      6,
    );
    for (const year of [2025, 2030, 2035, 2060])
      await byTestId(page, `compare-cell-${POLICY}-co2PerGdp-${year}`).waitFor();

    // every target of both scenarios has a verdict in the matrix
    const matrix = byTestId(page, 'target-matrix');
    const verdicts = await matrix
      .locator('[data-testid^="matrix-cell-"]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-met')));
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.every((v) => v === 'true' || v === 'false' || v === 'unknown')).toBe(true);

    // the waterfall is drawn, and the parts of the gap add up to the gap
    const waterfall = byTestId(page, 'lmdi-waterfall');
    await expect.poll(() => waterfall.locator('canvas').count()).toBeGreaterThan(0);
    const total = await value('lmdi-total');
    expect(total).toBeCloseTo(policy2030 - base2030, 6);
    let sum = 0;
    for (const d of DRIVERS) sum += await value(`lmdi-part-${d}`);
    expect(sum).toBeCloseTo(total, 6);
    expect(await byTestId(page, 'lmdi-check').getAttribute('data-adds-up')).toBe('true');
    for (const id of ['co2', 'co2PerGdp', 'nonFossil', 'renewableCapacity']) {
      await expect.poll(() => byTestId(page, `compare-chart-${id}`).locator('canvas').count()).toBeGreaterThan(0);
    }
    expect(await byTestId(page, 'btn-print-compare').getAttribute('href')).toBe(`#/report?ids=${BASE},${POLICY}`);
    await screenshot(page, 'compare');

    // a third scenario from another region, kept in the URL through a reload
    await byTestId(page, 'compare-pick-shaoguan-policy').check();
    await byTestId(page, 'compare-cell-shaoguan-policy-co2-2030').waitFor();
    expect(new URL(page.url()).hash).toBe(`#/compare?ids=${BASE},${POLICY},shaoguan-policy`);
    await page.reload();
    await byTestId(page, 'compare-cell-shaoguan-policy-co2-2030').waitFor({ timeout: 20_000 });
    expect(await byTestId(page, 'compare-pick-shaoguan-policy').isChecked()).toBe(true);
    await byTestId(page, 'compare-pick-shaoguan-policy').uncheck();
    await expect.poll(() => byTestId(page, 'compare-cell-shaoguan-policy-co2-2030').count()).toBe(0);

    await byTestId(page, 'btn-language').click();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Compare scenarios');
    await table.waitFor();
    expect(await table.textContent()).toContain('CO2 per unit of GDP');
    expect(await byTestId(page, 'lmdi-section').textContent()).toContain('Energy intensity');
    expect(await value(`compare-cell-${POLICY}-co2-2030`)).toBe(policy2030);
    await screenshot(page, 'compare-en');
    expect(s.errors).toEqual([]);
  });
});
