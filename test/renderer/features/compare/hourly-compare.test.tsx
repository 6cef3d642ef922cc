import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import type { Scenario } from '../../../../shared/model/scenario';
import { setLanguage } from '../../../../renderer/i18n';
import { makeFormatter } from '../../../../renderer/components/results/format';
import type { ComparedRun } from '../../../../renderer/features/compare/compare-chart-options';
import { reportText } from '../../../../renderer/features/report/report-text';
import { presetScenario } from '../results/preset';

vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn(() => ({
    setOption: vi.fn(),
    resize: vi.fn(),
    dispose: vi.fn(),
    getWidth: () => 0,
    getHeight: () => 0,
  })),
}));

const { HourlyCompare } = await import('../../../../renderer/features/compare/HourlyCompare');
const { HourlyCompareSection } = await import('../../../../renderer/features/report/HourlyCompareSection');

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

const fmt = () => makeFormatter('zh', (u) => i18next.getFixedT('zh', 'results')(`units.${u}`));

/** 连州 policy with a 100 MW export and a 150 MW import limit: its noon surplus is curtailed, its evening peak partly unserved. */
function limited(): Scenario {
  const s = presetScenario('lianzhou-policy');
  s.id = 'lz-limited';
  s.name = '连州 限额方案';
  s.hourly = { ...s.hourly!, exportLimitMW: 100, importLimitMW: 150 };
  return s;
}
function noHourly(): Scenario {
  const s = presetScenario('lianzhou-baseline');
  s.id = 'lz-annual';
  s.name = '连州 仅年度';
  delete s.hourly;
  return s;
}

const COLORS = ['#0b6e4f', '#4e79a7', '#f28e2b', '#7b5ea7'];
const runsOf = (scenarios: Scenario[]): ComparedRun[] =>
  scenarios.map((s, i) => ({ id: s.id, name: s.name, color: COLORS[i]!, results: runScenario(s) }));
const zh = (d: number) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: d, maximumFractionDigits: d });
const wan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

describe('compare: build-out plans on the hourly balance', () => {
  it('curtailment, peak import and export of each plan in the chosen years, unserved load where a plan has some, and the plan without a balance named', () => {
    const runs = runsOf([
      presetScenario('lianzhou-baseline'),
      presetScenario('lianzhou-policy'),
      limited(),
      noHourly(),
    ]);
    render(<HourlyCompare runs={runs} years={[2025, 2030, 2035]} fmt={fmt()} />);
    expect(screen.getByTestId('compare-hourly')).toHaveTextContent('逐时电力平衡：弃电与最大受电、外送功率');
    expect(screen.getByTestId('compare-hourly-none')).toHaveTextContent('连州 仅年度 未开启逐时电力平衡，不在此列。');
    const table = screen.getByTestId('compare-hourly-table');
    expect([...table.querySelectorAll('thead th.num')].map((th) => th.textContent)).toEqual(['2025', '2030', '2035']);
    // only the three plans with a balance have rows
    expect(table.querySelectorAll('[data-testid^="compare-hourly-lz-annual"]')).toHaveLength(0);
    const policy = runs[1]!.results.hourly!.years.find((y) => y.year === 2030)!;
    const cut = runs[2]!.results.hourly!.years.find((y) => y.year === 2030)!;
    // the engine's values, as shown: peak import in 万千瓦 (MW ÷ 10), rates to 0.1 %, energy to 0.01 亿千瓦时
    const importCell = screen.getByTestId('compare-hourly-lianzhou-policy-peakImportMW-2030');
    expect(importCell).toHaveTextContent(wan.format(policy.peakImportMW / 10));
    expect(importCell).toHaveAttribute('data-value', String(policy.peakImportMW));
    // no limit: nothing curtailed
    expect(screen.getByTestId('compare-hourly-lianzhou-policy-curtailmentPct-2030')).toHaveTextContent(/^0\.0$/);
    // 100 MW of export against a noon surplus of several hundred MW: curtailed; import capped at 150 MW = 15 万千瓦
    expect(cut.curtailmentPct).toBeGreaterThan(0);
    expect(screen.getByTestId('compare-hourly-lz-limited-curtailmentPct-2030')).toHaveTextContent(
      zh(1).format(cut.curtailmentPct),
    );
    expect(screen.getByTestId('compare-hourly-lz-limited-curtailedYiKWh-2030')).toHaveTextContent(
      zh(2).format(cut.curtailedTotalYiKWh),
    );
    expect(screen.getByTestId('compare-hourly-lz-limited-peakImportMW-2030')).toHaveTextContent(/^15$/);
    expect(screen.getByTestId('compare-hourly-lz-limited-peakExportMW-2030')).toHaveTextContent(/^10$/);
    // a 2030 peak load above 150 MW with the import capped there: some hours unserved, so the rows show for every plan
    expect(cut.unservedHours).toBeGreaterThan(0);
    expect(screen.getByTestId('compare-hourly-lz-limited-unservedHours-2030')).toHaveTextContent(
      zh(0).format(cut.unservedHours),
    );
    expect(screen.getByTestId('compare-hourly-lianzhou-policy-unservedHours-2030')).toHaveTextContent(/^0$/);
    expect(screen.getByTestId('compare-hourly-chart-curtailmentPct')).toBeInTheDocument();
    expect(screen.getByTestId('compare-hourly-chart-peakImportMW')).toBeInTheDocument();
    expect(screen.queryByTestId('compare-hourly-no-curtailment')).toBeNull();
  });

  it('no unserved rows when no plan leaves load unserved (no import limit)', () => {
    render(
      <HourlyCompare
        runs={runsOf([presetScenario('lianzhou-baseline'), presetScenario('lianzhou-policy')])}
        years={[2030]}
        fmt={fmt()}
      />,
    );
    expect(screen.queryByTestId('compare-hourly-lianzhou-policy-unservedHours-2030')).toBeNull();
    expect(screen.queryByTestId('compare-hourly-none')).toBeNull();
    // no export limit in either: nothing curtailed in any year, said in words instead of a flat line
    expect(screen.getByTestId('compare-hourly-no-curtailment')).toHaveTextContent('各情景在规划期内均无弃电');
    expect(screen.queryByTestId('compare-hourly-chart-curtailmentPct')).toBeNull();
    expect(screen.getByTestId('compare-hourly-chart-peakImportMW')).toBeInTheDocument();
  });

  it('nothing when no compared scenario has the balance', () => {
    const other = noHourly();
    other.id = 'lz-annual-2';
    render(<HourlyCompare runs={runsOf([noHourly(), other])} years={[2030]} fmt={fmt()} />);
    expect(screen.queryByTestId('compare-hourly')).toBeNull();
  });

  it('the printed comparison shows the same table in the compare page’s years', () => {
    const scenarios = [presetScenario('lianzhou-policy'), limited(), noHourly()];
    const items = scenarios.map((scenario) => ({ scenario, results: runScenario(scenario) }));
    render(<HourlyCompareSection items={items} years={[2030, 2035]} x={reportText('zh')} />);
    expect(screen.getByTestId('report-hourly-compare-none')).toHaveTextContent('连州 仅年度');
    const cut = items[1]!.results.hourly!.years.find((y) => y.year === 2035)!;
    expect(screen.getByTestId('report-hourly-compare-lz-limited-curtailmentPct-2035')).toHaveTextContent(
      zh(1).format(cut.curtailmentPct),
    );
    expect(screen.getByTestId('report-hourly-compare-table')).toHaveTextContent('最大受电功率（万千瓦）');
    expect(screen.getByTestId('report-chart-hourly-compare-curtailmentPct')).toBeInTheDocument();
  });
});
