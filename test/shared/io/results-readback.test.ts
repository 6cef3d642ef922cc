import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../../shared/engine/run';
import { cellNumber, yearPagesWide } from '../../../shared/io/results-layout';
import { resultsToXlsx, SHEET_SOURCES, SHEET_SUMMARY } from '../../../shared/io/results-xlsx';
import { presetById } from '../../../seeds/index';
import { colName, openXlsx } from './xlsx-parts';

/**
 * The exported workbook read by a second reader that shares nothing with
 * exceljs (xlsx-parts.ts); its numbers are checked against the CLI's
 * `--json`, run as a user runs it.
 */

type CliJson = { years: Record<string, number>[]; peak: { year: number; reachedYear: number; co2: number; plateau: { fromYear: number; toYear: number } } };
function cliJson(preset: string): CliJson {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/calc.ts', preset, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out) as CliJson;
}

/**
 * 连州's energy in a year with its key products (seeds/presets/lianzhou/industry.ts), from the
 * energy the intensity path gives (`onPath`, 万tce) and the year's coal rate of 等价值 (gce/kWh):
 * copper foil 2.5 万t × 1,000 kgce/t = 2.5 万tce (electricity 92 % = 2.3, gas 0.2) and glass fibre
 * 3 万t × 450 = 1.35 (electricity 55 % = 0.7425, gas 0.54, oil 0.0675); electricity, counted at
 * 0.1229 kgce/kWh by the product standards, × rate / 122.9 in 等价值. Industry's fuel shares are
 * constant, so the share of each fuel the products took in 2020 (of 69.3203 万tce) is taken from
 * the path's energy and their own use added.
 */
function lzEnergyWithProducts(onPath: number, gcePerKWh: number): number {
  const products = (rate: number) => ((2.3 + 0.7425) * rate) / 122.9 + 0.2 + 0.54 + 0.0675;
  return onPath - (onPath / 69.3203) * products(288) + products(gcePerKWh);
}

describe('results workbook read back by an independent reader', () => {
  const scenario = presetById('lianzhou-baseline')!;
  const bookP = resultsToXlsx([{ scenario, results: runScenario(scenario) }], { exportedAt: '2026-12-03T10:00:00.000Z', appVersion: 'test' }).then(openXlsx);
  let cli: CliJson;
  // the CLI is started as a user starts it (node with tsx), which loads the engine afresh
  beforeAll(() => {
    cli = cliJson('lianzhou-baseline');
  }, 120_000);

  it('holds the CLI’s numbers for 连州市 基准情景, every field and year', async () => {
    const book = await bookP;
    const ws = book.sheets.get('连州市 基准情景')!;
    expect(ws).toBeDefined();
    // the single header row: 指标, Indicator, 单位 Unit, then the years 2020…2060 from column D
    expect([ws.cells.get('A1'), ws.cells.get('B1'), ws.cells.get('C1'), ws.cells.get('D1'), ws.cells.get('AR1')]).toEqual(['指标', 'Indicator', '单位 Unit', 2020, 2060]);
    const rowOf = new Map<string, number>();
    for (const [ref, v] of ws.cells) if (ref.startsWith('A') && /^A\d+$/.test(ref) && typeof v === 'string') rowOf.set(v, Number(ref.slice(1)));
    const label: Record<string, string> = {
      gdp: '地区生产总值 (基准年不变价)', population: '常住人口', energy: '能源消费总量', energyAssessed: '考核口径能源消费量',
      electricityDemand: '全社会用电量', localGeneration: '本地发电量', netImports: '净调入电量', storageLoss: '抽水蓄能抽发损耗电量',
      co2: '二氧化碳排放', co2PerGdp: '单位地区生产总值二氧化碳排放', co2PerCapita: '人均二氧化碳排放', energyPerGdp: '单位地区生产总值能源消耗',
      energyPerGdpAssessed: '考核口径单位地区生产总值能源消耗', nonFossilShare: '非化石能源消费比重',
    };
    let compared = 0;
    for (const [field, name] of Object.entries(label)) {
      const row = rowOf.get(name);
      expect(row, name).toBeDefined();
      cli.years.forEach((y, k) => {
        const got = ws.cells.get(`${colName(4 + k)}${row}`);
        // the workbook keeps twelve significant digits of the CLI's full-precision figure
        expect(got, `${field} ${y.year}`).toBe(cellNumber(y[field]!));
        expect(Math.abs((got as number) - y[field]!)).toBeLessThanOrEqual(Math.abs(y[field]!) * 1e-11);
        compared++;
      });
    }
    expect(compared).toBe(14 * 41);
  });

  it('stores the hand-worked 2020 and 2021 figures without float noise', async () => {
    const ws = (await bookP).sheets.get('连州市 基准情景')!;
    const row = (name: string) => [...ws.cells].find(([ref, v]) => /^A\d+$/.test(ref) && v === name)![0].slice(1);
    // GDP 2020: 161.21 亿元 (001 line 79–81); 2021: × (1 + 5.2 %) = 169.59292
    expect(ws.cells.get(`D${row('地区生产总值 (基准年不变价)')}`)).toBe(161.21);
    expect(ws.cells.get(`E${row('地区生产总值 (基准年不变价)')}`)).toBe(169.59292);
    // population: 161.21 亿元 ÷ 42,721 元/人 = 377,364 人 → 37.74 万人
    expect(ws.cells.get(`D${row('常住人口')}`)).toBe(37.74);
    // energy 2020: 161.21 亿元 × 0.43 tce/万元 = 69.3203 万tce (in binary 69.32030000000002);
    // 2021 on the intensity path: 169.59292 × 0.43 × (1 − 0.1 %) = 169.59292 × 0.42957 = 72.8520306444,
    // less what the key products took in 2020, grown with it, plus what they use in 2021 (held output)
    expect(ws.cells.get(`D${row('能源消费总量')}`)).toBe(69.3203);
    expect(ws.cells.get(`E${row('能源消费总量')}`)).toBe(72.4228903336);
    expect(72.4228903336).toBeCloseTo(lzEnergyWithProducts(72.8520306444, 287), 9);
    expect(ws.cells.get(`C${row('能源消费总量')}`)).toBe('万tce');
    // no stored figure carries more than twelve significant digits
    const digits = [...ws.xml.matchAll(/<c [^>]*?(?<!t="s")><v>(-?[\d.]+)<\/v>/g)].map((m) => m[1]!.replace(/[-.]/g, '').replace(/^0+/, '').length);
    expect(digits.length).toBeGreaterThan(1000);
    expect(Math.max(...digits)).toBeLessThanOrEqual(12);
  });

  it('freezes the header row and indicator columns and prints A4 landscape with repeated titles', async () => {
    const book = await bookP;
    const ws = book.sheets.get('连州市 基准情景')!;
    expect(ws.xml).toMatch(/<pane xSplit="3" ySplit="1" topLeftCell="D2"[^>]*state="frozen"/);
    // 41 years at most 14 a page: 3 pages across (2020–33, 2034–47, 2048–60)
    expect(yearPagesWide(41)).toBe(3);
    expect(ws.xml).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(ws.xml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(ws.xml).toMatch(/<pageSetup [^>]*fitToWidth="3"[^>]*fitToHeight="0"/);
    expect(ws.xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(book.workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;连州市 基准情景&apos;!$A:$C,&apos;连州市 基准情景&apos;!$1:$1</definedName>`);
    // 汇总, the one scenario, its sectors (and its key products and forest where the preset has them), its hourly
    // balance and stress weeks, 目标, 规划期, 核算口径, 来源, 说明
    const names = [...book.sheets.keys()];
    const industry = names.includes('工业产品 Products') ? ['工业产品 Products'] : [];
    const sinks = names.includes('碳汇 Sinks') ? ['碳汇 Sinks'] : [];
    expect(names).toEqual([
      '汇总 Summary', '连州市 基准情景', '分领域排放 Sectors', ...industry, ...sinks, '逐时电力平衡 Hourly balance', '典型周 Stress weeks', '投资与成本 Costs', '目标 Targets', '规划期 Periods', '核算口径 Methods', '来源 Sources', '说明 Notes',
    ]);
  });

  it('summarises the peak with its plateau and the year targets are judged on, as the CLI', async () => {
    const book = await bookP;
    const ws = book.sheets.get(SHEET_SUMMARY)!;
    const value = (zh: string) => {
      const ref = [...ws.cells].find(([r, v]) => /^A\d+$/.test(r) && v === zh)![0];
      return ws.cells.get(`D${ref.slice(1)}`);
    };
    expect(ws.cells.get('D1')).toBe('连州市 基准情景');
    expect(value('二氧化碳排放最高年份')).toBe(cli.peak.year);
    expect(value('达峰年（达峰目标判定年）')).toBe(cli.peak.reachedYear);
    expect(value('峰值平台期起')).toBe(cli.peak.plateau.fromYear);
    expect(value('峰值平台期止')).toBe(cli.peak.plateau.toYear);
    expect(value('峰值二氧化碳排放')).toBe(cellNumber(cli.peak.co2));
    // 2025 energy intensity on the path: 0.43 × (1 − 0.1 %)^5 = 0.43 × 0.995009990 = 0.427854296; the
    // products' energy (electricity at 283 gce/kWh in 2025) in place of their share of it
    const gdp2025 = cli.years.find((y) => y.year === 2025)!.gdp!;
    expect(value('2025年单位地区生产总值能源消耗')).toBeCloseTo(lzEnergyWithProducts(0.427854296 * gdp2025, 283) / gdp2025, 8);
  });

  it('cites documents by title, issuer and line, never by seed file name', async () => {
    const ws = (await bookP).sheets.get(SHEET_SOURCES)!;
    const texts = [...ws.cells.values()].filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => /\.txt\b/.test(t))).toBe(false);
    // GDP 2020 is cited from 001 = 连州市创建国家生态文明建设示范市规划, lines 79–81; “连州市组织编制” (its line 17)
    const gdp = [...ws.cells].find(([r, v]) => /^B\d+$/.test(r) && v === 'economy.baseGdpYiYuan');
    expect(gdp).toBeDefined();
    const r = gdp![0].slice(1);
    expect([ws.cells.get(`E${r}`), ws.cells.get(`F${r}`), ws.cells.get(`G${r}`)]).toEqual(['连州市创建国家生态文明建设示范市规划', '连州市人民政府', '第79–81行']);
  });
});
