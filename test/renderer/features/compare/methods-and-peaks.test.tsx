import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioResults, TargetStatus } from '../../../../shared/engine/results';
import { setLanguage } from '../../../../renderer/i18n';
import { makeFormatter } from '../../../../renderer/components/results/format';
import type { ComparedRun } from '../../../../renderer/features/compare/compare-chart-options';
import { co2CompareOption, co2PerGdpCompareOption } from '../../../../renderer/features/compare/compare-chart-options';
import { KeyFigureTable } from '../../../../renderer/features/compare/KeyFigureTable';
import { MethodsTable } from '../../../../renderer/features/compare/MethodsTable';
import { TargetMatrix } from '../../../../renderer/features/compare/TargetMatrix';
import { handResults } from '../../components/results/hand-results';

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

const t = i18next.getFixedT('zh', 'results');
const fmt = makeFormatter('zh', (u) => t(`units.${u}`));

const peakTarget = (met: boolean, margin: number | null, actual: number): TargetStatus => ({
  id: 'peak', label: '2030年前碳达峰', metric: 'peakYear', year: 2030, binding: true, target: 2030, actual, met, margin, unit: '年',
});

/** 95 → 47 by 2026 → 84 by 2030: with 2 % of 95 = 1.9, 2027 (60 > 47 + 1.9) is the rebound; the 2020 peak does not hold. */
const rebounding = handResults('a', 2020, [95, 61, 58, 55, 52, 50, 47, 60, 70, 80, 84], {
  year: 2020, co2: 95, rebound: { year: 2027, co2: 60, fromYear: 2026, fromCo2: 47 }, holds: false,
}, { targets: [peakTarget(false, null, 2020)], years: (_, i) => ({ actual: { gdp: i >= 1 && i <= 3, energy: i >= 1 && i <= 3 } }) });

/** 100 in 2028; 2027–2030 within 2 % (≥ 98): plateau 2027–2030; falling after, so the peak holds, 2 years early. */
const plateau: ScenarioResults = {
  ...handResults('b', 2020, [80, 85, 88, 90, 92, 95, 97, 98.5, 100, 99, 98.2, 90], { year: 2028, co2: 100, plateau: { fromYear: 2027, toYear: 2030 } }, { targets: [peakTarget(true, 2, 2028)] }),
  methods: { energyControl: 'renewableIncreaseExcluded', renewableAttribution: 'provincialPool', electricityCo2: 'locationBased', peakTolerancePct: 2, peakScope: 'energy' },
};

const runs: ComparedRun[] = [
  { id: 'a', name: '连州市 政策情景', color: '#0b6e4f', results: rebounding },
  { id: 'b', name: '韶关市 政策情景', color: '#4e79a7', results: plateau },
];

describe('compare: methods of each scenario', () => {
  it('shows each scenario’s methods and marks the rows where they differ', () => {
    render(<MethodsTable runs={runs} fmt={fmt} />);
    expect(screen.getByTestId('compare-method-a-energyControl')).toHaveTextContent('非化石能源消费量不纳入（发改环资〔2024〕113号）');
    expect(screen.getByTestId('compare-method-b-energyControl')).toHaveTextContent('发改运行〔2022〕1258号');
    expect(screen.getByTestId('compare-method-energyControl')).toHaveAttribute('data-differ', 'true');
    expect(screen.getByTestId('compare-method-electricityCo2')).toHaveAttribute('data-differ', 'true');
    expect(screen.getByTestId('compare-method-a-electricityCo2')).toHaveTextContent('本工具口径');
    expect(screen.getByTestId('compare-method-renewableAttribution')).toHaveAttribute('data-differ', 'false');
    expect(screen.getByTestId('compare-method-peakTolerancePct')).toHaveTextContent('平台期与回升容差 ±2.0%');
    expect(screen.getByTestId('compare-methods-note')).toHaveTextContent('差值部分来自口径');
  });

  it('says so when all use the same methods', () => {
    render(<MethodsTable runs={[runs[0]!, { ...runs[0]!, id: 'c', results: { ...rebounding, scenarioId: 'c' } }]} fmt={fmt} />);
    expect(screen.getByTestId('compare-methods-note')).toHaveAttribute('data-differ', 'false');
    expect(screen.getByTestId('compare-methods-note')).toHaveTextContent('所选情景采用相同的核算口径。');
  });
});

describe('compare: the peak with plateau and rebound', () => {
  it('target matrix: a rebound reads missed with its reason, a plateau is named', () => {
    render(<TargetMatrix runs={runs} fmt={fmt} t={t} labelOf={(_, s) => s.label} />);
    const a = screen.getByTestId('matrix-cell-a-peakYear-2030');
    expect(a).toHaveAttribute('data-met', 'false');
    expect(a).toHaveTextContent('未达成');
    expect(a).toHaveTextContent('2027年回升，不算达峰');
    expect(screen.getByTestId('matrix-peak-note-a')).toHaveTextContent('最高排放在2020年；2027年回升至 60.0 万吨二氧化碳，较2026年低点 47.0 万吨二氧化碳 回升超过峰值的 2.0%，不算达峰');
    const b = screen.getByTestId('matrix-cell-b-peakYear-2030');
    expect(b).toHaveAttribute('data-met', 'true');
    expect(b).toHaveTextContent('提前 2 年');
    expect(screen.getByTestId('matrix-peak-note-b')).toHaveTextContent('最高排放在2028年；平台期 2027–2030年（峰值 ±2.0% 以内）');
    // the row is named in the documents' words
    expect(screen.getByTestId('matrix-row-peakYear-2030')).toHaveTextContent('碳达峰年份');
  });

  it('key figures: the peak year carries its rebound or plateau, published years are marked 实际', () => {
    render(<KeyFigureTable runs={runs} years={[2022, 2025]} fmt={fmt} />);
    expect(screen.getByTestId('compare-cell-a-peakYear-all')).toHaveTextContent('2027年回升，不算达峰');
    expect(screen.getByTestId('compare-cell-b-peakYear-all')).toHaveTextContent('平台期 2027–2030年');
    // scenario a has GDP and energy published for 2021–2023
    const co2a = screen.getByTestId('compare-cell-a-co2-2022');
    expect(co2a).toHaveAttribute('data-actual', 'true');
    expect(within(co2a).getByText('实际')).toBeInTheDocument();
    expect(screen.getByTestId('compare-cell-a-co2-2025')).not.toHaveAttribute('data-actual');
    expect(screen.getByTestId('compare-cell-b-co2-2022')).not.toHaveAttribute('data-actual');
    expect(screen.getByTestId('compare-table')).toHaveTextContent('单位地区生产总值二氧化碳排放');
    expect(screen.getByTestId('compare-table')).toHaveTextContent('非化石能源消费比重');
  });
});

describe('compare charts: statistics solid, projections dashed', () => {
  type Line = { name: string; data: unknown[]; lineStyle?: { type?: string }; tooltip?: { show?: boolean } };
  it('splits the line of a scenario with published years into two series of its name', () => {
    const series = co2CompareOption({ runs, fmt, t }).series as Line[];
    // a: GDP and energy published 2021–2023 → dashed line plus a solid part; b: no statistics → one solid line
    const a = series.filter((s) => s.name === '连州市 政策情景');
    expect(a.map((s) => s.lineStyle?.type)).toEqual(['dashed', 'solid']);
    expect(a[1]!.tooltip).toEqual({ show: false });
    // the solid part covers 2021–2023 and joins the dashed line in 2024
    expect(a[1]!.data.slice(0, 6)).toEqual([['2020', null], ['2021', 61], ['2022', 58], ['2023', 55], ['2024', 52], ['2025', null]]);
    const b = series.filter((s) => s.name === '韶关市 政策情景');
    expect(b).toHaveLength(1);
    expect(b[0]!.lineStyle?.type).toBeUndefined();
    // intensities rest on GDP too: the same years here, as both were published
    expect((co2PerGdpCompareOption({ runs, fmt, t }).series as Line[]).filter((s) => s.name === '连州市 政策情景').map((s) => s.lineStyle?.type)).toEqual(['dashed', 'solid']);
  });
});
