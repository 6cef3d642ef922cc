import { describe, expect, it } from 'vitest';
import { investmentOption, maccOption, maccSteps } from '../../../../renderer/features/costs/cost-charts';
import { costsFixture, maccFixture } from './fixture';

describe('maccSteps', () => {
  it('places the entries cheapest first, each as wide as its CO2, one after another', () => {
    const { steps, none } = maccSteps(maccFixture());
    // by 元/t: 光伏B −200 (10 万t), 新增光伏2026 100 (20 万t), 风电A 500 (30 万t)
    expect(steps.map((s) => s.entry.id)).toEqual(['pv-b', 'bo-d', 'wind-a']);
    // x: 0–10, 10–30, 30–60
    expect(steps.map((s) => [s.x0, s.x1, s.yuanPerT])).toEqual([
      [0, 10, -200],
      [10, 30, 100],
      [30, 60, 500],
    ]);
    // the pumped storage avoids nothing: listed apart, not drawn
    expect(none.map((e) => e.id)).toEqual(['ps-c']);
  });

  it('nothing to draw from nothing', () => {
    expect(maccSteps([])).toEqual({ steps: [], none: [] });
  });
});

describe('chart options', () => {
  it('the curve: one filled step per entry over its width, on a CO2 axis ending at the total', () => {
    const { steps } = maccSteps(maccFixture());
    const o = maccOption(steps, { x: 'x', y: 'y', tooltip: (s) => s.entry.label, axis: String });
    const series = o.series as { data: number[][] }[];
    expect(series.map((s) => s.data)).toEqual([
      [
        [0, -200],
        [10, -200],
      ],
      [
        [10, 100],
        [30, 100],
      ],
      [
        [30, 500],
        [60, 500],
      ],
    ]);
    expect((o.xAxis as { max: number }).max).toBe(60);
  });

  it('investment: a stacked bar per type that invests, by year', () => {
    const o = investmentOption(costsFixture().investmentByYear, { type: (t) => t, unit: '亿元', value: String, axis: String });
    const series = o.series as { name: string; stack: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual(['pv', 'wind']);
    expect(series.every((s) => s.stack === 'investment')).toBe(true);
    // 2022 is the second year of 2021–2030, 2027 the seventh
    expect(series[0]!.data[1]).toBe(10);
    expect(series[1]!.data[6]).toBe(20);
    expect((o.xAxis as { data: string[] }).data[0]).toBe('2021');
  });
});
