import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import type { Scenario } from '../../../../shared/model/scenario';
import { setGridLimit } from '../../../../shared/model/ops-hourly';
import { setLanguage } from '../../../../renderer/i18n';
import { setCapacityPreference } from '../../../../renderer/features/settings/capacity-unit';
import { loadChartLibrary } from '../../../../renderer/components/chart/load';
import { presetScenario } from '../results/preset';
import { sourceFor } from '../../../../renderer/features/editor/sources';

// happy-dom has no canvas; the charts get a stand-in whose options the tests can read.
const charts: { setOption: ReturnType<typeof vi.fn> }[] = [];
vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn(() => {
    const c = { setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn(), getWidth: () => 0, getHeight: () => 0 };
    charts.push(c);
    return c;
  }),
}));

const { HourlyPanel } = await import('../../../../renderer/features/hourly/HourlyPanel');

beforeAll(() => loadChartLibrary());
// happy-dom's IntersectionObserver never reports: the panel then draws at once, as where there is none
vi.stubGlobal('IntersectionObserver', undefined);
afterEach(cleanup);
beforeEach(async () => {
  charts.length = 0;
  await setLanguage('zh');
  setCapacityPreference('auto');
});

/** The panel over a scenario held here: an edit is applied as the document would take it. */
function Host({ initial, readOnly = false, onScenario }: { initial: Scenario; readOnly?: boolean; onScenario?: (s: Scenario) => void }) {
  const [s, setS] = useState(initial);
  return (
    <HourlyPanel
      scenario={s}
      readOnly={readOnly}
      edit={(apply) => {
        setS((prev) => {
          const next = apply(prev);
          onScenario?.(next);
          return next;
        });
        return Promise.resolve([]);
      }}
      sourceOf={(path) => sourceFor(s, path)}
    />
  );
}

const cell = (row: string, year: number) => within(screen.getByTestId(`hourly-row-${row}`)).getByText((_, el) => el?.getAttribute('data-year') === String(year));

describe('HourlyPanel', () => {
  it("shows the engine's yearly indicators in the capacity unit of the setting", async () => {
    const s = presetScenario('lianzhou-policy');
    const y2030 = runScenario(s).hourly!.years.find((y) => y.year === 2030)!;
    render(<Host initial={s} />);
    await screen.findByTestId('hourly-indicators', {}, { timeout: 10_000 });
    // 万千瓦 in Chinese: MW ÷ 10, two decimals
    expect(cell('peakImportMW', 2030).textContent).toBe((y2030.peakImportMW / 10).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
    expect(cell('curtailmentPct', 2030).textContent).toBe(y2030.curtailmentPct.toFixed(1));
    act(() => setCapacityPreference('mw'));
    expect(cell('peakImportMW', 2030).textContent).toBe(Math.round(y2030.peakImportMW).toLocaleString('zh-CN'));
  });

  it('draws the default year’s stress week, month × hour map and duration curves, and the yearly chart', async () => {
    const s = presetScenario('lianzhou-policy');
    const detail = runScenario(s).hourly!.detail!;
    render(<Host initial={s} />);
    await screen.findByTestId('hourly-detail', {}, { timeout: 10_000 });
    expect(screen.getByTestId('hourly-detail').getAttribute('data-year')).toBe(String(detail.year));
    expect(screen.getByTestId('hourly-year')).toHaveValue(String(detail.year));
    await waitFor(() => expect(charts.length).toBe(4));
    // the deficit week first: its load line carries the engine's MW in 万千瓦
    const week = charts[0]!.setOption.mock.calls[0]![0] as { series: { name: string; data: number[] }[] };
    const load = week.series.find((x) => x.name === '负荷')!;
    const deficit = detail.stressWeeks.find((w) => w.kind === 'deficit')!;
    load.data.forEach((v, i) => expect(v).toBeCloseTo(deficit.series.load[i]! / 10, 9));
    // sinks are drawn below the axis
    const charge = week.series.find((x) => x.name === '外送');
    if (charge) expect(Math.max(...charge.data)).toBeLessThanOrEqual(0);
  });

  it('asks the worker for another year', async () => {
    const s = presetScenario('lianzhou-policy');
    render(<Host initial={s} />);
    const select = await screen.findByTestId('hourly-year', {}, { timeout: 10_000 });
    fireEvent.change(select, { target: { value: '2045' } });
    await waitFor(() => expect(screen.getByTestId('hourly-detail').getAttribute('data-year')).toBe('2045'), { timeout: 10_000 });
  });

  it('an export limit typed in 万千瓦 is stored in MW and brings curtailment', async () => {
    let latest: Scenario | null = null;
    const s = presetScenario('lianzhou-policy');
    render(<Host initial={s} onScenario={(x) => (latest = x)} />);
    expect(screen.getByTestId('nolimit-hourly.exportLimitMW')).toBeInTheDocument();
    fireEvent.change(screen.getByTestId('field-hourly.exportLimitMW'), { target: { value: '1' } });
    // 1 万千瓦 = 10 MW
    await waitFor(() => expect(latest?.hourly?.exportLimitMW).toBe(10));
    const limited = runScenario(setGridLimit(s, 'export', 10)).hourly!.years.find((y) => y.year === 2030)!;
    expect(limited.curtailmentPct).toBeGreaterThan(0);
    await waitFor(() => expect(cell('curtailmentPct', 2030).textContent).toBe(limited.curtailmentPct.toFixed(1)), { timeout: 10_000 });
    // clearing the field removes the limit
    fireEvent.change(screen.getByTestId('field-hourly.exportLimitMW'), { target: { value: '' } });
    await waitFor(() => expect(latest?.hourly && 'exportLimitMW' in latest.hourly).toBe(false));
  });

  it('switches the balance off (settings kept) and on', async () => {
    let latest: Scenario | null = null;
    render(<Host initial={presetScenario('lianzhou-policy')} onScenario={(x) => (latest = x)} />);
    fireEvent.click(screen.getByTestId('field-hourly.enabled'));
    await screen.findByTestId('hourly-off');
    expect(latest!.hourly!.enabled).toBe(false);
    expect(screen.queryByTestId('hourly-results')).toBeNull();
    expect(screen.getByTestId('hourly-settings')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('field-hourly.enabled'));
    await screen.findByTestId('hourly-results');
  });

  it('feedback: the switch sets it, and the results say whether the annual figures count curtailment', async () => {
    let latest: Scenario | null = null;
    render(<Host initial={presetScenario('lianzhou-policy')} onScenario={(x) => (latest = x)} />);
    const state = await screen.findByTestId('hourly-feedback-state', {}, { timeout: 10_000 });
    expect(state.textContent).toBe('年度结果未计入弃电（逐时结果仅供参考）。');
    fireEvent.click(screen.getByTestId('field-hourly.feedback'));
    expect(latest!.hourly!.feedback).toBe(true);
    await waitFor(() => expect(screen.getByTestId('hourly-feedback-state').textContent).toBe('弃电与储能损耗已计入年度结果。'), { timeout: 10_000 });
  });

  it('adds a battery sized by the rule, with its assumed source, and removes it', async () => {
    let latest: Scenario | null = null;
    render(<Host initial={presetScenario('lianzhou-policy')} onScenario={(x) => (latest = x)} />);
    expect(screen.getByTestId('hourly-batteries-none')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('btn-add-battery'));
    const row = await screen.findByTestId('battery-bat-user-1');
    expect(latest!.hourly!.batteries[0]!.name).toBe('储能电站 1');
    expect(row.querySelector('[data-kind="assumed"]')).not.toBeNull();
    fireEvent.click(screen.getByTestId('btn-remove-battery-bat-user-1'));
    await screen.findByTestId('hourly-batteries-none');
  });

  it("gives each setting the editor's inherited / overridden mark", () => {
    const s = presetScenario('lianzhou-policy');
    render(<HourlyPanel scenario={s} readOnly={false} edit={() => Promise.resolve([])} sourceOf={(p) => sourceFor(s, p)} markOf={(p) => <span data-testid={`mark-${p}`} />} />);
    for (const path of ['hourly.enabled', 'hourly.feedback', 'hourly.exportLimitMW', 'hourly.importLimitMW', 'hourly.hydroDispatchablePct', 'hourly.latitude']) {
      expect(screen.getByTestId(`mark-${path}`)).toBeInTheDocument();
    }
  });

  it('read-only: every control disabled', () => {
    render(<Host initial={presetScenario('lianzhou-policy')} readOnly />);
    expect(screen.getByTestId('field-hourly.enabled')).toBeDisabled();
    expect(screen.getByTestId('field-hourly.exportLimitMW')).toBeDisabled();
    expect(screen.getByTestId('btn-add-battery')).toBeDisabled();
  });

  it('a scenario without the balance says so and offers the switch', () => {
    const { hourly: _none, ...s } = presetScenario('lianzhou-policy');
    render(<Host initial={s as Scenario} />);
    expect(screen.getByTestId('hourly-off')).toBeInTheDocument();
    expect(screen.queryByTestId('hourly-settings')).toBeNull();
  });
});
