import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { cellNumber } from '../../shared/io/results-layout';
import { openXlsx } from '../shared/io/xlsx-parts';
import { byTestId, createFromPreset, gotoLibrary, kpi, waitSaved } from './support/app';
import { describeE2E, SCREENSHOTS } from './support/browser';
import { ROOT } from './support/build';
import { findClipped } from './support/clipped';
import { ENGLISH_RUN, poppler, reportFieldNames } from './support/report-words';
import { servedApp } from './support/served-app';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
const OUT = join(ROOT, 'test-results/report');

/**
 * Each step looked at in both window sizes: what the window shows and the whole
 * page, into done-when-<step>-<w>x<h>(-full).png; the clipped texts of each size are
 * collected under the step's name and judged at the end, so one run shows them all.
 */
async function look(page: Page, step: string, clips: string[]): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // two frames: the charts follow the new width through a ResizeObserver
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    const name = `done-when-${step}-${size.width}x${size.height}`;
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-full.png`), fullPage: true });
    for (const c of await findClipped(page)) clips.push(`${name}: ${c.kind} ${c.px}px ${c.where}: ${c.text}`);
  }
  await page.setViewportSize(SIZES[0]);
}

/** The engine's value a roll-up cell carries. */
async function cell(page: Page, row: string, year: number): Promise<number> {
  const td = byTestId(page, row).locator(`td[data-year="${year}"]`);
  await td.waitFor({ timeout: 30_000 });
  return Number(await td.getAttribute('data-value'));
}

/** A line of the guided start's plants or targets, its fields found by their labels. */
const field = (line: Locator, label: string) => line.locator(`[aria-label="${label}"]`);

async function download(page: Page, dir: string, name: string, click: () => Promise<void>): Promise<{ file: string; suggested: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = join(dir, name);
  await dl.saveAs(file);
  return { file, suggested: dl.suggestedFilename() };
}

describeE2E('browser build: issue "done when", a county planner’s whole day in one flow', () => {
  const s = servedApp();
  const dir = mkdtempSync(join(tmpdir(), 'cpp-e2e-done-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('阳山县 from scratch, horizon 2020–2035, rolled up with 连州 into 清远, printed and exported', async () => {
    const { page } = s;
    const clips: string[] = [];
    await page.setViewportSize(SIZES[0]);

    // 1. 阳山县 from its base-year data. The data are MADE UP, only plausible for a mountain county
    // of 清远: GDP 150 亿元 (constant 2020 prices), 90 万吨标准煤 (0.6 吨标准煤/万元), 全社会用电量 12 亿千瓦时,
    // industry-heavy energy use (cement), one 3 万千瓦 PV farm, the 十四五 intensity targets handed down.
    await gotoLibrary(page, s.url);
    await byTestId(page, 'btn-create').click();
    const dialog = byTestId(page, 'create-dialog');
    await byTestId(dialog, 'create-mode-basics').check();
    await byTestId(dialog, 'basics-regionName').fill('阳山县');
    await byTestId(dialog, 'basics-level').selectOption('county');
    await byTestId(dialog, 'basics-parentRegion').fill('清远市');
    await byTestId(dialog, 'basics-baseYear').selectOption('2020');
    await byTestId(dialog, 'basics-endYear').selectOption('2060');
    await byTestId(dialog, 'basics-gdpYiYuan').fill('150');
    await byTestId(dialog, 'basics-energyKind').selectOption('total');
    await byTestId(dialog, 'basics-energy').fill('90');
    await byTestId(dialog, 'basics-electricityUseYiKWh').fill('12');
    const sections = dialog.locator('details');
    await sections.nth(0).locator('summary').click();
    // 62 + 14 + 11 + 10 + 3 = 100 %
    for (const [k, v] of Object.entries({ industry: '62', services: '14', transport: '11', households: '10', agriculture: '3' })) {
      await byTestId(dialog, `basics-sector-${k}`).fill(v);
    }
    await sections.nth(1).locator('summary').click();
    await byTestId(dialog, 'basics-add-plant').click();
    await field(sections.nth(1).locator('.basics-line').first(), '类型').selectOption('pv');
    // 3 万千瓦 in the Chinese UI's unit = 30 MW stored
    await byTestId(dialog, 'basics-plant-0-mw').fill('3');
    await sections.nth(2).locator('summary').click();
    const targets: [metric: string, from: string, year: string, value: string, binding: boolean][] = [
      ['co2IntensityReduction', '2020', '2025', '19.5', true],
      ['energyIntensityReduction', '2020', '2025', '14', true],
      ['nonFossilShare', '', '2030', '30', false],
    ];
    for (const [i, [metric, from, year, value, binding]] of targets.entries()) {
      await byTestId(dialog, 'basics-add-target').click();
      const line = sections.nth(2).locator('.basics-line').nth(i);
      await field(line, '指标').selectOption(metric);
      await field(line, '起始年').fill(from);
      await field(line, '目标年').fill(year);
      await field(line, '目标值').fill(value);
      await line.locator('input[type="checkbox"]').setChecked(binding);
    }
    expect(await byTestId(dialog, 'create-name').inputValue()).toBe('阳山县基准情景');
    await look(page, '1-basics', clips);
    await byTestId(dialog, 'btn-create-confirm').click();
    await page.waitForURL(/#\/scenario\/u-/);
    const county = decodeURIComponent(new URL(page.url()).hash.replace('#/scenario/', ''));
    expect(await kpi(page, 'peak-year')).toBeGreaterThanOrEqual(2020);
    const region = byTestId(page, 'panel-region');
    expect(await byTestId(region, 'field-region.name').inputValue()).toBe('阳山县');
    expect(await byTestId(region, 'field-region.level').inputValue()).toBe('county');
    expect(await byTestId(region, 'field-endYear').inputValue()).toBe('2060');

    // 2. The horizon to 2020–2035: one undoable edit
    await byTestId(region, 'field-endYear').selectOption('2035');
    await expect.poll(() => kpi(page, 'co2-2030')).toBeGreaterThan(0);
    await byTestId(page, 'btn-undo').click();
    await expect.poll(() => byTestId(region, 'field-endYear').inputValue()).toBe('2060');
    await byTestId(page, 'btn-redo').click();
    await expect.poll(() => byTestId(region, 'field-endYear').inputValue()).toBe('2035');
    await waitSaved(page);
    await look(page, '2-editor', clips);
    await byTestId(page, 'tab-results').click();
    await page.waitForURL(/view=results/);
    await byTestId(page, 'results-panel').and(page.locator('[data-state="ready"]')).waitFor({ timeout: 30_000 });
    // 2020–2035 holds the 十四五, 十五五 and 十六五 periods and nothing after
    await byTestId(page, 'period-row-16').waitFor();
    expect(await page.locator('[data-testid^="period-row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')))).toEqual([
      'period-row-14',
      'period-row-15',
      'period-row-16',
    ]);
    const co2In2030 = await kpi(page, 'co2-2030');
    await look(page, '2-results', clips);

    // 3. A user copy of 清远政策情景 (the preset attaches 连州政策情景) with 阳山县 attached from the picker
    await gotoLibrary(page, s.url);
    const city = await createFromPreset(page, 'qingyuan-policy', '清远市 政策情景（县区汇总）');
    await page.goto(`${s.url}#/scenario/${encodeURIComponent(city)}?view=rollup`);
    const view = byTestId(page, 'rollup-view');
    await byTestId(view, 'rollup-member-lianzhou-policy').waitFor();
    await byTestId(view, 'rollup-pick').selectOption(county);
    await byTestId(view, 'rollup-attach').click();
    await expect.poll(() => byTestId(view, `rollup-member-${county}`).textContent(), { timeout: 30_000 }).toContain('已计入');
    expect(await byTestId(view, `rollup-member-${county}`).textContent()).toContain('2020–2035 年');
    // members in the order attached: 连州 (m0), 阳山 (m1); then the sum, the rest, the city, the difference
    expect(await byTestId(page, 'rollup-row-gdp-m0').locator('th').textContent()).toContain('连州');
    expect(await byTestId(page, 'rollup-row-gdp-m1').locator('th').textContent()).toContain('阳山县');
    const [m0, m1, sum, rest, total, diff] = await Promise.all(
      ['m0', 'm1', 'sum', 'remainder', 'city', 'difference'].map((r) => cell(page, `rollup-row-gdp-${r}`, 2025)),
    );
    // 连州 + 阳山 + the rest of the city = the city; the difference is the sum less the city
    expect(m0! + m1! + rest!).toBeCloseTo(total!, 6);
    expect(sum!).toBeCloseTo(m0! + m1!, 6);
    expect(diff!).toBeCloseTo(sum! - total!, 6);
    // 阳山's share of the city's GDP, worked from the two cells, as the cell words it
    const share = ((m1! / total!) * 100).toFixed(1);
    expect(await byTestId(page, 'rollup-row-gdp-m1').locator('td[data-year="2025"]').textContent()).toContain(`占全市 ${share}%`);
    // the table stops with 阳山's horizon, and a note says so
    const heads = await byTestId(page, 'rollup-table-gdp').locator('thead th').allTextContents();
    expect(heads.at(-1)).toBe('2035 年');
    const commonYears = view.locator('[data-testid="rollup-note"][data-code="rollup.commonYears"]');
    expect(await commonYears.textContent()).toContain('2020–2035 年');
    // 阳山 names 清远市 as its parent and is a county: no level or parent warning
    const warnings = await view.locator('[data-testid="rollup-warning"]').evaluateAll((ws) => ws.map((w) => w.getAttribute('data-code')));
    expect(warnings.filter((c) => /level|Parent|noParent/.test(c ?? ''))).toEqual([]);
    await waitSaved(page);
    await look(page, '3-rollup', clips);

    // 4. The county's report in Chinese, printed the way the app prints: the toolbar's button
    // (window.print in the browser build, caught here), then Chromium's PDF with the desktop app's options
    await page.goto(`${s.url}#/report/${encodeURIComponent(county)}`);
    await page.locator('[data-testid="report-page"][data-ready="true"]').waitFor({ timeout: 45_000 });
    await look(page, '4-report', clips);
    await page.evaluate('window.__printed = []; window.print = () => window.__printed.push(document.title)');
    await byTestId(page, 'btn-print-report').click();
    await expect.poll(() => page.evaluate('window.__printed')).toHaveLength(1);
    const printedAs = ((await page.evaluate('window.__printed')) as string[])[0]!;
    expect(printedAs).toContain('阳山县');
    // as the desktop app's printToPDF does (electron/main/pdf.ts): A4 portrait, the report's CSS page box
    // (its @page margins), backgrounds, an outline
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, outline: true });
    mkdirSync(OUT, { recursive: true });
    const pdfFile = join(OUT, 'done-when-yangshan-zh.pdf');
    writeFileSync(pdfFile, pdf);
    const text = poppler('pdftotext', ['-layout', pdfFile, '-']).replace(/[ \t]+/g, ' ').replace(/\f/g, '\n');
    poppler('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdfFile, join(OUT, 'done-when-yangshan-zh')]);
    expect(text).toContain('阳山县');
    // the figures typed at the guided start are cited as the region's own data, not as a change
    expect(text).toContain('新建情景时录入的本地区基础数据');
    expect(text).not.toContain('用户修改：新建情景时录入');
    const fields = reportFieldNames();
    // source keys name list items by id (`industry.products[id=qy-clinker].outputWanT`): matched as written, not as a pattern
    const literal = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(fields.filter((k) => new RegExp(`(?<![A-Za-z])${literal(k)}(?![A-Za-z])`).test(text))).toEqual([]);
    expect(text.match(/\S*\.(?:txt|md|json|csv|xlsx|ts)\b/g) ?? []).toEqual([]);
    expect(text.match(/\b\d{3}_[0-9a-f]{6,}/g) ?? []).toEqual([]);
    expect(text.match(ENGLISH_RUN) ?? []).toEqual([]);
    // the yearly table ends with the horizon
    expect(text).toMatch(/\n\s*2035 /);
    expect(text).not.toMatch(/\n\s*2036 /);

    // 5. The workbook of the county and the city, read back by the test's own reader; and the county
    // as a scenario file, run by the command line
    await gotoLibrary(page, s.url);
    await byTestId(page, 'btn-export').click();
    const exportDialog = byTestId(page, 'export-dialog');
    await byTestId(exportDialog, `export-pick-${county}`).check();
    await byTestId(exportDialog, `export-pick-${city}`).check();
    await byTestId(exportDialog, 'export-format-xlsx').check();
    await look(page, '5-export', clips);
    const book = await download(page, dir, 'book.xlsx', () => byTestId(exportDialog, 'btn-export-confirm').click());
    // named after the scenarios, the date and the time
    expect(book.suggested).toMatch(/^清远市 政策情景（县区汇总）及另外1个情景-结果-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?\.xlsx$/);
    await byTestId(page, 'io-notice').waitFor();
    await look(page, '5-exported', clips);
    const xlsx = await openXlsx(new Uint8Array(readFileSync(book.file)));
    const sheet = [...xlsx.sheets.entries()].find(([name]) => name.includes('阳山县'));
    expect(sheet, [...xlsx.sheets.keys()].join(', ')).toBeDefined();
    expect([...xlsx.sheets.keys()].some((n) => n.includes('清远市'))).toBe(true);
    const ws = sheet![1];
    const header = [...ws.cells].filter(([ref]) => /^[A-Z]+1$/.test(ref));
    const col2030 = header.find(([, v]) => v === 2030)![0].replace(/1$/, '');
    expect(header.map(([, v]) => v).filter((v) => typeof v === 'number')).toContain(2035);
    expect(header.map(([, v]) => v)).not.toContain(2036);
    const co2Row = [...ws.cells].find(([ref, v]) => /^A\d+$/.test(ref) && v === '二氧化碳排放')![0].slice(1);
    const inBook = ws.cells.get(`${col2030}${co2Row}`);
    expect(inBook).toBe(cellNumber(co2In2030));

    await byTestId(page, 'btn-export').click();
    // the dialog starts with all of the user's scenarios ticked: the county alone
    await byTestId(exportDialog, `export-pick-${county}`).check();
    await byTestId(exportDialog, `export-pick-${city}`).uncheck();
    await byTestId(exportDialog, 'export-format-json').check();
    const json = await download(page, dir, 'yangshan.json', () => byTestId(exportDialog, 'btn-export-confirm').click());
    const cli = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/calc.ts', json.file, '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    const run = JSON.parse(cli.stdout) as { years: { year: number; co2: number }[] };
    expect(run.years.at(-1)!.year).toBe(2035);
    expect(cellNumber(run.years.find((y) => y.year === 2030)!.co2)).toBe(inBook);

    // 6. nothing clipped in any step at either size
    expect(clips).toEqual([]);
    expect(s.errors).toEqual([]);
  }, 180_000);
});
