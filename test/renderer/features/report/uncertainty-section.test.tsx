import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runEnsemble } from '../../../../shared/engine/ensemble';
import { runScenario } from '../../../../shared/engine/run';
import { setRuns, setSeed } from '../../../../shared/model/ops-uncertainty';
import { RepoProvider } from '../../../../renderer/db/RepoContext';
import type { ScenarioRepo } from '../../../../renderer/db/repo';
import { installEnsembleBackend } from '../../../../renderer/engine/ensemble';
import { inProcessEnsembleBackend } from '../../../../renderer/engine/ensemble-in-process';
import { setLanguage } from '../../../../renderer/i18n';
import { freshRepo } from '../../db/fixtures';
import { presetScenario } from '../results/preset';
import { reportApi } from './fake-api';

vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn(() => ({ setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn(), getWidth: () => 0, getHeight: () => 0 })),
}));
vi.setConfig({ testTimeout: 30_000 });

const { ReportPage } = await import('../../../../renderer/features/report/ReportPage');

// 韶关 policy with its own settings: 300 runs from seed 5 (the default ranges otherwise)
const planned = { ...setSeed(setRuns(presetScenario('shaoguan-policy'), 300), 5), id: 'sg-planned', name: '韶关 不确定性' };
const plain = presetScenario('shaoguan-baseline');
const fmt = (v: number, d: number) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);
let repo: ScenarioRepo;

beforeEach(async () => {
  await setLanguage('zh');
  ({ repo } = await freshRepo({ presets: [planned, plain] }));
  installEnsembleBackend(inProcessEnsembleBackend());
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

describe('不确定性分析 in a scenario report', () => {
  it('states runs and seed, and shows the engine’s probabilities, bands, peak years and tornado', async () => {
    await renderReport(planned.id);
    const e = runEnsemble(planned, { runs: 300, seed: 5 });
    const section = screen.getByTestId('report-uncertainty');
    expect(section).toHaveTextContent('不确定性分析');
    expect(section).toHaveTextContent('共 300 次，随机种子 5');
    expect(screen.getByTestId('report-uncertainty-scope')).toHaveTextContent('按年度模型计算');

    const gdp = within(screen.getByTestId('report-uncertainty-input-gdpGrowth'));
    expect(gdp.getByRole('rowheader')).toHaveTextContent('地区生产总值增速');
    expect(gdp.getAllByRole('cell').map((c) => c.textContent).slice(0, 5)).toEqual(['百分点', '-1', '0', '+1', '均匀分布']);

    const results = runScenario(planned);
    const peak = results.targets.find((t) => t.metric === 'peakYear')!;
    const p = e.targets.find((t) => t.id === peak.id)!;
    expect(screen.getByTestId(`report-uncertainty-target-${peak.id}`)).toHaveTextContent(`${fmt(p.probability * 100, 1)}%（${p.met}/${300 - e.failed} 次）`);

    const i = e.bands.co2.years.indexOf(2030);
    expect(screen.getByTestId('report-uncertainty-band-2030')).toHaveTextContent(
      `${fmt(e.bands.co2.p50[i]!, 1)}（${fmt(e.bands.co2.p10[i]!, 1)}—${fmt(e.bands.co2.p90[i]!, 1)}）`,
    );
    expect(within(screen.getByTestId('report-uncertainty-nopeak')).getAllByRole('cell')[0]).toHaveTextContent(String(e.noPeak));

    // the scenario's own costs across the runs, 亿元, P10/P50/P90 then the central run's figure
    const pv = within(screen.getByTestId('report-uncertainty-costs-presentValue'));
    expect(pv.getByRole('rowheader')).toHaveTextContent('供电成本现值（亿元）');
    const c = e.costs!.presentValueYiYuan;
    expect(pv.getAllByRole('cell').map((x) => x.textContent)).toEqual([c.p10, c.p50, c.p90, results.costs!.presentValueYiYuan].map((v) => fmt(v, 1)));
    expect(screen.getByTestId('report-uncertainty')).toHaveTextContent('此处不给出净现值差');

    // the widest bar first, as the engine orders them
    const rows = within(screen.getByTestId('report-uncertainty-tornado')).getAllByRole('row').slice(1);
    const first = e.tornado[0]!;
    expect(rows[0]).toHaveAttribute('data-testid', `report-uncertainty-bar-${first.input}`);
    expect(rows[0]).toHaveTextContent(fmt(first.atLow, 1));
  });

  it('is left out for a scenario without uncertainty settings of its own', async () => {
    await renderReport(plain.id);
    expect(screen.queryByTestId('report-uncertainty')).toBeNull();
  });
});
