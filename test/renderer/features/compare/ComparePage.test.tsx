import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { decomposeCo2, LMDI_DRIVERS } from '../../../../shared/engine/lmdi';
import { runScenario } from '../../../../shared/engine/run';
import type { ScenarioResults } from '../../../../shared/engine/results';
import { RepoProvider } from '../../../../renderer/db/RepoContext';
import type { ScenarioRepo } from '../../../../renderer/db/repo';
import { setLanguage } from '../../../../renderer/i18n';
import { freshRepo } from '../../db/fixtures';
import { presetScenario } from '../results/preset';
import { loadChartLibrary } from '../../../../renderer/components/chart/load';

// happy-dom has no canvas; each chart gets a stand-in that keeps the element it sits in and its options.
type FakeChart = {
  el: HTMLElement;
  setOption: ReturnType<typeof vi.fn>;
  resize: ReturnType<typeof vi.fn>;
  dispose: ReturnType<typeof vi.fn>;
};
const charts: FakeChart[] = [];
vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn((el: HTMLElement) => {
    const c = { el, setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn(), getWidth: () => 0, getHeight: () => 0 };
    charts.push(c);
    return c;
  }),
}));

const { ComparePage } = await import('../../../../renderer/features/compare/ComparePage');

const BASE = 'qingyuan-baseline';
const POLICY = 'qingyuan-policy';
const OTHER = 'shaoguan-policy';
const PRESET_IDS = [BASE, POLICY, 'lianzhou-policy', OTHER, 'shaoguan-baseline'];

const results = new Map<string, ScenarioResults>(PRESET_IDS.map((id) => [id, runScenario(presetScenario(id))]));
const at = (id: string, year: number) => {
  const r = results.get(id)!;
  return r.years[year - r.baseYear]!;
};

let repo: ScenarioRepo;

afterEach(cleanup);
beforeEach(async () => {
  charts.length = 0;
  await setLanguage('zh');
  ({ repo } = await freshRepo({ presets: PRESET_IDS.map((id) => presetScenario(id)) }));
});

function renderCompare(query: string) {
  window.location.hash = `#/compare?${query}`;
  const user = userEvent.setup();
  render(
    <RepoProvider repo={repo}>
      <ComparePage query={query} />
    </RepoProvider>,
  );
  return user;
}

const cell = (id: string, metric: string, year: number | 'all') =>
  screen.getByTestId(`compare-cell-${id}-${metric}-${year}`);
const num = (el: HTMLElement, attr = 'data-value') => Number(el.getAttribute(attr));
/**
 * The last option given to the chart inside the element with this testid. A chart draws in a
 * passive effect, which React may run a task after the commit that put its host in the page.
 */
async function chartOption(testId: string): Promise<Record<string, unknown>> {
  return waitFor(() => {
    const host = screen.getByTestId(testId);
    const chart = charts.filter((c) => host.contains(c.el)).at(-1);
    const call = chart?.setOption.mock.calls.at(-1);
    if (!call) throw new Error(`no chart drawn in ${testId}`);
    return call[0] as Record<string, unknown>;
  });
}


// ECharts is a lazy chunk in the app; loaded up front here so charts draw on mount
beforeAll(() => loadChartLibrary());
describe('ComparePage on the Qingyuan presets', () => {
  it('shows the key figures of both scenarios for the default years, with differences to the first', async () => {
    renderCompare(`ids=${BASE},${POLICY}`);
    await screen.findByTestId('compare-table');
    for (const year of [2025, 2030, 2035, 2060]) {
      for (const metric of ['gdp', 'energy', 'co2', 'co2PerGdp', 'energyPerGdp', 'nonFossilShare'] as const) {
        const ref = at(BASE, year)[metric];
        const value = at(POLICY, year)[metric];
        expect(num(cell(BASE, metric, year))).toBe(ref);
        expect(num(cell(POLICY, metric, year))).toBe(value);
        expect(cell(BASE, metric, year).getAttribute('data-diff')).toBe('');
        expect(num(cell(POLICY, metric, year), 'data-diff')).toBeCloseTo(value - ref, 9);
        expect(num(cell(POLICY, metric, year), 'data-diff-pct')).toBeCloseTo(((value - ref) / Math.abs(ref)) * 100, 9);
      }
    }
    expect(screen.queryByTestId(`compare-cell-${POLICY}-co2-2040`)).toBeNull();

    // formatted for zh-CN: the CO2 gap in 2030 in 万tCO2 with its sign, then the relative gap
    const d = at(POLICY, 2030).co2 - at(BASE, 2030).co2;
    const one = (v: number) =>
      new Intl.NumberFormat('zh-CN', {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
        signDisplay: 'exceptZero',
      }).format(v);
    expect(cell(POLICY, 'co2', 2030)).toHaveTextContent(`${one(d)} 万吨二氧化碳（${one((d / at(BASE, 2030).co2) * 100)}%）`);
    // a share's difference is in percentage points
    expect(cell(POLICY, 'nonFossilShare', 2030)).toHaveTextContent('个百分点');

    const pb = results.get(BASE)!.peak;
    const pp = results.get(POLICY)!.peak;
    expect(num(cell(POLICY, 'peakCo2', 'all'))).toBe(pp.co2);
    expect(num(cell(POLICY, 'peakCo2', 'all'), 'data-diff')).toBeCloseTo(pp.co2 - pb.co2, 9);
    if (pp.withinHorizon && pb.withinHorizon)
      expect(num(cell(POLICY, 'peakYear', 'all'), 'data-diff')).toBe(pp.year - pb.year);
  });

  it('changes the years of the table and keeps them in the URL', async () => {
    const user = renderCompare(`ids=${BASE},${POLICY}`);
    await screen.findByTestId('compare-table');
    await user.click(screen.getByTestId('compare-year-2060'));
    await user.click(screen.getByTestId('compare-year-2040'));
    expect(screen.queryByTestId(`compare-cell-${POLICY}-co2-2060`)).toBeNull();
    expect(num(cell(POLICY, 'co2', 2040))).toBe(at(POLICY, 2040).co2);
    await user.selectOptions(screen.getByTestId('compare-year-add'), '2028');
    expect(num(cell(POLICY, 'co2', 2028))).toBe(at(POLICY, 2028).co2);
    expect(window.location.hash).toBe(`#/compare?ids=${BASE},${POLICY}&years=2025,2028,2030,2035,2040`);
  });

  it('marks which scenario meets which target, as the engine judged it', async () => {
    renderCompare(`ids=${BASE},${POLICY},${OTHER}`);
    const matrix = await screen.findByTestId('target-matrix');
    for (const id of [BASE, POLICY, OTHER]) {
      for (const t of results.get(id)!.targets) {
        const key = `${t.metric}-${t.fromYear !== undefined ? `${t.fromYear}-` : ''}${t.year}`;
        const c = within(matrix).getByTestId(`matrix-cell-${id}-${key}`);
        if (
          results
            .get(id)!
            .targets.filter(
              (x) => `${x.metric}-${x.fromYear ?? ''}${x.year}` === `${t.metric}-${t.fromYear ?? ''}${t.year}`,
            ).length === 1
        ) {
          expect(c).toHaveAttribute('data-met', t.met === null ? 'unknown' : String(t.met));
        }
        expect(c).toHaveTextContent(t.met === null ? '超出规划期' : t.met ? '达成' : '未达成');
      }
    }
    // Shaoguan has no Qingyuan-only targets: its cell says so rather than staying blank
    const qyOnly = results
      .get(BASE)!
      .targets.find(
        (t) =>
          !results
            .get(OTHER)!
            .targets.some((x) => x.metric === t.metric && x.year === t.year && x.fromYear === t.fromYear),
      )!;
    const key = `${qyOnly.metric}-${qyOnly.fromYear !== undefined ? `${qyOnly.fromYear}-` : ''}${qyOnly.year}`;
    expect(within(matrix).getByTestId(`matrix-cell-${OTHER}-${key}`)).toHaveAttribute('data-met', 'none');
    const judged = results.get(POLICY)!.targets.filter((t) => t.met !== null);
    expect(screen.getByTestId(`matrix-summary-${POLICY}`)).toHaveTextContent(
      `${judged.filter((t) => t.met).length}/${judged.length} 达成`,
    );
  });

  it('decomposes the CO2 gap of 2030 by LMDI: the parts add up to the total', async () => {
    renderCompare(`ids=${BASE},${POLICY}`);
    await screen.findByTestId('lmdi-waterfall');
    const expected = decomposeCo2(at(BASE, 2030), at(POLICY, 2030));
    const total = num(screen.getByTestId('lmdi-total'));
    expect(total).toBeCloseTo(at(POLICY, 2030).co2 - at(BASE, 2030).co2, 9);
    expect(total).not.toBe(0);
    let sum = 0;
    for (const d of LMDI_DRIVERS) {
      const part = num(screen.getByTestId(`lmdi-part-${d}`));
      expect(part).toBe(expected.parts.find((p) => p.driver === d)!.value);
      sum += part;
    }
    expect(sum).toBeCloseTo(total, 9);
    expect(screen.getByTestId('lmdi-check')).toHaveAttribute('data-adds-up', 'true');

    // the waterfall: one bar per driver that moves the gap, then the total, labelled in Chinese
    const option = await chartOption('lmdi-waterfall');
    const labels = (option.yAxis as { data: string[] }).data;
    const moving = expected.parts.filter((p) => Math.abs(p.value) >= 1e-6);
    expect(labels).toHaveLength(moving.length + 1);
    expect(labels.at(-1)).toBe('总差值');
    expect(labels).toContain('能耗强度');
    const [base, above, below] = option.series as {
      data: (number | { value: number })[];
      itemStyle?: { color: string };
    }[];
    expect(base!.itemStyle!.color).toBe('transparent');
    // each bar's visible length is its part; the last one the total
    const visible = above!.data.map(
      (v, i) => (v as { value: number }).value - (below!.data[i] as { value: number }).value,
    );
    moving.forEach((p, i) => expect(visible[i]).toBeCloseTo(Math.abs(p.value), 9));
    expect(visible.at(-1)).toBeCloseTo(Math.abs(total), 9);
  });

  it('picks B and the year of the decomposition, and keeps them in the URL', async () => {
    const user = renderCompare(`ids=${BASE},${POLICY},${OTHER}`);
    await screen.findByTestId('lmdi-waterfall');
    await user.selectOptions(screen.getByTestId('lmdi-b'), OTHER);
    await user.selectOptions(screen.getByTestId('lmdi-year'), '2035');
    expect(num(screen.getByTestId('lmdi-total'))).toBeCloseTo(at(OTHER, 2035).co2 - at(BASE, 2035).co2, 9);
    const sum = LMDI_DRIVERS.reduce((s, d) => s + num(screen.getByTestId(`lmdi-part-${d}`)), 0);
    expect(sum).toBeCloseTo(num(screen.getByTestId('lmdi-total')), 9);
    expect(window.location.hash).toBe(`#/compare?ids=${BASE},${POLICY},${OTHER}&b=${OTHER}&lmdiYear=2035`);
  });

  it('adds and removes scenarios with the checkboxes, at most four, and keeps them in the URL', async () => {
    const user = renderCompare(`ids=${BASE}`);
    expect(await screen.findByTestId('compare-need')).toHaveTextContent('请至少选择 2 个情景');
    expect(screen.queryByTestId('btn-print-compare')).toBeNull();
    expect(screen.getByTestId(`compare-pick-${BASE}`)).toBeChecked();
    await user.click(screen.getByTestId(`compare-pick-${POLICY}`));
    await screen.findByTestId('compare-table');
    expect(window.location.hash).toBe(`#/compare?ids=${BASE},${POLICY}`);
    expect(screen.getByTestId('btn-print-compare')).toHaveAttribute('href', `#/report?ids=${BASE},${POLICY}`);
    await user.click(screen.getByTestId(`compare-pick-${OTHER}`));
    await user.click(screen.getByTestId('compare-pick-lianzhou-policy'));
    await waitFor(() => expect(cell('lianzhou-policy', 'co2', 2030)).toBeInTheDocument());
    expect(screen.getByTestId('compare-pick-shaoguan-baseline')).toBeDisabled();
    await user.click(screen.getByTestId(`compare-pick-${POLICY}`));
    expect(screen.queryByTestId(`compare-cell-${POLICY}-co2-2030`)).toBeNull();
    expect(screen.getByTestId('compare-pick-shaoguan-baseline')).toBeEnabled();
    expect(window.location.hash).toBe(`#/compare?ids=${BASE},${OTHER},lianzhou-policy`);
  });

  it('makes another scenario the reference: the differences turn around', async () => {
    const user = renderCompare(`ids=${BASE},${POLICY}`);
    await screen.findByTestId('compare-table');
    const d = num(cell(POLICY, 'co2', 2030), 'data-diff');
    await user.click(screen.getByTestId(`compare-make-ref-${POLICY}`));
    expect(num(cell(BASE, 'co2', 2030), 'data-diff')).toBeCloseTo(-d, 9);
    expect(cell(POLICY, 'co2', 2030).getAttribute('data-diff')).toBe('');
    expect(num(screen.getByTestId('lmdi-total'))).toBeCloseTo(-d, 9);
    expect(window.location.hash).toBe(`#/compare?ids=${POLICY},${BASE}`);
  });

  it('draws the four overlaid charts, one line per scenario, CO2 per GDP with each target path', async () => {
    renderCompare(`ids=${BASE},${POLICY}`);
    await screen.findByTestId('compare-table');
    for (const id of ['co2', 'co2PerGdp', 'nonFossil', 'renewableCapacity']) {
      const option = await chartOption(`compare-chart-${id}`);
      const series = option.series as { name: string; data: [string, number][] }[];
      // one line per scenario (a scenario with published years draws them as a second, solid part of the same name)
      expect(new Set(series.filter((s) => s.name === '清远市 基准情景' || s.name === '清远市 政策情景').map((s) => s.name)).size).toBe(2);
    }
    const co2 = (await chartOption('compare-chart-co2')).series as { name: string; data: [string, number][] }[];
    expect(co2.find((s) => s.name === '清远市 政策情景')!.data.find(([y]) => y === '2030')![1]).toBe(at(POLICY, 2030).co2);
    const paths = ((await chartOption('compare-chart-co2PerGdp')).series as { name: string }[]).filter((s) =>
      s.name.endsWith('目标路径'),
    );
    expect(paths).toHaveLength(2);
  });

  it('names what is missing, and speaks English', async () => {
    await act(() => setLanguage('en'));
    renderCompare(`ids=gone,${BASE},${POLICY}`);
    expect(await screen.findByTestId('compare-missing')).toHaveTextContent('gone');
    await screen.findByTestId('compare-table');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Compare scenarios');
    expect(screen.getByTestId('compare-table')).toHaveTextContent('Qingyuan — baseline');
    expect(screen.getByTestId('lmdi-section')).toHaveTextContent('Energy intensity');
    const labels = ((await chartOption('lmdi-waterfall')).yAxis as { data: string[] }).data;
    expect(labels.at(-1)).toBe('Gap');
    const en = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(cell(POLICY, 'co2', 2030)).toHaveTextContent(en.format(at(POLICY, 2030).co2));
    expect(cell(POLICY, 'co2', 2030)).toHaveTextContent('10k tCO2 (');
  });
});
