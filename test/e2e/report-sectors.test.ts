import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { presetById } from '../../seeds/index';
import { runScenario } from '../../shared/engine/run';
import { describeE2E } from './support/browser';
import { ROOT } from './support/build';
import { pageHead, poppler } from './support/report-words';
import { servedApp } from './support/served-app';

const OUT = join(ROOT, 'test-results/report-sectors');
const squeeze = (s: string) => s.replace(/[ \t]+/g, ' ');
/** A figure as the report prints 万吨二氧化碳 and 万吨 (one decimal, grouped). */
const zh1 = (v: number) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
const en1 = (v: number) => new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);

/** The pages from the one headed `from` to the one before the page headed `to` (each section starts a page). */
function sectionPages(pages: string[], from: string, to: string): { first: number; last: number } {
  const head = (p: string, h: string) => pageHead(p).some((l) => l.trim() === h);
  const first = pages.findIndex((p) => head(p, from));
  const next = pages.findIndex((p, i) => i > first && head(p, to));
  return { first, last: (next < 0 ? pages.length : next) - 1 };
}

describeE2E('browser build: sectors, key products, process CO2 and the forest in the printed report', () => {
  const s = servedApp();

  async function printed(hash: string, name: string): Promise<{ file: string; pages: string[] }> {
    const { page } = s;
    await page.goto(`${s.url}${hash}`);
    await page.locator('[data-testid="report-page"][data-ready="true"]').waitFor({ timeout: 60_000 });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, `${name}.pdf`);
    writeFileSync(file, pdf);
    return { file, pages: poppler('pdftotext', ['-layout', file, '-']).split('\f') };
  }

  function pngs(file: string, name: string, first: number, last: number): void {
    for (const old of readdirSync(OUT).filter((f) => f.startsWith(name) && f.endsWith('.png'))) rmSync(join(OUT, old));
    poppler('pdftoppm', ['-png', '-r', '80', '-f', String(first + 1), '-l', String(last + 1), file, join(OUT, name)]);
  }

  it('韶关 policy: sector CO2 by plan year, sector peaks on their scope, products against their levels, process CO2, forest and net emissions', async () => {
    const scenario = presetById('shaoguan-policy')!;
    const r = runScenario(scenario);
    const { file, pages } = await printed('#/report/shaoguan-policy', 'shaoguan-policy');
    const sectors = sectionPages(pages, '分领域碳排放', '重点工业产品与工业生产过程排放');
    const sinks = sectionPages(pages, '森林碳汇与净排放', '逐时电力平衡');
    expect(sectors.first).toBeGreaterThan(0);
    expect(sinks.first).toBeGreaterThan(sectors.first);
    const last = sinks.last >= sinks.first ? sinks.last : sinks.first;
    pngs(file, 'shaoguan-policy', sectors.first, last);
    const text = squeeze(pages.slice(sectors.first, last + 1).join('\n'));

    // the sector table's 2030 column: each sector's energy CO2, and the totals the sectors add up to
    const y2030 = r.years[2030 - r.baseYear]!;
    expect(text).toContain(zh1(y2030.sectorCo2.industry.energy));
    expect(text).toContain(zh1(y2030.co2));
    // the peaks are judged on the scope the scenario sets, said once for all
    expect(text).toContain(`全地区和各领域均按${r.methods.peakScope === 'energy' ? '能源活动二氧化碳排放' : '能源活动和工业生产过程二氧化碳排放'}判定达峰`);
    expect(text).toMatch(new RegExp(`工业 +${r.sectorPeaks.industry!.year}年`));
    // each key product's 2030 output, and the unit energy read against its levels
    for (const p of scenario.industry!.products) {
      expect(text).toContain(p.name);
      expect(text).toContain(zh1(y2030.products.find((x) => x.id === p.id)!.outputWanT));
    }
    expect(text).toContain('单位产品综合能耗（千克标准煤/吨）');
    // process CO2 apart, with its total, outside the intensity
    expect(text).toContain(`工业生产过程排放合计`);
    expect(text).toContain(zh1(y2030.processCo2));
    expect(text).toContain('不计入能源活动排放和单位地区生产总值二氧化碳排放');
    // the forest: stock and sink by plan year, net emissions beside, never inside
    expect(text).toContain(zh1(y2030.forest!.sinkCo2));
    expect(text).toContain(zh1(y2030.netCo2));
    expect(text).toContain('不计入其中');
  });

  it('the same sections in English (?lang=en)', async () => {
    const r = runScenario(presetById('qingyuan-policy')!);
    const { file, pages } = await printed('#/report/qingyuan-policy?lang=en', 'qingyuan-policy-en');
    const sectors = sectionPages(pages, 'CO2 by sector', 'Key industrial products and process CO2');
    const sinks = sectionPages(pages, 'Forest sink and net emissions', 'Hourly power balance');
    expect(sectors.first).toBeGreaterThan(0);
    expect(sinks.first).toBeGreaterThan(sectors.first);
    pngs(file, 'qingyuan-policy-en', sectors.first, Math.max(sinks.first, sinks.last));
    const text = squeeze(pages.slice(sectors.first, Math.max(sinks.first, sinks.last) + 1).join('\n'));
    const y2030 = r.years[2030 - r.baseYear]!;
    expect(text).toContain('The region and each sector are judged on');
    expect(text).toContain(en1(y2030.processCo2));
    expect(text).toContain(en1(y2030.netCo2));
  });

  it('the comparison: each scenario’s sectors stacked side by side, sector peaks and sector CO2 by year', async () => {
    const base = runScenario(presetById('shaoguan-baseline')!);
    const policy = runScenario(presetById('shaoguan-policy')!);
    const { file, pages } = await printed('#/report?ids=shaoguan-baseline,shaoguan-policy', 'shaoguan-compare');
    const head = (p: string) => pageHead(p).some((l) => l.trim() === '分领域碳排放');
    const first = pages.findIndex(head);
    expect(first).toBeGreaterThan(0);
    const last = pages.findIndex((p, i) => i > first && p.includes('各领域与未分领域之和等于能源活动二氧化碳排放合计'));
    expect(last).toBeGreaterThanOrEqual(first);
    pngs(file, 'shaoguan-compare', first, last);
    const text = squeeze(pages.slice(first, last + 1).join('\n'));
    expect(text).toContain('各情景分领域二氧化碳排放（万吨二氧化碳）');
    // 2030's industry CO2 of both, side by side
    expect(text).toMatch(new RegExp(`工业 +${zh1(base.years[10]!.sectorCo2.industry.energy).replace(/[.,]/g, '\\$&')} +${zh1(policy.years[10]!.sectorCo2.industry.energy).replace(/[.,]/g, '\\$&')}`));
    expect(text).toContain('达峰判定口径');
  });
});
