import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareCosts, pricedLike } from '../../../../shared/engine/costs';
import { runScenario } from '../../../../shared/engine/run';
import { RepoProvider } from '../../../../renderer/db/RepoContext';
import type { ScenarioRepo } from '../../../../renderer/db/repo';
import { setLanguage } from '../../../../renderer/i18n';
import { freshRepo } from '../../db/fixtures';
import { presetScenario } from '../results/preset';
import { reportApi } from './fake-api';

vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn(() => ({ setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn(), getWidth: () => 0, getHeight: () => 0 })),
}));
vi.setConfig({ testTimeout: 30_000 });

const { ReportPage } = await import('../../../../renderer/features/report/ReportPage');

const policy = presetScenario('qingyuan-policy');
const baseline = presetScenario('qingyuan-baseline');
const fmt = (v: number, d: number) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);
let repo: ScenarioRepo;

beforeEach(async () => {
  await setLanguage('zh');
  ({ repo } = await freshRepo({ presets: [policy, baseline] }));
  window.api = reportApi();
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  delete window.api;
});

async function renderReport(id: string) {
  render(
    <RepoProvider repo={repo}>
      <ReportPage ids={[id]} now={() => new Date(2025, 5, 30)} />
    </RepoProvider>,
  );
  await waitFor(() => expect(screen.getByTestId('report-page')).toHaveAttribute('data-ready', 'true'), { timeout: 20_000 });
}

describe('投资与成本 in a scenario report', () => {
  it('a policy preset: total investment, 资金需求 by plan period, LCOE, and the NPV against its baseline in words', async () => {
    await renderReport(policy.id);
    const own = runScenario(policy);
    const c = own.costs!;
    const section = screen.getByTestId('report-costs');
    expect(section).toHaveTextContent('投资与成本');
    expect(section).toHaveTextContent(`2021—2060年规划期内总投资 ${fmt(c.totalInvestmentYiYuan, 2)} 亿元`);
    expect(section).toHaveTextContent('实际折现率 8.0%');
    const p14 = c.investmentByPeriod.find((p) => p.plan === 14)!;
    const row14 = within(screen.getByTestId('report-costs-period-14'));
    expect(row14.getByRole('rowheader')).toHaveTextContent('“十四五”2021—2025年');
    // the last two columns: the period's total and, of it, end-of-life replacement
    expect(row14.getAllByRole('cell').at(-2)).toHaveTextContent(fmt(p14.total, 2));
    expect(row14.getAllByRole('cell').at(-1)).toHaveTextContent(fmt(p14.replacement, 2));
    expect(within(screen.getByTestId('report-costs-period-total')).getAllByRole('cell').at(-2)).toHaveTextContent(fmt(c.totalInvestmentYiYuan, 2));
    const pv = c.lcoe.find((l) => l.type === 'pv')!;
    expect(screen.getByTestId('report-costs-lcoe-pv')).toHaveTextContent(fmt(pv.yuanPerKWh!, 3));
    // the reference priced as the scenario (the same defaults here), compared by the engine
    const cmp = compareCosts(own, runScenario(pricedLike(baseline, policy)));
    const text = screen.getByTestId('report-costs-reference');
    expect(text).toHaveTextContent('相对于参照情景“清远市 基准情景”（qingyuan-baseline');
    expect(text).toHaveTextContent(`本情景费用现值增加 ${fmt(cmp.npvDiffYiYuan, 2)} 亿元`);
    expect(text).toHaveTextContent(`累计减少二氧化碳排放 ${fmt(cmp.co2AvoidedWanT, 1)} 万吨`);
    expect(text).toHaveTextContent(`减排成本 ${fmt(cmp.costPerTonneYuan!, 0)} 元/吨二氧化碳`);
    // the reference is an input with its reason among the assumptions
    expect(screen.getByTestId('report-assumptions')).toHaveTextContent('成本比较的参照情景');
  });

  it('a baseline with no reference says so', async () => {
    await renderReport(baseline.id);
    expect(screen.getByTestId('report-costs-reference')).toHaveTextContent('本情景未设参照情景');
  });
});

describe('投资与成本 in the comparison report', () => {
  it('资金需求 by plan period side by side, and the policy against the baseline listed first', async () => {
    render(
      <RepoProvider repo={repo}>
        <ReportPage ids={[baseline.id, policy.id]} compare now={() => new Date(2025, 5, 30)} />
      </RepoProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('report-page')).toHaveAttribute('data-ready', 'true'), { timeout: 20_000 });
    const rb = runScenario(baseline);
    const rp = runScenario(policy);
    const row14 = within(screen.getByTestId('report-costs-compare-period-14')).getAllByRole('cell');
    expect(row14.map((c) => c.textContent)).toEqual([rb, rp].map((r) => fmt(r.costs!.investmentByPeriod.find((p) => p.plan === 14)!.total, 2)));
    // both at the default prices and the same methods: compared as the engine compares them
    const cmp = compareCosts(rp, rb);
    expect(within(screen.getByTestId('report-costs-compare-npv')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['—', fmt(cmp.npvDiffYiYuan, 2)]);
    expect(within(screen.getByTestId('report-costs-compare-per-tonne')).getAllByRole('cell')[1]).toHaveTextContent(fmt(cmp.costPerTonneYuan!, 0));
  });
});
