import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { byTestId, createFromPreset, gotoLibrary, waitSaved } from './support/app';
import { SCREENSHOTS, describeE2E } from './support/browser';
import { findClipped } from './support/clipped';
import { servedApp } from './support/served-app';

/** The window and the uncertainty panel whole, for looking at. */
async function look(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  await byTestId(page, 'uncertainty-panel').screenshot({ path: join(SCREENSHOTS, `${name}-panel.png`) });
}

/** Records every runs-done count the progress bar shows from now on (a run of 1,000 may take a fraction of a second). */
async function watchProgress(page: Page) {
  await page.evaluate(`(() => {
    window.__progress = [];
    const seen = () => {
      const el = document.querySelector('[data-testid="uncertainty-progress"]');
      if (el) window.__progress.push([Number(el.getAttribute('data-done')), Number(el.getAttribute('data-total'))]);
    };
    new MutationObserver(seen).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-done'] });
  })()`);
}
const progressSeen = (page: Page) => page.evaluate('window.__progress') as Promise<[number, number][]>;

describeE2E('browser build: uncertainty analysis under the results', () => {
  const s = servedApp({ browser: 'perFile' });

  it('runs 1,000 samples with seed 1 on a preset copy: progress to the end, 达标概率 by target, bands, peak years, tornado', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1280, height: 800 });
    await gotoLibrary(page, s.url);
    await createFromPreset(page, 'lianzhou-policy', '连州 不确定性');
    await byTestId(page, 'tab-results').click();
    await page.waitForURL(/view=results/);
    const panel = byTestId(page, 'uncertainty-panel');
    await panel.waitFor({ timeout: 30_000 });
    await panel.scrollIntoViewIfNeeded();
    expect(await byTestId(page, 'field-uncertainty.runs').inputValue()).toBe('1000');
    expect(await byTestId(page, 'field-uncertainty.seed').inputValue()).toBe('1');
    expect(await byTestId(page, 'range-gdpGrowth').isVisible()).toBe(true);
    await look(page, 'uncertainty-1280-before');

    await watchProgress(page);
    await byTestId(page, 'uncertainty-start').click();
    const results = byTestId(page, 'uncertainty-results');
    await results.waitFor({ timeout: 60_000 });
    const seen = await progressSeen(page);
    expect(seen.length).toBeGreaterThan(0);
    // the bar went up to all 1,000 runs before the results came
    expect(Math.max(...seen.map(([done]) => done))).toBe(1000);
    expect(seen.every(([, total]) => total === 1000)).toBe(true);
    expect(await byTestId(page, 'uncertainty-progress').count()).toBe(0);

    expect(await results.getAttribute('data-runs')).toBe('1000');
    expect(await results.getAttribute('data-seed')).toBe('1');
    expect(await byTestId(page, 'uncertainty-basis').textContent()).toContain('1,000 次拉丁超立方抽样，随机种子 1');
    // one probability per target of the checklist, each a share between 0 and 1
    const rows = page.locator('[data-testid^="probability-"]');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const p of await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-probability'))))) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    for (const m of ['co2', 'co2PerGdp', 'energyPerGdpAssessed', 'nonFossilShare']) {
      await byTestId(page, `uncertainty-band-${m}`).locator('canvas').first().waitFor({ timeout: 20_000 });
    }
    await byTestId(page, 'uncertainty-peak').locator('canvas').first().waitFor();
    await byTestId(page, 'uncertainty-tornado').locator('canvas').first().waitFor();
    await byTestId(page, 'uncertainty-basis').scrollIntoViewIfNeeded();
    await look(page, 'uncertainty-1280-results');
    const clipped = (await findClipped(page)).filter((c) => c.where.includes('uncertainty'));
    expect(clipped.map((c) => `${c.kind} ${c.where}: ${c.text}`)).toEqual([]);

    // the same seed again: the same figures
    const first = await byTestId(page, 'uncertainty-probabilities').textContent();
    await byTestId(page, 'uncertainty-start').click();
    await expect.poll(() => byTestId(page, 'uncertainty-progress').count(), { timeout: 60_000 }).toBe(0);
    expect(await byTestId(page, 'uncertainty-probabilities').textContent()).toBe(first);

    // 供电成本 under the bands: P10 ≤ P50 ≤ P90 of the present value, 亿元; adding a costs range (every cost ×0.85–×1.15)
    // widens its spread and leaves the 达标概率 as they were (the costs move no emission figure)
    const cells = async () =>
      (await byTestId(page, 'uncertainty-costs-presentValue').locator('td').allTextContents()).map((v) => Number(v.replace(/,/g, '')));
    const before = await cells();
    expect(before[0]).toBeLessThanOrEqual(before[1]!);
    expect(before[1]).toBeLessThanOrEqual(before[2]!);
    expect(await byTestId(page, 'uncertainty-costs').textContent()).toContain('亿元');
    await byTestId(page, 'uncertainty-add-input').selectOption('costs');
    await waitSaved(page);
    await byTestId(page, 'range-costs').waitFor();
    await byTestId(page, 'uncertainty-start').click();
    await expect.poll(() => byTestId(page, 'uncertainty-stale').count(), { timeout: 60_000 }).toBe(0);
    await expect.poll(() => byTestId(page, 'uncertainty-progress').count(), { timeout: 60_000 }).toBe(0);
    const after = await cells();
    expect(after[2]! - after[0]!).toBeGreaterThan(before[2]! - before[0]!);
    expect(await byTestId(page, 'uncertainty-probabilities').textContent()).toBe(first);
    await byTestId(page, 'uncertainty-costs').scrollIntoViewIfNeeded();
    await byTestId(page, 'uncertainty-costs').screenshot({ path: join(SCREENSHOTS, 'uncertainty-1280-costs.png') });
  });

  it('a run of 100,000 stops on cancel and shows nothing of itself; the results before stay, marked stale', async () => {
    const { page } = s;
    const runs = byTestId(page, 'field-uncertainty.runs');
    await runs.scrollIntoViewIfNeeded();
    await runs.fill('100000');
    await runs.press('Tab');
    await waitSaved(page);
    expect(await byTestId(page, 'uncertainty-stale').isVisible()).toBe(true);

    // cancelled as soon as the bar shows: a fast machine finishes 100,000 runs in a few seconds, so nothing is
    // measured or photographed before the click
    await byTestId(page, 'uncertainty-start').click();
    const progress = byTestId(page, 'uncertainty-progress');
    await progress.waitFor();
    expect(await progress.getAttribute('data-total')).toBe('100000');
    await byTestId(page, 'uncertainty-cancel').click();
    await byTestId(page, 'uncertainty-cancelled').waitFor();
    expect(await progress.count()).toBe(0);
    // the results shown are the 1,000 runs of before, stale, never the cancelled job's
    const results = byTestId(page, 'uncertainty-results');
    expect(await results.getAttribute('data-runs')).toBe('1000');
    expect(await byTestId(page, 'uncertainty-stale').isVisible()).toBe(true);
    // it stays stopped
    await page.waitForTimeout(1500);
    expect(await progress.count()).toBe(0);
    expect(await results.getAttribute('data-runs')).toBe('1000');
  });

  it('the page stays free while 100,000 runs go on in the workers, which then show their results', async () => {
    const { page } = s;
    await byTestId(page, 'uncertainty-start').click();
    const progress = byTestId(page, 'uncertainty-progress');
    await progress.waitFor();
    await look(page, 'uncertainty-1280-running');
    // over one second of the job (or what is left of it), timers set 16 ms apart fire with no long gap: a job
    // on this thread would hold it for the whole run, seconds
    const gap = (await page.evaluate(`new Promise((done) => {
      let last = performance.now(), worst = 0;
      const end = last + 1000;
      const running = () => document.querySelector('[data-testid="uncertainty-progress"]') !== null;
      const tick = () => { const now = performance.now(); worst = Math.max(worst, now - last); last = now; if (now < end && running()) setTimeout(tick, 16); else done(worst); };
      setTimeout(tick, 16);
    })`)) as number;
    console.log(`[uncertainty] longest gap between 16 ms timers during 100,000 runs: ${Math.round(gap)} ms`);
    expect(gap).toBeLessThan(1000);
    await expect.poll(() => progress.count(), { timeout: 120_000 }).toBe(0);
    const results = byTestId(page, 'uncertainty-results');
    expect(await results.getAttribute('data-runs')).toBe('100000');
    expect(await byTestId(page, 'uncertainty-stale').count()).toBe(0);
  });

  it('compares two presets side by side on demand: 达标概率, the 2030 CO2 and peak year at P10/P50/P90', async () => {
    const { page } = s;
    await page.goto(`${s.url}#/compare?ids=lianzhou-baseline,lianzhou-policy`);
    const section = byTestId(page, 'uncertainty-compare');
    await section.waitFor({ timeout: 30_000 });
    await section.scrollIntoViewIfNeeded();
    expect(await byTestId(page, 'uncertainty-compare-lianzhou-policy').getAttribute('data-state')).toBe('none');
    await byTestId(page, 'uncertainty-compare-start').click();
    for (const id of ['lianzhou-baseline', 'lianzhou-policy']) {
      await expect
        .poll(() => byTestId(page, `uncertainty-compare-${id}`).getAttribute('data-state'), { timeout: 60_000 })
        .toBe('done');
    }
    const row = await byTestId(page, 'uncertainty-compare-lianzhou-policy').textContent();
    expect(row).toContain('1,000 / 1');
    expect(row).toMatch(/\d+(\.\d)?%/);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await section.screenshot({ path: join(SCREENSHOTS, 'uncertainty-compare-1280.png') });
    const clipped = (await findClipped(page)).filter((c) => c.where.includes('uncertainty'));
    expect(clipped.map((c) => `${c.kind} ${c.where}: ${c.text}`)).toEqual([]);
    await page.goBack();
    await byTestId(page, 'uncertainty-panel').waitFor({ timeout: 30_000 });
  });

  it('reads in English', async () => {
    const { page } = s;
    await byTestId(page, 'btn-language').click();
    await expect
      .poll(() => byTestId(page, 'uncertainty-panel').locator('h2').textContent())
      .toBe('Uncertainty analysis');
    await byTestId(page, 'uncertainty-ranges').scrollIntoViewIfNeeded();
    await look(page, 'uncertainty-1280-en');
    // the tornado's longer English names beside their bars
    const tornado = byTestId(page, 'uncertainty-tornado');
    await tornado.scrollIntoViewIfNeeded();
    await tornado.locator('canvas').first().waitFor();
    await tornado.screenshot({ path: join(SCREENSHOTS, 'uncertainty-1280-en-tornado.png') });
    const clipped = (await findClipped(page)).filter((c) => c.where.includes('uncertainty'));
    expect(clipped.map((c) => `${c.kind} ${c.where}: ${c.text}`)).toEqual([]);
  });
});
