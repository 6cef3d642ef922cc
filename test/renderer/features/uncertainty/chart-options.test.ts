import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import type { EnsembleResults } from '../../../../shared/engine/ensemble/types';
import {
  bandOption,
  peakOption,
  tornadoOption,
  tornadoRows,
} from '../../../../renderer/features/uncertainty/chart-options';
import { makeFormatter } from '../../../../renderer/components/results/format';
import { runScenario } from '../../../../shared/engine/run';
import { presetScenario } from '../results/preset';
import { setLanguage } from '../../../../renderer/i18n';

beforeAll(() => setLanguage('zh'));

const t = () => i18next.getFixedT('zh', 'uncertainty');
const tr = () => i18next.getFixedT('zh', 'results');
const fmt = makeFormatter('zh', (u) => u);

const ensemble = (over: Partial<EnsembleResults>): EnsembleResults =>
  ({
    scenarioId: 's',
    runs: 100,
    seed: 1,
    failed: 0,
    failedRuns: [],
    inputs: [],
    hourly: 'annual',
    targets: [],
    bands: {},
    peakYears: [],
    noPeak: 0,
    tornadoYear: 2030,
    tornadoCentral: 100,
    costs: null,
    tornado: [],
    ...over,
  }) as EnsembleResults;

type LineSeries = { name: string; data: (number | null)[]; stack?: string; areaStyle?: unknown };

describe('bandOption', () => {
  it('stacks P90 − P10 on P10 for the shading, draws P50 and the central run, and names three legend entries', () => {
    const central = runScenario(presetScenario('lianzhou-policy'));
    const [y0, y1] = [central.years[0]!, central.years[1]!];
    const band = { years: [y0.year, y1.year], p10: [10, 20], p50: [12, 23], p90: [14, 26] };
    const option = bandOption('co2', band, { central, fmt, t: t(), tr: tr() });
    const series = option.series as LineSeries[];
    // P10 as is; the shaded part is P90 − P10: 14 − 10 = 4, 26 − 20 = 6
    expect(series[0]!.data).toEqual([10, 20]);
    expect(series[1]!.data).toEqual([4, 6]);
    expect(series[0]!.stack).toBe('band');
    expect(series[1]!.stack).toBe('band');
    expect(series[1]!.areaStyle).toBeDefined();
    expect(series[2]!.data).toEqual([12, 23]);
    // the central run: the scenario's own CO2 in those two years
    expect(series[3]!.data).toEqual([y0.co2, y1.co2]);
    expect((option.legend as { data: string[] }).data).toEqual(['P10–P90', 'P50（中位数）', '中值情景']);
  });

  it('gives the three percentiles and the central run as numbers in the tooltip, not the stacked difference', () => {
    const central = runScenario(presetScenario('lianzhou-policy'));
    const band = { years: [central.years[0]!.year], p10: [10], p50: [12], p90: [14] };
    const option = bandOption('co2', band, { central, fmt, t: t(), tr: tr() });
    const text = (option.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 0 }]);
    expect(text).toContain('P90：14.0');
    expect(text).toContain('P10：10.0');
    expect(text).not.toMatch(/：4\.0/);
  });
});

describe('peakOption', () => {
  it('draws every year from the first to the last peak year (zero where none peak) and the runs without a peak as a bar of their own', () => {
    const option = peakOption(
      ensemble({
        peakYears: [
          { year: 2028, count: 60 },
          { year: 2030, count: 30 },
        ],
        noPeak: 10,
      }),
      { fmt, t: t() },
    );
    expect((option.xAxis as { data: string[] }).data).toEqual(['2028', '2029', '2030', '未达峰']);
    const data = (option.series as { data: { value: number }[] }[])[0]!.data.map((d) => d.value);
    // 60 + 0 + 30 + 10 = 100 runs
    expect(data).toEqual([60, 0, 30, 10]);
  });

  it('has no extra bar when every run peaks', () => {
    const option = peakOption(ensemble({ peakYears: [{ year: 2025, count: 100 }], noPeak: 0 }), { fmt, t: t() });
    expect((option.xAxis as { data: string[] }).data).toEqual(['2025']);
  });
});

describe('tornado', () => {
  const e = ensemble({
    tornadoCentral: 100,
    tornado: [
      { input: 'gridFactor', atLow: 90, atHigh: 110 },
      { input: 'gdpGrowth', atLow: 95, atHigh: 130 },
    ],
  });

  it('orders the inputs by the swing from low to high, largest first, as changes from the central CO2', () => {
    // gdpGrowth swings 130 − 95 = 35, gridFactor 110 − 90 = 20
    expect(tornadoRows(e)).toEqual([
      { input: 'gdpGrowth', atLow: 95, atHigh: 130, low: -5, high: 30 },
      { input: 'gridFactor', atLow: 90, atHigh: 110, low: -10, high: 10 },
    ]);
  });

  it('puts the largest on top (the category axis runs upwards) with both bars starting at the central value', () => {
    const option = tornadoOption(e, (input) => input, { fmt, t: t() });
    expect((option.yAxis as { data: string[] }).data).toEqual(['gridFactor', 'gdpGrowth']);
    const [low, high] = option.series as { data: number[]; stack?: string }[];
    expect(low!.data).toEqual([-10, -5]);
    expect(high!.data).toEqual([10, 30]);
    expect(low!.stack).toBeUndefined();
  });
});
