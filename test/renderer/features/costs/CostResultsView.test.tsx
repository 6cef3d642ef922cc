import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../../renderer/i18n';
import { loadChartLibrary } from '../../../../renderer/components/chart/load';
import type { ReferenceState } from '../../../../renderer/features/costs/NpvStatement';
import { costsFixture, maccFixture } from './fixture';

// happy-dom has no canvas; the charts get a stand-in whose options the tests can read.
const charts: { setOption: ReturnType<typeof vi.fn> }[] = [];
vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn(() => {
    const c = { setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn(), getWidth: () => 0, getHeight: () => 0 };
    charts.push(c);
    return c;
  }),
}));

const { CostResultsView } = await import('../../../../renderer/features/costs/CostResultsView');

beforeAll(() => loadChartLibrary());
afterEach(cleanup);
beforeEach(async () => {
  charts.length = 0;
  await setLanguage('zh');
});

const done = (npv: number, co2: number, perT: number | null): ReferenceState => ({
  status: 'done',
  name: '清远市基准情景',
  self: false,
  comparison: { referenceId: 'qingyuan-baseline', npvDiffYiYuan: npv, co2AvoidedWanT: co2, costPerTonneYuan: perT },
});

function show(reference: ReferenceState, macc = maccFixture()) {
  render(<CostResultsView costs={costsFixture()} from={2021} to={2030} reference={reference} macc={macc} />);
}

describe('CostResultsView', () => {
  it('states the NPV against the reference in words: which reference, the years, the difference, CO2 avoided, 元/吨', () => {
    // 12.345 亿元 more for 250 万t avoided: 12.345e8 / 250e4 = 493.8 元/t
    show(done(12.345, 250, 493.8));
    expect(screen.getByTestId('costs-npv-statement')).toHaveTextContent(
      '相对于参比情景『清远市基准情景』，本情景 2021–2030 年净现值增加 12.35 亿元，累计减排 250.0 万吨，减排成本 494 元/吨。',
    );
  });

  it('a reference over another horizon is flagged: the comparison cannot be used as it is', () => {
    show({ ...done(1, 1, 1e4), horizonDiffers: true } as ReferenceState);
    expect(screen.getByTestId('costs-npv-horizon')).toHaveTextContent('情景期相同');
    cleanup();
    show(done(1, 1, 1e4));
    expect(screen.queryByTestId('costs-npv-horizon')).toBeNull();
  });

  it('a saving is a decrease, and a plan that emits more has no cost per tonne', () => {
    show(done(-3, -40, null));
    expect(screen.getByTestId('costs-npv-statement')).toHaveTextContent('净现值减少 3.00 亿元');
    expect(screen.getByTestId('costs-npv-statement')).toHaveTextContent('多排 40.0 万吨');
    expect(screen.getByTestId('costs-npv-statement')).not.toHaveTextContent('元/吨');
  });

  it('without a reference: says so and how to set one', () => {
    show({ status: 'none' });
    expect(screen.getByTestId('costs-npv-none')).toHaveTextContent('尚未设定参比情景');
    expect(screen.getByTestId('costs-npv')).toHaveTextContent('「成本」面板');
  });

  it('a reference gone from the library, and the scenario as its own reference, are said as such', () => {
    show({ status: 'missing', id: 'old-baseline' });
    expect(screen.getByTestId('costs-npv-missing')).toHaveTextContent('old-baseline');
    cleanup();
    show({ status: 'done', name: '清远市政策情景', self: true, comparison: { referenceId: 'x', npvDiffYiYuan: 0, co2AvoidedWanT: 0, costPerTonneYuan: null } });
    expect(screen.getByTestId('costs-npv-statement')).toHaveTextContent('净现值差为零');
  });

  it("shows the engine's totals, the funding need per plan period and the LCOE with its inputs", () => {
    show({ status: 'none' });
    expect(screen.getByTestId('costs-total')).toHaveTextContent('总投资（2021–2030 年）30.00 亿元');
    expect(screen.getByTestId('costs-pv')).toHaveTextContent('折现到 2020 年');
    expect(screen.getByTestId('costs-basis')).toHaveTextContent('2024 年价格');
    expect(screen.getByTestId('costs-basis')).toHaveTextContent('折现率 8.0%');
    const periods = screen.getByTestId('costs-period-table');
    expect(within(periods).getByText('十四五（2021–2025）')).toBeInTheDocument();
    expect(within(screen.getByTestId('costs-period-row-pv')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['10.00', '0.00']);
    expect(within(screen.getByTestId('costs-period-total')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['10.00', '20.00']);
    const pv = within(screen.getByTestId('costs-lcoe-pv')).getAllByRole('cell').map((c) => c.textContent);
    expect(pv).toEqual(['0.249', '2,500', '40', '25', '1,100', '0.000']);
    expect(screen.getByTestId('costs-lcoe-battery')).toHaveTextContent('不发电');
  });

  it('the abatement curve: drawn cheapest first with a row per entry; what avoids nothing is listed in words', () => {
    show({ status: 'none' });
    const rows = within(screen.getByTestId('costs-macc-table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual(['costs-macc-row-pv-b', 'costs-macc-row-bo-d', 'costs-macc-row-wind-a']);
    expect(screen.getByTestId('costs-macc-none')).toHaveTextContent('抽蓄C');
  });

  it('English words the same statement', async () => {
    await setLanguage('en');
    show(done(12.345, 250, 493.8));
    expect(screen.getByTestId('costs-npv-statement')).toHaveTextContent('Against the reference scenario “清远市基准情景”, this scenario\'s net present value over 2021–2030 rises by 12.35');
  });
});
