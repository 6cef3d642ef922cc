import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runScenario } from '../../shared/engine/run';
import { cellNumber } from '../../shared/io/results-layout';
import { presetById } from '../../seeds/index';
import { openXlsx } from '../shared/io/xlsx-parts';
import { byTestId, gotoLibrary } from './support/app';
import { describeE2E, screenshot } from './support/browser';
import { servedApp } from './support/served-app';

describeE2E('browser build: the results workbook', () => {
  const s = servedApp();
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cpp-e2e-xlsx-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports a preset’s results under its name, date and time, laid out as a statistical table with the engine’s figures', async () => {
    const { page } = s;
    await gotoLibrary(page, s.url);
    await byTestId(page, 'btn-export').click();
    const dialog = byTestId(page, 'export-dialog');
    await byTestId(dialog, 'export-pick-lianzhou-policy').check();
    await byTestId(dialog, 'export-format-xlsx').check();
    expect(await byTestId(dialog, 'export-capacity-unit').textContent()).toContain('装机容量以万千瓦计');
    await screenshot(page, 'workbook-export-dialog');
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(dialog, 'btn-export-confirm').click()]);
    expect(download.suggestedFilename()).toMatch(/^连州市 政策情景-结果-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?\.xlsx$/);
    await byTestId(page, 'io-notice').waitFor();
    await screenshot(page, 'workbook-export-notice');
    const file = join(dir, 'out.xlsx');
    await download.saveAs(file);

    const book = await openXlsx(new Uint8Array(readFileSync(file)));
    const ws = book.sheets.get('连州市 政策情景')!;
    expect([ws.cells.get('A1'), ws.cells.get('C1'), ws.cells.get('D1')]).toEqual(['指标', '单位 Unit', 2020]);
    const row = [...ws.cells].find(([ref, v]) => /^A\d+$/.test(ref) && v === '二氧化碳排放')![0].slice(1);
    // the engine's CO2 of 2030 (column N: D is 2020), to twelve significant digits
    const results = runScenario(presetById('lianzhou-policy')!);
    const want = results.years[10]!.co2;
    expect(ws.cells.get(`N${row}`)).toBe(cellNumber(want));
    // capacity in 万千瓦, the Chinese UI's unit: the engine's MW ÷ 10 (1 万千瓦 = 10 MW)
    const pv = [...ws.cells].find(([ref, v]) => /^A\d+$/.test(ref) && v === '光伏装机')![0].slice(1);
    expect(ws.cells.get(`C${pv}`)).toBe('万千瓦');
    expect(ws.cells.get(`N${pv}`)).toBe(cellNumber(results.years[10]!.capacityMW.pv / 10));
  }, 120_000);
});
