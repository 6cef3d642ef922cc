import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { byTestId, createFromPreset, gotoLibrary } from './support/app';
import { describeE2E, SCREENSHOTS } from './support/browser';
import { findClipped, type Clip } from './support/clipped';
import { servedApp } from './support/served-app';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** What the window shows and the whole page, for looking at; then every clipped text on the page. */
async function look(page: Page, name: string): Promise<Clip[]> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-full.png`), fullPage: true });
  return findClipped(page);
}

/** The clips as lines a failing test prints, so the offending element can be found. */
const describeClips = (clips: Clip[]) => clips.map((c) => `${c.kind} ${c.px}px ${c.where}: ${c.text}`).join('\n');

/** Waits until every chart under `scope` has drawn (a canvas or an svg). */
async function chartsDrawn(page: Page, selector: string): Promise<void> {
  const charts = page.locator(selector);
  await charts.first().waitFor({ timeout: 30_000 });
  await expect.poll(() => page.locator(`${selector} canvas, ${selector} svg`).count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(await charts.count());
}

describeE2E('browser build: every screen laid out without clipped text at 1280×720 and 1920×1080', () => {
  const s = servedApp({ browser: 'perFile' });
  let id = '';

  it('creates a scenario to look at', async () => {
    const { page } = s;
    await page.setViewportSize(SIZES[0]);
    await gotoLibrary(page, s.url);
    id = await createFromPreset(page, 'qingyuan-policy', '清远 政策情景 光伏加码方案');
  });

  for (const size of SIZES) {
    const tag = `${size.width}x${size.height}`;

    it(`library at ${tag}`, async () => {
      const { page } = s;
      await page.setViewportSize(size);
      await gotoLibrary(page, s.url);
      await expect.poll(() => byTestId(byTestId(page, 'library-presets'), 'target-summary').count(), { timeout: 30_000 }).toBe(6);
      const clips = await look(page, `layout-library-${tag}`);
      expect(clips, describeClips(clips)).toEqual([]);
    });

    it(`editor at ${tag}`, async () => {
      const { page } = s;
      await page.setViewportSize(size);
      await page.goto(`${s.url}#/scenario/${encodeURIComponent(id)}`);
      await byTestId(page, 'kpi-peak-year').waitFor({ timeout: 30_000 });
      // every panel mounted (the first paint shows a few, the rest follow)
      await byTestId(page, 'panel-history').locator('.panel-body').waitFor();
      await expect.poll(() => page.getByText('正在载入…').count(), { timeout: 20_000 }).toBe(0);
      const clips = await look(page, `layout-editor-${tag}`);
      // the widest tables, as the window shows them
      for (const panel of ['projects', 'storage', 'targets']) {
        await byTestId(page, `panel-${panel}`).scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SCREENSHOTS, `layout-editor-${panel}-${tag}.png`) });
      }
      expect(clips, describeClips(clips)).toEqual([]);
    });

    it(`results at ${tag}`, async () => {
      const { page } = s;
      await page.setViewportSize(size);
      await page.goto(`${s.url}#/scenario/${encodeURIComponent(id)}?view=results`);
      await byTestId(page, 'results-panel').waitFor({ timeout: 30_000 });
      await chartsDrawn(page, '[data-testid^="chart-"]');
      await byTestId(page, 'period-table').waitFor();
      const clips = await look(page, `layout-results-${tag}`);
      expect(clips, describeClips(clips)).toEqual([]);
    });

    it(`compare at ${tag}`, async () => {
      const { page } = s;
      await page.setViewportSize(size);
      await page.goto(`${s.url}#/compare?ids=qingyuan-baseline,${encodeURIComponent(id)}`);
      await byTestId(page, 'compare-table').waitFor({ timeout: 30_000 });
      await chartsDrawn(page, '[data-testid^="compare-chart-"]');
      const clips = await look(page, `layout-compare-${tag}`);
      expect(clips, describeClips(clips)).toEqual([]);
    });

    it(`report at ${tag}`, async () => {
      const { page } = s;
      await page.setViewportSize(size);
      await page.goto(`${s.url}#/report/${encodeURIComponent(id)}`);
      await page.locator('[data-testid="report-page"][data-ready="true"]').waitFor({ timeout: 30_000 });
      const clips = await look(page, `layout-report-${tag}`);
      expect(clips, describeClips(clips)).toEqual([]);
    });
  }

  it('in English at 1280x720: the editor and the results (longer words, same room)', async () => {
    const { page } = s;
    await page.setViewportSize(SIZES[0]);
    await page.goto(`${s.url}#/scenario/${encodeURIComponent(id)}`);
    await byTestId(page, 'btn-language').click();
    await expect.poll(() => byTestId(page, 'tab-results').textContent()).toBe('Results');
    await byTestId(page, 'kpi-peak-year').waitFor({ timeout: 30_000 });
    await byTestId(page, 'panel-history').locator('.panel-body').waitFor();
    await expect.poll(() => page.getByText('Loading…').count(), { timeout: 20_000 }).toBe(0);
    const editor = await look(page, 'layout-editor-1280x720-en');
    await byTestId(page, 'tab-results').click();
    await chartsDrawn(page, '[data-testid^="chart-"]');
    const results = await look(page, 'layout-results-1280x720-en');
    await byTestId(page, 'btn-language').click();
    expect(editor, describeClips(editor)).toEqual([]);
    expect(results, describeClips(results)).toEqual([]);
  });

  it('the check itself finds text cut by a box, hidden behind an ellipsis, beyond the window, or too long for its field', async () => {
    const { page } = s;
    await page.setViewportSize(SIZES[0]);
    await gotoLibrary(page, s.url);
    const planted = `(() => {
      const box = document.createElement('div');
      box.id = 'planted';
      box.innerHTML =
        '<div style="width:80px;height:20px;overflow:hidden;white-space:nowrap">单位地区生产总值二氧化碳排放降低</div>' +
        '<div style="width:80px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap">非化石能源消费比重目标</div>' +
        '<div style="position:absolute;left:1250px;top:0;white-space:nowrap">净调入电量超出窗口</div>' +
        '<input style="width:40px" value="清远华侨工业园天然气分布式能源站项目">' +
        '<span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">读屏用的标签不算</span>' +
        '<div style="width:80px;overflow:auto;white-space:nowrap">可滚动的内容不算被截断</div>';
      document.body.appendChild(box);
    })()`;
    await page.evaluate(planted);
    const clips = await findClipped(page);
    await page.evaluate(`document.getElementById('planted').remove()`);
    expect(clips.map((c) => `${c.kind}:${c.text}`).sort()).toEqual(
      ['overflow:单位地区生产总值二氧化碳排放降低', 'overflow:非化石能源消费比重目标', 'viewport:净调入电量超出窗口', 'overflow:清远华侨工业园天然气分布式能源站项目'].sort(),
    );
  });

  it('made no page errors', () => {
    expect(s.errors).toEqual([]);
  });
});
