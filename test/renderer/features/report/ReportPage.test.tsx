import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decomposeCo2 } from '../../../../shared/engine/lmdi';
import { runScenario } from '../../../../shared/engine/run';
import type { DesktopApi } from '../../../../shared/ipc/contract';
import { RepoProvider } from '../../../../renderer/db/RepoContext';
import type { ScenarioRepo } from '../../../../renderer/db/repo';
import { setLanguage } from '../../../../renderer/i18n';
import { setCapacityPreference } from '../../../../renderer/features/settings/capacity-unit';
import { freshRepo } from '../../db/fixtures';
import { presetScenario } from '../results/preset';
import { reportApi } from './fake-api';

// happy-dom has no canvas or SVG layout; the charts get a stand-in that records how it was created.
const charts: { renderer: string; setOption: ReturnType<typeof vi.fn> }[] = [];
vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn((_el: HTMLElement, renderer: string) => {
    const c = { renderer, setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn(), getWidth: () => 0, getHeight: () => 0 };
    charts.push(c);
    return c;
  }),
}));

// The engine runs on the main thread here, and CI machines are shared: give each test room.
vi.setConfig({ testTimeout: 30_000 });

const { ReportPage } = await import('../../../../renderer/features/report/ReportPage');

const policy = presetScenario('qingyuan-policy');
const baseline = presetScenario('qingyuan-baseline');
const rp = runScenario(policy);
const rb = runScenario(baseline);
const DATE = new Date(2025, 5, 30);
const zh1 = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

let repo: ScenarioRepo;
let printToPdf: ReturnType<typeof vi.fn<DesktopApi['printToPdf']>>;

beforeEach(async () => {
  charts.length = 0;
  await setLanguage('zh');
  ({ repo } = await freshRepo({ presets: [policy, baseline] }));
  printToPdf = vi.fn<DesktopApi['printToPdf']>(async () => ({ saved: true, name: 'report.pdf' }));
  window.api = reportApi({ shell: 'electron', version: '9.8.7', printToPdf });
});
afterEach(() => {
  cleanup();
  setCapacityPreference('auto');
  delete window.api;
});

function renderReport(props: { ids: string[]; compare?: boolean; lang?: 'zh' | 'en' }) {
  return render(
    <RepoProvider repo={repo}>
      <ReportPage {...props} now={() => DATE} />
    </RepoProvider>,
  );
}

const page = () => screen.getByTestId('report-page');
async function ready() {
  await waitFor(() => expect(page()).toHaveAttribute('data-ready', 'true'), { timeout: 20_000 });
}

describe('scenario report on the qingyuan-policy preset', () => {
  it('is not ready (and cannot print) until the engine results and the charts are in', async () => {
    renderReport({ ids: [policy.id] });
    expect(page()).toHaveAttribute('data-ready', 'false');
    await waitFor(() => expect(screen.getByTestId('btn-print-report')).toBeInTheDocument());
    await ready();
    expect(screen.getByTestId('btn-print-report')).toBeEnabled();
    // six result charts, CO2 by sector, and the hourly balance's (a week of most deficit, one of most surplus, the
    // duration curve: 清远 imports and, at noon, exports in 2030), all SVG so the PDF has them whole and as vectors
    expect(charts.map((c) => c.renderer)).toEqual(Array(10).fill('svg'));
    for (const c of charts) expect(c.setOption).toHaveBeenCalled();
  });

  it('cover: region, scenario, date and the app version from window.api', async () => {
    renderReport({ ids: [policy.id] });
    await ready();
    const cover = screen.getByTestId('report-cover');
    expect(cover).toHaveTextContent('碳达峰情景报告');
    expect(cover).toHaveTextContent(policy.region.name);
    expect(cover).toHaveTextContent(policy.name);
    expect(within(cover).getByTestId('report-date')).toHaveTextContent('2025年6月30日');
    expect(within(cover).getByTestId('report-version')).toHaveTextContent('碳达峰情景规划器 9.8.7（桌面版）');
    expect(within(cover).getByTestId('report-headline-peak-year')).toHaveTextContent(`${rp.peak.year}年`);
    expect(within(cover).getByTestId('report-headline-co2')).toHaveTextContent(`${zh1.format(rp.years[2030 - rp.baseYear]!.co2)} 万吨二氧化碳`);
    // every section the cover points to (“…” in its notes) is a section of the report
    const named = [...cover.querySelectorAll('.report-note')].flatMap((n) => n.textContent!.match(/“[^”]+”/g) ?? []).map((q) => q.slice(1, -1));
    expect(named).toEqual(expect.arrayContaining(['假设与来源', '参考文献', '核算口径', '核算口径说明']));
    const headings = [...document.querySelectorAll('.report-section > h2')].map((h) => h.textContent);
    expect(named.filter((n) => !headings.includes(n))).toEqual([]);
  });

  it('targets: each met or missed as the engine judged it, with the margin', async () => {
    renderReport({ ids: [policy.id] });
    await ready();
    expect(rp.targets.length).toBeGreaterThan(3);
    for (const t of rp.targets) {
      const row = screen.getByTestId(`report-target-${t.id}`);
      expect(row).toHaveAttribute('data-met', String(t.met));
      expect(row).toHaveTextContent(t.met ? '达成' : '未达成');
    }
    // the province's 2025 peak target against the engine's peak: late by the years the engine gives as its margin
    const province = rp.targets.find((t) => t.id === 'qy-peak-province-2025')!;
    if (province.margin !== null && province.margin < 0) {
      expect(screen.getByTestId('report-target-qy-peak-province-2025')).toHaveTextContent(`晚 ${-province.margin} 年`);
    }
    // the margin in percentage points, as the engine gives it
    const nonFossil = rp.targets.find((t) => t.id === 'qy-nonfossil-2025')!;
    expect(screen.getByTestId('report-target-qy-nonfossil-2025')).toHaveTextContent(`${zh1.format(Math.abs(nonFossil.margin!))} 个百分点`);
  });

  it('years: one row per year with units, the peak and its plateau marked', async () => {
    renderReport({ ids: [policy.id] });
    await ready();
    const years = screen.getByTestId('report-years').querySelector<HTMLElement>('.report-years-table')!;
    expect(within(years).getAllByRole('row')).toHaveLength(rp.years.length + 1);
    for (const unit of ['亿元', '万吨标准煤', '万吨二氧化碳', '吨二氧化碳/万元', '吨标准煤/万元', '%']) expect(within(years).getByRole('row', { name: /年份/ })).toHaveTextContent(unit);
    const y2030 = rp.years[2030 - rp.baseYear]!;
    const row = screen.getByTestId('report-year-2030');
    expect(row).toHaveTextContent(zh1.format(y2030.co2));
    expect(row).toHaveTextContent(y2030.co2PerGdp.toFixed(3));
    expect(screen.getByTestId(`report-year-${rp.peak.year}`)).toHaveTextContent('峰值');
    // the cover: the plateau, and the year peak-year targets are judged on when the peak is reached before its highest year
    const cover = screen.getByTestId('report-headline-peak-year');
    if (rp.peak.plateau.fromYear < rp.peak.plateau.toYear) expect(cover).toHaveTextContent(`平台期 ${rp.peak.plateau.fromYear}–${rp.peak.plateau.toYear} 年`);
    if (rp.peak.holds && rp.peak.reachedYear < rp.peak.year) expect(cover).toHaveTextContent(`达峰年 ${rp.peak.reachedYear} 年`);
    const { fromYear, toYear } = rp.peak.plateau;
    for (const y of rp.years) {
      const onPlateau = y.year !== rp.peak.year && y.year >= fromYear && y.year <= toYear;
      expect(screen.getByTestId(`report-year-${y.year}`).textContent!.includes('平台期')).toBe(onPlateau);
    }
  });

  it('ledger and assumptions: every project and every sourced input, with its source', async () => {
    renderReport({ ids: [policy.id] });
    await ready();
    const ledger = screen.getByTestId('report-ledger');
    for (const p of [...policy.electricity.fleet, ...policy.electricity.projects, ...policy.electricity.pumpedStorage]) expect(ledger).toHaveTextContent(p.name);
    // capacity in the documents' unit: 1 万千瓦 = 10 MW, so a row of x MW reads x / 10 (up to two decimals)
    expect(within(ledger).getAllByRole('columnheader', { name: '装机（万千瓦）' })).toHaveLength(3);
    const wan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
    for (const p of policy.electricity.projects) {
      const row = within(ledger).getByRole('rowheader', { name: p.name }).closest('tr')!;
      expect(row.querySelectorAll('td')[1]).toHaveTextContent(wan.format(p.capacityMW / 10));
    }
    expect(ledger).toHaveTextContent(/计入测算的新建与规划装机合计：光伏 [\d.,]+ 万千瓦/);
    // MW chosen in the settings: the Chinese report redraws in MW (a row of x MW reads x)
    act(() => setCapacityPreference('mw'));
    expect(within(ledger).getAllByRole('columnheader', { name: '装机（MW）' })).toHaveLength(3);
    const first = policy.electricity.projects[0]!;
    const mwRow = within(ledger).getByRole('rowheader', { name: first.name }).closest('tr')!;
    expect(mwRow.querySelectorAll('td')[1]).toHaveTextContent(new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(first.capacityMW));
    const assumptions = screen.getByTestId('report-assumptions');
    const paths = [...assumptions.querySelectorAll('[data-path]')].map((e) => e.getAttribute('data-path'));
    for (const path of Object.keys(policy.sources)) expect(paths).toContain(path);
    // a document by its title and lines, never by its file
    expect(assumptions).toHaveTextContent('《清远市生态文明建设"十四五"规划》第 97–101 行');
    expect(assumptions.textContent).not.toMatch(/\.txt/);
    expect(screen.getByTestId('report-bibliography-documents')).toHaveTextContent('中共清远市委、清远市人民政府');
    expect(assumptions).toHaveTextContent('IPCC');
    for (const t of policy.targets) expect(assumptions).toHaveTextContent(t.label);
  });

  it('conventions: 当量值/等价值, the energy-control rule as the engine applied it, the grid factor', async () => {
    renderReport({ ids: [policy.id] });
    await ready();
    const notes = screen.getByTestId('report-conventions');
    expect(notes).toHaveTextContent('当量值');
    expect(notes).toHaveTextContent('等价值');
    expect(notes).toHaveTextContent('0.1229 kgce/kWh');
    const rule = screen.getByTestId('report-convention-energyControl');
    const sources = { nonFossilExcluded: '发改环资〔2024〕113号', renewableIncreaseExcluded: '发改运行〔2022〕1258号', none: '不作扣除', legacyNewRenewables: '本工具旧版方法' } as const;
    expect(rule).toHaveTextContent(sources[rp.methods.energyControl]);
    expect(screen.getByTestId('report-convention-grid')).toHaveTextContent('tCO2/MWh');
  });

  it('prints through window.api.printToPdf with a file name and says where it went', async () => {
    const user = userEvent.setup();
    renderReport({ ids: [policy.id] });
    await ready();
    await user.click(screen.getByTestId('btn-print-report'));
    expect(printToPdf).toHaveBeenCalledTimes(1);
    const req = printToPdf.mock.calls[0]![0];
    expect(req.defaultName).toBe(`${policy.name}-情景报告-2025-06-30.pdf`);
    await waitFor(() => expect(screen.getByTestId('report-toolbar')).toHaveTextContent('已保存：report.pdf'));
  });

  it('?lang=en changes the report only, not the app', async () => {
    renderReport({ ids: [policy.id], lang: 'en' });
    await ready();
    expect(page()).toHaveAttribute('data-lang', 'en');
    expect(screen.getByTestId('report-cover')).toHaveTextContent('Carbon-peak scenario report');
    expect(screen.getByTestId('report-cover')).toHaveTextContent(policy.nameEn!);
    expect(screen.getByTestId('report-version')).toHaveTextContent('(desktop)');
    expect(screen.getByTestId('report-target-qy-peak-2030')).toHaveTextContent('CO2 peak by 2030 (city target)');
    expect(screen.getByTestId('report-lang-en')).toHaveAttribute('aria-current', 'true');
    expect(screen.getByTestId('report-lang-zh')).toHaveAttribute('href', `#/report/${policy.id}?lang=zh`);
    expect(i18next.language).toBe('zh');
  });

  it('names scenarios that do not exist', async () => {
    renderReport({ ids: ['nope'] });
    await waitFor(() => expect(page()).toHaveAttribute('data-status', 'missing'));
    expect(page()).toHaveTextContent('找不到情景：nope');
    expect(page()).toHaveAttribute('data-ready', 'false');
  });
});

describe('comparison report of qingyuan-baseline and qingyuan-policy', () => {
  it('side-by-side figures, the target matrix and why CO2 differs, from the engine', async () => {
    renderReport({ ids: [baseline.id, policy.id], compare: true });
    await ready();
    expect(screen.getByTestId('report-cover')).toHaveTextContent('碳达峰情景对比报告');
    const co2 = screen.getByTestId('report-figure-co2-2030');
    const cells = within(co2).getAllByRole('cell');
    expect(Number(cells[0]!.getAttribute('data-value'))).toBe(rb.years[10]!.co2);
    expect(Number(cells[1]!.getAttribute('data-value'))).toBe(rp.years[10]!.co2);
    for (const [r, id] of [[rb, baseline.id], [rp, policy.id]] as const) {
      for (const t of r.targets) expect(screen.getByTestId(`report-target-${t.id}-${id}`)).toHaveAttribute('data-met', String(t.met));
    }
    const lmdi = decomposeCo2(rb.years[10]!, rp.years[10]!);
    const why = screen.getByTestId('report-why-table');
    const signed = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    expect(within(why).getByRole('row', { name: /合计差值/ })).toHaveTextContent(signed.format(lmdi.total));
    const big = lmdi.parts.filter((p) => Math.abs(p.value) >= 0.05);
    for (const p of big) expect(screen.getByTestId(`report-why-${p.driver}`)).toBeInTheDocument();
    // CO2 and CO2 per GDP, the sectors side by side, then the hourly balance's peak import of both (no export limit:
    // nothing curtailed, no chart of it)
    expect(charts.map((c) => c.renderer)).toEqual(['svg', 'svg', 'svg', 'svg']);
  });
});
