import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { alternativeMethods } from '../../../../shared/engine/methods';
import { runScenario } from '../../../../shared/engine/run';
import type { Scenario } from '../../../../shared/model/scenario';
import { RepoProvider } from '../../../../renderer/db/RepoContext';
import type { ScenarioRepo } from '../../../../renderer/db/repo';
import { setLanguage } from '../../../../renderer/i18n';
import { freshRepo } from '../../db/fixtures';
import { presetScenario } from '../results/preset';
import { reportApi } from './fake-api';

vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn(() => ({ setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn(), getWidth: () => 0, getHeight: () => 0 })),
}));
vi.setConfig({ testTimeout: 40_000 });

const { ReportPage } = await import('../../../../renderer/features/report/ReportPage');

/**
 * 清远 policy with every method stated and something for each part of the
 * methods page: published GDP and 全社会用电量 200 亿kWh for 2021 (an actual year, a cross-check), 10 % of coal used as
 * feedstock, the operating pumped-storage plant charged to the city, and a
 * 3,000 MW coal plant from 2027 (a CO2 jump the flags must explain).
 */
function scenario(): Scenario {
  const s = presetScenario('qingyuan-policy');
  s.id = 'qy-methods';
  s.accounting = { energyControl: 'nonFossilExcluded', renewableAttribution: 'provincialPool', electricityCo2: 'netImports', gridFactorScope: 'provincial', peakTolerancePct: 2 };
  const source = { kind: 'assumed', reason: 'test' } as const;
  s.history = { ...s.history, gdpYiYuan: { '2021': { value: 1900, source } }, electricityUseYiKWh: { '2021': { value: 200, source } } };
  s.energy.feedstockSharePct = { coal: 10 };
  s.electricity.pumpedStorage[0]!.attribution = 'host';
  const coal = s.electricity.projects.find((p) => p.type === 'coal') ?? s.electricity.fleet.find((p) => p.type === 'coal')!;
  s.electricity.projects.push({ ...structuredClone(coal), id: 'big-coal', name: '测试燃煤电厂', type: 'coal', capacityMW: 3000, utilisationHours: 4500, commissioningYear: 2027, status: 'planned', included: true });
  return s;
}

const s = scenario();
const r = runScenario(s);
/** the same scenario counted by location (method C) */
const other: Scenario = { ...structuredClone(s), id: 'qy-methods-c', name: '清远 方法C', accounting: { ...s.accounting, electricityCo2: 'locationBased' } };
let repo: ScenarioRepo;

beforeEach(async () => {
  await setLanguage('zh');
  ({ repo } = await freshRepo({ presets: [s, other] }));
  window.api = reportApi({ shell: 'electron', version: '9.8.7' });
});
afterEach(() => {
  cleanup();
  delete window.api;
});

async function open(lang: 'zh' | 'en' = 'zh', ids = [s.id]) {
  render(
    <RepoProvider repo={repo}>
      <ReportPage ids={ids} compare={ids.length > 1} lang={lang} now={() => new Date(2025, 5, 30)} />
    </RepoProvider>,
  );
  await waitFor(() => expect(screen.getByTestId('report-page')).toHaveAttribute('data-ready', 'true'), { timeout: 30_000 });
}
const zh1 = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

describe('methods page (核算口径)', () => {
  it('states the method and the source behind every headline figure', async () => {
    await open();
    const line = (key: string) => screen.getByTestId(`report-method-line-${key}`);
    expect(line('energy')).toHaveTextContent('基准年和考核年都从能源消费总量中扣除非化石能源消费量');
    expect(line('energy')).toHaveTextContent('发改环资〔2024〕113号');
    expect(line('feedstock')).toHaveTextContent('煤炭用作原料的部分');
    expect(line('nonFossil')).toHaveTextContent('本地区用电量 × 电网非化石能源比重');
    // A is this tool's method, not a rule of the inventory guidelines
    expect(line('co2')).toHaveTextContent('A：直接排放');
    expect(line('co2')).toHaveTextContent('本工具方法，并非温室气体清单编制指南的规定');
    // the provincial factor, its published values (the Guangdong ones marked secondary) and the announcements by data year
    expect(line('grid')).toHaveTextContent('省级因子（广东）');
    expect(line('grid')).toHaveTextContent('0.4715');
    expect(line('grid')).toHaveTextContent('二手来源');
    expect(line('grid')).toHaveTextContent('2023 年数据 2025 年公布');
    expect(line('grid')).toHaveTextContent('本工具约定，非文件规定');
    // read from the reference library: Guangdong's 2023 factor not found, the library's assumption; the preset follows the published series
    expect(line('grid')).toHaveTextContent('2023 年数据未找到（本工具假设 0.46）');
    expect(line('grid')).toHaveTextContent('本情景的序列与该公布序列一致（核算年份 = 数据年份）');
    // Chinese sentences run on without a space
    expect(line('grid')).toHaveTextContent('tCO2/MWh。已公布（按数据年份');
    expect(line('storage')).toHaveTextContent(`${s.electricity.pumpedStorage[0]!.name}：计入本地区`);
    expect(line('storage')).toHaveTextContent('电网资产');
    expect(line('peak')).toHaveTextContent('相差不超过 2% 的连续年份为平台期');
    // the cover names the methods beside the headline figures
    expect(screen.getByTestId('report-headline-methods')).toHaveTextContent('核算口径：能耗考核扣除非化石能源消费量（113号）；非化石电力按消费归属；电力排放 A（净调入，调出抵扣）');
  });

  it('sets the headline figures under every other method beside this report\'s, as the engine computes them', async () => {
    await open();
    const table = screen.getByTestId('report-method-alternatives');
    // 清远 has clinker's process CO2: the peak judged on energy and process CO2 is one of the alternatives
    expect(r.years.some((y) => y.processCo2 > 0)).toBe(true);
    const changes = alternativeMethods(r.methods, true);
    expect(changes.at(-1)).toEqual({ axis: 'peakScope', value: 'energyAndProcess' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 1 + changes.length);
    expect(screen.getByTestId('report-method-own')).toHaveTextContent('本报告采用');
    // each row's 2030 CO2 is the engine's run of the scenario with that one method changed
    for (const c of changes) {
      const other = runScenario({ ...s, accounting: { ...s.accounting, [c.axis]: c.value } });
      const row = screen.getByTestId(`report-method-${c.axis}-${c.value}`);
      expect(row).toHaveTextContent(zh1.format(other.years[2030 - other.baseYear]!.co2));
    }
    expect(screen.getByTestId('report-method-electricityCo2-locationBased')).toHaveTextContent('改为：电力排放 C（基于位置）');
    expect(screen.getByTestId('report-method-peakScope-energyAndProcess')).toHaveTextContent('改为：按能源活动和工业生产过程二氧化碳排放判定达峰');
    // the legacy rule is no alternative: it only describes how old files were counted
    expect(screen.queryByTestId('report-method-energyControl-legacyNewRenewables')).toBeNull();
  });

  it('explains each flagged year by its drivers, the new coal plant among them', async () => {
    await open();
    expect(r.flags.length).toBeGreaterThan(0);
    for (const f of r.flags) expect(screen.getByTestId(`report-flag-${f.year}-${f.metric}`)).toBeInTheDocument();
    const jump = r.flags.find((f) => f.metric === 'co2' && f.drivers.some((d) => d.kind === 'projectEnters' && d.id === 'big-coal'));
    expect(jump).toBeDefined();
    // 3,000 MW in 万千瓦, the Chinese default: 300
    expect(screen.getByTestId(`report-flag-${jump!.year}-co2`)).toHaveTextContent('测试燃煤电厂投产（煤电 300 万千瓦）');
    expect(screen.getByTestId('report-flag-count')).toHaveTextContent(`${r.flags.length} 处逐年变化超过 10%`);
  });

  it('marks the years of published statistics as actual, and words the assessed column by its rule', async () => {
    await open();
    expect(screen.getByTestId('report-year-2021')).toHaveAttribute('data-actual', 'true');
    expect(screen.getByTestId('report-year-2021')).toHaveTextContent('实际');
    expect(screen.getByTestId('report-year-2022')).toHaveAttribute('data-actual', 'false');
    expect(screen.getByTestId('report-years')).toHaveTextContent('“考核口径”：能耗考核扣除非化石能源消费量（113号）');
    // 全社会用电量 beside the engine's electricity use: difference = engine − published 200 亿kWh
    const check = screen.getByTestId('report-crosscheck-2021-electricityUse');
    expect(check).toHaveTextContent('200.0 亿千瓦时');
    const diff = r.years[1]!.electricityDemand - 200;
    expect(check).toHaveTextContent(`${diff > 0 ? '+' : '-'}${zh1.format(Math.abs(diff))} 亿千瓦时`);
    // the removed wording of a single exclusion switch is gone
    expect(screen.getByTestId('report-page')).not.toHaveTextContent('新增可再生能源发电量');
  });

  it('in English: the methods, "Anticipatory" for 预期性', async () => {
    await open('en');
    expect(screen.getByTestId('report-method-line-energy')).toHaveTextContent('Non-fossil energy consumption (renewables and nuclear) is left out');
    expect(screen.getByTestId('report-method-line-co2')).toHaveTextContent("This tool's method, not a rule of the inventory guidelines");
    const anticipatory = r.targets.find((t) => !t.binding);
    if (anticipatory) expect(screen.getByTestId(`report-target-${anticipatory.id}`)).toHaveTextContent('Anticipatory');
  });

  it('a comparison of scenarios counted differently says so, and names each one\'s methods', async () => {
    await open('zh', [s.id, other.id]);
    expect(screen.getByTestId('report-methods-differ')).toHaveTextContent('各情景的核算口径不同');
    expect(screen.getByTestId(`report-conventions-${other.id}`)).toHaveTextContent('电力排放 C（基于位置）');
    expect(screen.getByTestId(`report-conventions-${s.id}`)).toHaveTextContent('电力排放 A（净调入，调出抵扣）');
  });
});
