import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { TargetStatus } from '../../../../shared/engine/results';
import type { ChartOption } from '../../../../renderer/components/Chart';
import { actualRuns, FLAG_COLOR } from '../../../../renderer/components/results/chart-marks';
import { co2Option, co2PerGdpOption, electricityOption, energyOption } from '../../../../renderer/components/results/chart-options';
import { makeFormatter } from '../../../../renderer/components/results/format';
import { handResults } from './hand-results';

const t = i18next.getFixedT('zh', 'results');
const fmt = makeFormatter('zh', (u) => t(`units.${u}`));

type AnySeries = {
  type: string;
  name: string;
  data: unknown[];
  lineStyle?: { type?: string };
  markPoint?: { data: { name?: string; coord: unknown[]; label?: { formatter?: string } }[]; label?: { formatter?: string } };
  markArea?: { data: [{ xAxis: string; name?: string; label?: { formatter?: string; show?: boolean } }, { xAxis: string }][] };
  markLine?: { data: { xAxis: string }[]; label?: { show?: boolean } };
};
const seriesOf = (o: ChartOption) => o.series as AnySeries[];
const byName = (o: ChartOption, name: string) => seriesOf(o).find((s) => s.name === name);

/**
 * 连州-like: 95 in 2020, 61 in 2021, falling to 47 in 2026, back to 84 in 2030.
 * With a 2 % tolerance the peak is 2020 at 95 (band 1.9): 2021 at 61 is outside it, so the plateau is 2020 alone.
 * The lowest value after the peak is 47 (2026); 2027 at 60 is above 47 + 1.9, so the rebound is 2027.
 */
const rebound = handResults('lz', 2020, [95, 61, 58, 55, 52, 50, 47, 60, 70, 80, 84], {
  year: 2020,
  co2: 95,
  rebound: { year: 2027, co2: 60, fromYear: 2026, fromCo2: 47 },
  holds: false,
});

/** 韶关-like: 100 in 2021, within 2 % of it (≥ 98) through 2024, then falling: plateau 2021–2024, no rebound. */
const plateau = handResults('sg', 2020, [96, 100, 99.5, 98.6, 98.1, 95, 92], { year: 2021, co2: 100, plateau: { fromYear: 2021, toYear: 2024 } });

describe('result chart marks', () => {
  it('marks a rebound on the CO2 total and names the peak point only the highest year', () => {
    const total = byName(co2Option({ results: rebound, fmt, t }), '排放总量')!;
    const points = total.markPoint!.data;
    expect(points.map((p) => p.coord)).toEqual([
      ['2020', 95],
      ['2027', 60],
    ]);
    expect(total.markPoint!.label!.formatter).toContain('最高 2020年');
    expect(points[1]!.label!.formatter).toBe('回升 2027年\n60.0 万吨二氧化碳');
    // plateau of one year: no band
    expect(total.markArea).toBeUndefined();
  });

  it('shades the plateau around the peak and names it with the tolerance in the legend, not on the plot', () => {
    const o = co2Option({ results: plateau, fmt, t });
    const total = byName(o, '排放总量')!;
    expect(total.markPoint!.label!.formatter).toContain('峰值 2021年');
    expect(total.markArea!.data).toHaveLength(1);
    const [from, to] = total.markArea!.data[0]!;
    expect([from.xAxis, to.xAxis]).toEqual(['2021', '2024']);
    // words in the band would cross the target lines and the stacked sources
    expect(from.label!.show).toBe(false);
    expect(byName(o, '平台期（峰值 ±2.0%）')!.data).toEqual([]);
  });

  it('names the peak-target lines in the legend, each line unlabelled on the plot', () => {
    // two peak-year targets inside the 2020–2026 horizon, one year apart: labels along the lines would touch
    const target = (year: number): TargetStatus => ({ id: `peak-${year}`, label: `${year}年前碳达峰`, metric: 'peakYear', year, binding: true, target: year, actual: 2021, met: true, margin: year - 2021, unit: '年' });
    const r = { ...plateau, targets: [target(2024), target(2025)] };
    const o = co2Option({ results: r, fmt, t });
    const total = byName(o, '排放总量')!;
    expect(total.markLine!.data.map((d) => d.xAxis)).toEqual(['2024', '2025']);
    expect(total.markLine!.label!.show).toBe(false);
    expect(byName(o, '达峰目标年份（2024、2025 年）')!.data).toEqual([]);
  });

  it('draws published years solid and projections dashed, with a band over the published years', () => {
    // GDP and energy published for 2021–2023; energy alone for 2024
    const r = handResults('h', 2020, [10, 11, 12, 13, 14, 15], { year: 2025, co2: 15, withinHorizon: false }, {
      years: (_, i) => ({ actual: { gdp: i >= 1 && i <= 3, energy: i >= 1 && i <= 4 } }),
    });
    expect(actualRuns(r, 'energy')).toEqual([{ from: 2021, to: 2024 }]);
    expect(actualRuns(r, 'gdpAndEnergy')).toEqual([{ from: 2021, to: 2023 }]);
    const o = co2Option({ results: r, fmt, t });
    const projected = byName(o, '排放总量（预测）')!;
    const actual = byName(o, '排放总量（实际）')!;
    expect(projected.lineStyle!.type).toBe('dashed');
    expect(projected.data).toEqual([10, 11, 12, 13, 14, 15]);
    expect(actual.lineStyle!.type).toBe('solid');
    // 2021–2024 published, and 2025 where the dashed line takes over
    expect(actual.data).toEqual([null, 11, 12, 13, 14, 15]);
    expect(projected.markArea!.data.map(([a, b]) => [a.xAxis, b.xAxis])).toEqual([['2021', '2024']]);
    // CO2 per GDP rests on GDP as well: statistics end in 2023 there
    const perGdp = byName(co2PerGdpOption({ results: r, fmt, t }), '本情景（实际）')!;
    expect(perGdp.data).toEqual([null, 0.11, 0.12, 0.13, 0.14, null]);
  });

  it('leaves lines solid and unsplit without published statistics', () => {
    const o = co2Option({ results: plateau, fmt, t });
    expect(byName(o, '排放总量')!.lineStyle!.type).toBeUndefined();
    expect(byName(o, '排放总量（实际）')).toBeUndefined();
  });

  it('puts a pin on each flagged year of the chart of its metric, the change in its tooltip', () => {
    const r = handResults('f', 2020, [95, 61, 62], { year: 2020, co2: 95 }, {
      flags: [
        // (61 / 95 − 1) × 100 = −35.79 %
        { year: 2021, metric: 'co2', from: 95, to: 61, changePct: -35.79, drivers: [] },
        { year: 2022, metric: 'energy', from: 40, to: 50, changePct: 25, drivers: [] },
      ],
    });
    const co2Pins = byName(co2Option({ results: r, fmt, t }), '较上年变化超过10%')!;
    expect(co2Pins.data).toEqual([{ value: ['2021', 61], name: '二氧化碳排放 -35.8%' }]);
    expect((co2Pins as { color?: string }).color).toBe(FLAG_COLOR);
    // the energy flag goes on the energy chart at the year's energy (50 万tce in every hand year)
    expect(byName(energyOption({ results: r, fmt, t }), '较上年变化超过10%')!.data).toEqual([{ value: ['2022', 50], name: '能源消费总量 +25.0%' }]);
    expect(byName(co2PerGdpOption({ results: r, fmt, t }), '较上年变化超过10%')).toBeUndefined();
  });

  it('sets published 全社会用电量 beside the demand line', () => {
    const r = handResults('e', 2020, [1, 2, 3], { year: 2022, co2: 3, withinHorizon: false }, { years: (_, i) => (i === 1 ? { reported: { electricityUse: 22.5 } } : {}) });
    expect(byName(electricityOption({ results: r, fmt, t }), '全社会用电量（统计）')!.data).toEqual([['2021', 22.5]]);
  });
});
