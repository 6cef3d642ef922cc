import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { byTestId, createFromPreset, gotoLibrary, waitSaved } from './support/app';
import { describeE2E, SCREENSHOTS } from './support/browser';
import { findClipped } from './support/clipped';
import { servedApp } from './support/served-app';

/** The engine's value of a roll-up table cell. */
async function cell(page: Page, row: string, year: number): Promise<number> {
  const td = byTestId(page, row).locator(`td[data-year="${year}"]`);
  await td.waitFor({ timeout: 30_000 });
  return Number(await td.getAttribute('data-value'));
}

async function look(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-full.png`), fullPage: true });
}

describeE2E('browser build: 县区汇总, a city scenario with its counties', () => {
  const s = servedApp();

  it('opens 清远政策情景’s roll-up with 连州 attached: tables, shares and checks at 1280×720', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1280, height: 720 });
    await gotoLibrary(page, s.url);
    await page.goto(`${s.url}#/scenario/qingyuan-policy`);
    await byTestId(page, 'tab-rollup').click();
    await page.waitForURL(/view=rollup/);
    const view = byTestId(page, 'rollup-view');
    await byTestId(view, 'rollup-member-lianzhou-policy').waitFor();
    await expect.poll(() => byTestId(view, 'rollup-member-lianzhou-policy').textContent(), { timeout: 30_000 }).toContain('已计入');

    // 连州 GDP 2020 as published, 161.21 亿元; 清远 892.7 ÷ 50.2 % = 1,778.29 亿元; the rest 1,617.08
    expect(await cell(page, 'rollup-row-gdp-m0', 2020)).toBeCloseTo(161.21, 6);
    expect(await cell(page, 'rollup-row-gdp-city', 2020)).toBeCloseTo(1778.29, 6);
    expect(await cell(page, 'rollup-row-gdp-remainder', 2020)).toBeCloseTo(1617.08, 6);
    // share 161.21 / 1,778.29 = 9.07 %
    expect(await byTestId(page, 'rollup-row-gdp-m0').locator('td[data-year="2020"]').textContent()).toContain('占全市 9.1%');
    // the rest of the city is the city less the sum in every figure
    for (const metric of ['energy', 'co2', 'renewableCapacityMW']) {
      const [city, sum, rest] = await Promise.all(['city', 'sum', 'remainder'].map((r) => cell(page, `rollup-row-${metric}-${r}`, 2030)));
      expect(rest!, metric).toBeCloseTo(city! - sum!, 6);
    }
    // capacity in 万千瓦, the documents' unit
    expect(await view.locator('#rollup-h-renewableCapacityMW').textContent()).toContain('万千瓦');
    // checks: same methods, the net-imports rule stated
    expect(await byTestId(view, 'rollup-checks-ok').count()).toBe(1);
    expect(await byTestId(view, 'rollup-note').first().textContent()).toContain('净调入电量');
    // a preset: read-only
    expect(await byTestId(view, 'rollup-readonly').count()).toBe(1);

    await look(page, 'rollup-qingyuan-policy-1280x720');
    const clips = await findClipped(page);
    expect(clips.map((c) => `${c.kind} ${c.px}px ${c.where}: ${c.text}`)).toEqual([]);

    // in English: capacity in MW, the same figures
    await byTestId(page, 'btn-language').click();
    await expect.poll(() => byTestId(page, 'tab-rollup').textContent()).toBe('Counties');
    expect(await view.locator('#rollup-h-renewableCapacityMW').textContent()).toContain('MW');
    expect(await cell(page, 'rollup-row-gdp-m0', 2020)).toBeCloseTo(161.21, 6);
    await look(page, 'rollup-qingyuan-policy-en-1280x720');
    const clipsEn = await findClipped(page);
    expect(clipsEn.map((c) => `${c.kind} ${c.px}px ${c.where}: ${c.text}`)).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('on a copy: detaches 连州 政策情景, attaches 连州 基准情景 from the picker, undoes, and keeps it after a reload', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1280, height: 720 });
    await gotoLibrary(page, s.url);
    const id = await createFromPreset(page, 'qingyuan-policy', '清远 政策情景 县区汇总');
    await page.goto(`${s.url}#/scenario/${encodeURIComponent(id)}?view=rollup`);
    const view = byTestId(page, 'rollup-view');
    await byTestId(view, 'rollup-detach-lianzhou-policy').click();
    await byTestId(view, 'rollup-no-members').waitFor();

    // the picker offers counties: 连州's two scenarios, not 韶关 or 清远
    const options = () => byTestId(view, 'rollup-pick').locator('option').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value).sort());
    await expect.poll(options, { timeout: 30_000 }).toEqual(['lianzhou-baseline', 'lianzhou-policy']);
    await byTestId(view, 'rollup-pick').selectOption('lianzhou-baseline');
    await byTestId(view, 'rollup-attach').click();
    await byTestId(view, 'rollup-member-lianzhou-baseline').waitFor();
    expect(await cell(page, 'rollup-row-gdp-m0', 2020)).toBeCloseTo(161.21, 6);
    await look(page, 'rollup-attach-1280x720');

    // one undo step brings the detached-only state back
    await byTestId(page, 'btn-undo').click();
    await byTestId(view, 'rollup-no-members').waitFor();
    await byTestId(page, 'btn-redo').click();
    await byTestId(view, 'rollup-member-lianzhou-baseline').waitFor();
    await waitSaved(page);
    await page.reload();
    await byTestId(page, 'rollup-member-lianzhou-baseline').waitFor({ timeout: 30_000 });
    expect(await byTestId(page, 'rollup-member-lianzhou-policy').count()).toBe(0);
    expect(s.errors).toEqual([]);
  });
});
