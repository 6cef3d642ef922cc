import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { baselineGaps } from '../../../../shared/engine/baseline-gap';
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
const zh1 = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
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

async function renderReport(id: string, baselineId?: string | null) {
  render(
    <RepoProvider repo={repo}>
      <ReportPage ids={[id]} baseline={baselineId} now={() => new Date(2025, 5, 30)} />
    </RepoProvider>,
  );
  await waitFor(() => expect(screen.getByTestId('report-page')).toHaveAttribute('data-ready', 'true'), { timeout: 20_000 });
}

describe('contributions against the baseline in a scenario report', () => {
  it('a policy preset against its region’s baseline: the engine’s parts in 2025, 2030 and 2060, and the check', async () => {
    await renderReport(policy.id);
    const section = screen.getByTestId('report-baseline');
    expect(section).toHaveTextContent('政策措施对二氧化碳减排的贡献');
    expect(section).toHaveTextContent('以“清远市 基准情景”为基准情景');
    expect(section).toHaveTextContent('同一地区的基准情景');
    const gaps = baselineGaps(runScenario(policy), runScenario(baseline));
    expect(gaps.map((g) => g.year)).toEqual([2025, 2030, 2060]);
    const head = within(screen.getByTestId('report-baseline-table')).getAllByRole('columnheader').map((h) => h.textContent);
    expect(head).toEqual(expect.arrayContaining(['2025年', '2030年', '2060年', '贡献率（%）']));
    // each shown part as the engine computed it, in 万吨二氧化碳 with its sign, named in planners' words
    const energy = within(screen.getByTestId('report-baseline-energyIntensity'));
    expect(energy.getByRole('rowheader')).toHaveTextContent('节能降耗（单位地区生产总值能源消耗）');
    for (const g of gaps) {
      expect(screen.getByTestId('report-baseline-energyIntensity')).toHaveTextContent(zh1.format(g.parts.find((p) => p.driver === 'energyIntensity')!.value));
      expect(screen.getByTestId('report-baseline-gap')).toHaveTextContent(zh1.format(g.gap));
      expect(screen.getByTestId('report-baseline-sum')).toHaveTextContent(zh1.format(g.sumOfParts));
    }
    expect(screen.getByTestId('report-baseline-check')).toHaveTextContent('最大差额 0.0 万吨二氧化碳');
    // the report's options: none, then the region's scenarios, the baseline in use
    const select = screen.getByTestId('report-baseline-select') as HTMLSelectElement;
    expect(select.value).toBe('qingyuan-baseline');
    expect([...select.options].map((o) => o.textContent)).toEqual(['不对比基准情景', '清远市 基准情景']);
  });

  it('choosing none in the options asks for the report without baseline', async () => {
    await renderReport(policy.id);
    await userEvent.selectOptions(screen.getByTestId('report-baseline-select'), '-');
    expect(window.location.hash).toBe('#/report/qingyuan-policy?lang=zh&baseline=-');
  });

  it('no section when none is asked for, or for the baseline itself', async () => {
    await renderReport(policy.id, null);
    expect(screen.queryByTestId('report-baseline')).toBeNull();
    expect((screen.getByTestId('report-baseline-select') as HTMLSelectElement).value).toBe('-');
    cleanup();
    await renderReport(baseline.id);
    expect(screen.queryByTestId('report-baseline')).toBeNull();
  });

  it('a derived scenario is measured against its parent', async () => {
    const kid = await repo.deriveScenario(policy.id, '清远 政策情景 加快光伏');
    await renderReport(kid.id);
    const section = screen.getByTestId('report-baseline');
    expect(section).toHaveTextContent('以“清远市 政策情景”为基准情景');
    expect(section).toHaveTextContent('派生所依据的原情景');
    // nothing changed yet: no gap
    expect(screen.getByTestId('report-baseline-gap')).toHaveTextContent('0.0');
  });

  it('a baseline that no longer exists: the section says so', async () => {
    await renderReport(policy.id, 'gone-away');
    expect(screen.getByTestId('report-baseline')).toHaveTextContent('所选基准情景已不存在或无法计算');
  });
});
