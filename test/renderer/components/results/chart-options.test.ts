import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import type { ScenarioResults } from '../../../../shared/engine/results';
import type { ChartOption } from '../../../../renderer/components/Chart';
import { FUEL_COLORS, GENERATOR_COLORS, scenarioColor } from '../../../../renderer/components/chart/palette';
import { CHART_BUILDERS, CHART_IDS, co2Option, co2PerGdpOption, electricityOption, energyOption, nonFossilOption, capacityOption } from '../../../../renderer/components/results/chart-options';
import { makeFormatter } from '../../../../renderer/components/results/format';
import { intensityTargetPath } from '../../../../shared/engine/target-path';
import { makeCity } from '../../features/results/fixture';
import { handResults } from './hand-results';

/** The zh strings, so names in the options are checkable. */
const t = i18next.getFixedT('zh', 'results');
const fmt = makeFormatter('zh', (u) => t(`units.${u}`));

type AnySeries = { type: string; name: string; data: unknown[]; color?: string; stack?: string; markPoint?: { data: { coord: unknown[] }[] }; markLine?: { data: { xAxis: string }[] } };
const seriesOf = (o: ChartOption) => o.series as AnySeries[];
const byName = (o: ChartOption, name: string) => seriesOf(o).find((s) => s.name === name);

const results: ScenarioResults = runScenario(makeCity());
const ctx = { results, fmt, t };

describe('chart options', () => {
  it('CO2: sources stacked, the total on top, the peak marked where the engine found it', () => {
    const o = co2Option(ctx);
    const total = byName(o, '排放总量')!;
    expect(total.data).toEqual(results.years.map((y) => y.co2));
    expect(total.markPoint!.data[0]!.coord).toEqual([String(results.peak.year), results.peak.co2]);
    expect(byName(o, '煤炭')!.stack).toBe('co2');
    expect(byName(o, '生物质')).toBeUndefined(); // biogenic: zero in every year, so not in the legend
    expect(byName(o, '净调入电量')!.data).toEqual(results.years.map((y) => y.co2BySource.importedElectricity));
    expect(total.markLine!.data).toEqual([{ xAxis: '2030', value: 2030 }]);
    expect(byName(o, '总量上限')!.data).toEqual([['2030', 4000]]);
  });

  it('CO2: no peak mark when CO2 has not peaked within the horizon', () => {
    const rising = runScenario(makeCity((s) => (s.energy.intensityDeclinePct = 0)));
    expect(rising.peak.withinHorizon).toBe(false);
    expect(byName(co2Option({ ...ctx, results: rising }), '排放总量')!.markPoint).toBeUndefined();
  });

  it('CO2 per GDP: scenario line and the target path from the targets', () => {
    const o = co2PerGdpOption(ctx);
    expect(byName(o, '本情景')!.data).toEqual(results.years.map((y) => y.co2PerGdp));
    expect(byName(o, '目标路径')!.data).toEqual(intensityTargetPath(results).map((p) => [String(p.year), p.value]));
  });

  it("the scenario line in the scenario's own colour, as compare and the printed report draw it", () => {
    expect(byName(co2PerGdpOption(ctx), '本情景')!.color).toBe(scenarioColor(results.scenarioId));
    expect(byName(nonFossilOption(ctx), '本情景')!.color).toBe(scenarioColor(results.scenarioId));
  });

  it('energy: one stacked series per fuel in use, coloured from the palette', () => {
    const o = energyOption(ctx);
    expect(seriesOf(o).map((s) => s.name)).toEqual(['煤炭', '油品', '天然气', '电力', '生物质']);
    expect(byName(o, '天然气')!.color).toBe(FUEL_COLORS.gas);
    const sum = results.years.map((_, i) => seriesOf(o).reduce((a, s) => a + (s.data[i] as number), 0));
    sum.forEach((v, i) => expect(v).toBeCloseTo(results.years[i]!.energy, 9));
  });

  it('electricity: supply stacks up to demand plus pumped-storage losses', () => {
    const o = electricityOption(ctx);
    const supply = seriesOf(o).filter((s) => s.stack === 'supply');
    expect(supply.map((s) => s.name)).toEqual(['煤电', '水电', '光伏', '风电', '净调入电量']);
    expect(byName(o, '光伏')!.color).toBe(GENERATOR_COLORS.pv);
    const demandAndLoss = seriesOf(o).filter((s) => s.stack === 'demand');
    expect(demandAndLoss.map((s) => s.name)).toEqual(['用电量', '抽水蓄能抽发损耗电量']);
    results.years.forEach((y, i) => {
      const stacked = supply.reduce((a, s) => a + (s.data[i] as number), 0);
      const needed = demandAndLoss.reduce((a, s) => a + (s.data[i] as number), 0);
      expect(stacked).toBeCloseTo(needed, 9);
      expect(needed).toBeCloseTo(y.electricityDemand + y.storageLoss, 9);
    });
  });

  it('non-fossil share against its targets; capacity by renewable type plus pumped storage', () => {
    expect(byName(nonFossilOption(ctx), '目标')!.data).toEqual([
      ['2025', 40],
      ['2030', 25],
    ]);
    const cap = capacityOption(ctx);
    expect(seriesOf(cap).map((s) => s.name)).toEqual(['水电', '光伏', '风电', '抽水蓄能']);
    // drawn in 万千瓦, the Chinese default: 1,400 MW of PV / 10 MW per 万千瓦 = 140, 1,200 MW of pumped storage = 120
    expect(byName(cap, '光伏')!.data.at(-1)).toBe(140);
    expect(byName(cap, '抽水蓄能')!.data.at(-1)).toBe(120);
    expect((cap.yAxis as { name: string }).name).toBe('万千瓦');
    // in MW where the settings say so
    const inMW = capacityOption({ ...ctx, fmt: makeFormatter('zh', (u) => t(`units.${u}`), 'mw') });
    expect(byName(inMW, '光伏')!.data.at(-1)).toBe(1400);
    expect((inMW.yAxis as { name: string }).name).toBe('MW');
    expect(byName(cap, '抽水蓄能')!.data[0]).toBeNull();
  });

  it('every chart: year axis over the horizon, unit on the value axis, locale tooltips, no animation', () => {
    for (const id of CHART_IDS) {
      const o = CHART_BUILDERS[id](ctx) as ChartOption & { xAxis: { data: string[] }; yAxis: { name: string }; tooltip: { valueFormatter: (v: unknown) => string } };
      expect(o.xAxis.data).toEqual(results.years.map((y) => String(y.year)));
      expect(o.yAxis.name).toMatch(/^(万吨二氧化碳|吨二氧化碳\/万元|万吨标准煤|亿千瓦时|%|万千瓦)$/);
      expect(o.animation).toBe(false);
      expect(o.tooltip.valueFormatter(null)).toBe('—');
    }
    const tip = (co2Option(ctx) as { tooltip: { valueFormatter: (v: unknown) => string } }).tooltip.valueFormatter;
    expect(tip(3793.236)).toBe('3,793.2 万吨二氧化碳');
  });

  it('labels the plan years on every chart, whatever the chart width', () => {
    // the axis runs from the base year 2020 year by year; a label and a tick on every fifth year:
    // 2020 (13th plan's last), 2025 (14th), 2030 (15th), 2035, … and on no other year
    for (const id of CHART_IDS) {
      const o = CHART_BUILDERS[id](ctx) as { xAxis: { data: string[]; axisLabel: { interval: (i: number, v: string) => boolean }; axisTick: { interval: (i: number, v: string) => boolean } } };
      const labelled = o.xAxis.data.filter((v, i) => o.xAxis.axisLabel.interval(i, v));
      expect(labelled).toEqual(o.xAxis.data.filter((v) => Number(v) % 5 === 0));
      expect(labelled.slice(0, 3)).toEqual(['2020', '2025', '2030']);
      expect(o.xAxis.data.filter((v, i) => o.xAxis.axisTick.interval(i, v))).toEqual(labelled);
    }
  });

  it('puts the peak label above the point, growing away from the target lines near it', () => {
    // 2020–2040 (21 years), peak 2032: a label is about a third of the axis wide, 7 years;
    // the line goes on beside the point, so never beside it
    const co2 = Array.from({ length: 21 }, (_, i) => 100 - Math.abs(12 - i));
    const target = (year: number) => ({ id: `p${year}`, label: '', metric: 'peakYear' as const, year, binding: true, target: year, actual: 2032, met: false, margin: null, unit: '年' });
    const label = (targets: ReturnType<typeof target>[]) => {
      const r = handResults('t', 2020, co2, { year: 2032, co2: 100, withinHorizon: true, holds: true }, { targets });
      const total = byName(co2Option({ ...ctx, results: r }), '排放总量') as unknown as { markPoint: { label: { position: string; align: string } } };
      return total.markPoint.label;
    };
    // a 2030 target line 2 years left of the peak: the label grows to the right
    expect(label([target(2030)])).toEqual(expect.objectContaining({ position: 'top', align: 'left' }));
    // a 2035 target line to the right: it grows to the left
    expect(label([target(2035)])).toEqual(expect.objectContaining({ position: 'top', align: 'right' }));
    // no target line within reach: centred above the point
    expect(label([target(2020)])).toEqual(expect.objectContaining({ position: 'top', align: 'center' }));
  });
});
