import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import type { ScenarioResults } from '../../../../shared/engine/results';
import type { Scenario } from '../../../../shared/model/scenario';
import type { ScenarioIssue } from '../../../../shared/engine/series-values';
import { setLanguage } from '../../../../renderer/i18n';
import { makeCity } from './fixture';
import { PRESET_ID, presetScenario } from './preset';
import { loadChartLibrary } from '../../../../renderer/components/chart/load';
import { chartsDrawn } from '../../../../renderer/components/chart/draw-queue';

// happy-dom has no canvas; the charts get a stand-in instance whose options the tests can read.
const charts: { setOption: ReturnType<typeof vi.fn>; dispose: ReturnType<typeof vi.fn> }[] = [];
vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn(() => {
    const c = { setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn(), getWidth: () => 0, getHeight: () => 0 };
    charts.push(c);
    return c;
  }),
}));

const { ResultsPanel, LiveResultsPanel } = await import('../../../../renderer/features/results/ResultsPanel');

afterEach(cleanup);
beforeEach(async () => {
  charts.length = 0;
  await setLanguage('zh');
});

const kpi = (name: string) => screen.getByTestId(`kpi-${name}`);
const kpiValue = (name: string) => Number(kpi(name).getAttribute('data-value'));

function renderPanel(scenario: Scenario, results: ScenarioResults | null = runScenario(scenario), extra: { pending?: boolean } = {}) {
  return render(<ResultsPanel scenario={scenario} results={results} {...extra} />);
}


// ECharts is a lazy chunk in the app; loaded up front here so charts draw on mount
beforeAll(() => loadChartLibrary());
describe(`ResultsPanel on the ${PRESET_ID} preset`, () => {
  const scenario = presetScenario();
  const r = runScenario(scenario);
  const at = (year: number) => r.years[year - r.baseYear]!;

  it("shows the engine's numbers in the KPI cards", () => {
    renderPanel(scenario);
    expect(kpiValue('peak-year')).toBe(r.peak.year);
    expect(kpiValue('peak-co2')).toBe(r.peak.co2);
    expect(kpiValue('co2-2030')).toBe(at(2030).co2);
    expect(kpiValue('co2PerGdp-2025')).toBe(at(2025).co2PerGdp);
    expect(kpiValue('co2PerGdp-2030')).toBe(at(2030).co2PerGdp);
    expect(kpiValue('nonFossil-2025')).toBe(at(2025).nonFossilShare);
    expect(kpiValue('nonFossil-2030')).toBe(at(2030).nonFossilShare);
    expect(kpiValue('energyPerGdp-2025')).toBe(at(2025).energyPerGdp);
    expect(kpiValue('energyPerGdp-2030')).toBe(at(2030).energyPerGdp);
  });

  it('formats them for the locale with the decimals of each unit', () => {
    renderPanel(scenario);
    const wan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const three = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 3, maximumFractionDigits: 3 });
    expect(kpi('peak-co2')).toHaveTextContent(`${wan.format(r.peak.co2)} 万吨二氧化碳`);
    expect(kpi('co2PerGdp-2030')).toHaveTextContent(`${three.format(at(2030).co2PerGdp)} 吨二氧化碳/万元`);
    expect(kpi('nonFossil-2030')).toHaveTextContent(`${wan.format(at(2030).nonFossilShare)}%`);
    const p15 = r.periods.find((p) => p.plan === 15)!;
    expect(kpi('co2PerGdp-2030')).toHaveTextContent(`十五五期间 ${new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(p15.co2PerGdpChangePct)}%`);
  });

  it('lists every target with met or missed as the engine judged it', () => {
    renderPanel(scenario);
    expect(r.targets.length).toBeGreaterThan(0);
    for (const t of r.targets) {
      const row = screen.getByTestId(`target-row-${t.id}`);
      expect(row).toHaveAttribute('data-met', t.met === null ? 'unknown' : String(t.met));
      expect(row).toHaveTextContent(t.met === null ? '超出规划期' : t.met ? '达成' : '未达成');
      expect(row).toHaveTextContent(t.binding ? '约束性' : '预期性');
    }
    const judged = r.targets.filter((t) => t.met !== null);
    expect(screen.getByTestId('targets-summary')).toHaveTextContent(`${judged.filter((t) => t.met).length}/${judged.length} 项达成`);
  });

  it('shows a five-year-plan row per period', () => {
    renderPanel(scenario);
    for (const p of r.periods) expect(screen.getByTestId(`period-row-${p.plan}`)).toBeInTheDocument();
    expect(screen.getByTestId('period-row-14')).toHaveTextContent('十四五');
  });

  it('draws the six charts and disposes them when it goes away', async () => {
    const { unmount } = renderPanel(scenario);
    await act(() => chartsDrawn());
    expect(charts).toHaveLength(6);
    for (const c of charts) expect(c.setOption).toHaveBeenCalledTimes(1);
    unmount();
    for (const c of charts) expect(c.dispose).toHaveBeenCalledTimes(1);
  });
});

describe.each(['qingyuan-baseline', 'lianzhou-baseline', 'lianzhou-policy', 'shaoguan-baseline', 'shaoguan-policy'])('ResultsPanel on %s', (id) => {
  it('renders every KPI, target row and period of the engine', () => {
    const scenario = presetScenario(id);
    const r = runScenario(scenario);
    renderPanel(scenario, r);
    expect(kpiValue('peak-year')).toBe(r.peak.year);
    expect(kpiValue('co2-2030')).toBe(r.years[2030 - r.baseYear]!.co2);
    expect(screen.queryAllByTestId(/^target-row-/)).toHaveLength(r.targets.length);
    expect(screen.queryAllByTestId(/^period-row-/)).toHaveLength(r.periods.length);
    expect(screen.queryByTestId('results-issues')).toBeNull();
  });
});

describe('ResultsPanel details (test city)', () => {
  const scenario = makeCity();
  const r = runScenario(scenario);

  it('writes margins in percentage points, cap units and years', () => {
    renderPanel(scenario);
    const margin = (id: string) => within(screen.getByTestId(`target-row-${id}`)).getByTestId('target-margin').textContent;
    expect(margin('co2i-14')).toBe('差 0.2 个百分点');
    expect(margin('co2i-15')).toBe('+2.7 个百分点');
    // highest 3,793.2 万tCO2 in 2027; 2 % of it is 75.9. From 2024 (3,735) no later year is more than 75.9
    // above it or above a later low (2027's 3,793 < 3,735 + 75.9); from 2023 (3,695) 2027 is (> 3,770.9):
    // the peak is reached in 2024, six years before the 2030 target
    expect(margin('peak')).toBe('提前 6 年');
    expect(margin('cap-2030')).toMatch(/^低于上限 279\.8 万吨二氧化碳$/);
    expect(margin('cap-2040')).toBe('—');
    expect(screen.getByTestId('target-row-co2i-14')).toHaveTextContent('下降 19.5%');
    expect(screen.getByTestId('target-row-co2i-14')).toHaveTextContent('下降 19.3%');
    expect(screen.getByTestId('target-row-co2i-14')).toHaveTextContent('2020–2025年');
  });

  it('says so when CO2 does not peak within the horizon', () => {
    const rising = makeCity((s) => (s.energy.intensityDeclinePct = 0));
    renderPanel(rising);
    expect(kpi('peak-year')).toHaveTextContent('未在规划期内达峰');
    expect(kpi('peak-year')).toHaveAttribute('data-within-horizon', 'false');
    expect(within(screen.getByTestId('target-row-peak')).getByTestId('target-margin')).toHaveTextContent('规划期末仍在上升');
    expect(screen.getByTestId('target-row-peak')).toHaveTextContent('未达峰');
    expect(screen.getByTestId('target-row-peak')).toHaveAttribute('data-met', 'false');
  });

  it("shows the engine's issues instead of numbers when the scenario cannot be computed", () => {
    const issues: ScenarioIssue[] = [
      { path: 'energy.sectors.industry.fuelSharesPct', code: 'shares.fuelSum', params: { sum: 130, year: 2020 } },
      { path: 'economy.gdpGrowthPct', code: 'value.range', params: { bound: 'atMost', limit: 50, value: 60, year: 2024 } },
    ];
    render(<ResultsPanel scenario={scenario} results={r} issues={issues} />);
    const box = screen.getByTestId('results-issues');
    expect(box).toHaveAttribute('role', 'alert');
    expect(box).toHaveTextContent('情景无法计算');
    const items = within(box).getAllByTestId('results-issue');
    expect(items.map((i) => i.getAttribute('data-path'))).toEqual(issues.map((i) => i.path));
    expect(items[0]).toHaveTextContent('燃料占比合计须为 100%，2020 年为 130%');
    expect(items[1]).toHaveTextContent('2024 年为 60，须不大于 50');
    expect(screen.queryByTestId('kpi-peak-co2')).toBeNull();
    expect(screen.queryByTestId('target-table')).toBeNull();
    expect(charts).toHaveLength(0);
  });

  it("never shows another scenario's results as this one's", () => {
    renderPanel(makeCity((s) => (s.id = 'other')), r);
    expect(screen.getByTestId('results-panel')).toHaveAttribute('data-state', 'loading');
    expect(screen.queryByTestId('kpi-peak-co2')).toBeNull();
  });

  it('marks itself busy while newer results compute, keeping the numbers', () => {
    renderPanel(scenario, r, { pending: true });
    expect(screen.getByTestId('results-panel')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('计算中…')).toBeInTheDocument();
    expect(kpiValue('peak-co2')).toBe(r.peak.co2);
  });

  it('switches to English: labels, units and target labels', async () => {
    await setLanguage('en');
    renderPanel(scenario);
    expect(screen.getByRole('heading', { name: 'Results' })).toBeInTheDocument();
    expect(kpi('co2-2030')).toHaveTextContent(/CO2 in 2030[\d,.]+ 10k tCO2/);
    expect(screen.getByTestId('target-row-co2i-14')).toHaveTextContent('CO2 intensity, 14th plan');
    expect(within(screen.getByTestId('target-row-co2i-14')).getByTestId('target-margin')).toHaveTextContent('short by 0.2 pp');
    expect(screen.getByTestId('period-row-14')).toHaveTextContent('14th FYP (2021–2025)');
  });
});

describe('LiveResultsPanel', () => {
  it('shows the worker’s results and follows edits', async () => {
    const first = makeCity();
    const { rerender } = render(<LiveResultsPanel scenario={first} />);
    await waitFor(() => expect(kpiValue('co2-2030')).toBe(runScenario(first).years[10]!.co2));
    const edited = makeCity((s) => s.electricity.projects.push({ ...s.electricity.projects[0]!, id: 'pv-3', capacityMW: 3000, commissioningYear: 2026 }));
    rerender(<LiveResultsPanel scenario={edited} />);
    await waitFor(() => expect(kpiValue('co2-2030')).toBe(runScenario(edited).years[10]!.co2));
    expect(kpiValue('co2-2030')).toBeLessThan(runScenario(first).years[10]!.co2);
  });

  it('replaces the numbers by the issues when an edit breaks the scenario', async () => {
    const { rerender } = render(<LiveResultsPanel scenario={makeCity()} />);
    await act(async () => {
      rerender(<LiveResultsPanel scenario={makeCity((s) => (s.energy.sectors.industry.fuelSharesPct.coal = 90))} />);
    });
    await screen.findByTestId('results-issues');
    expect(screen.getByTestId('results-issue')).toHaveAttribute('data-path', 'energy.sectors.industry.fuelSharesPct');
    // the engine's issue in the UI language
    expect(screen.getByTestId('results-issue')).toHaveTextContent('燃料占比合计须为 100%');
    expect(screen.queryByTestId('kpi-co2-2030')).toBeNull();
  });
});
