import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ChartOption } from '../../../../renderer/components/Chart';
import { makeFormatter } from '../../../../renderer/components/results/format';
import { sectorCompareOption, sectorCompareSlots } from '../../../../renderer/components/results/sector-compare-option';
import { runScenario } from '../../../../shared/engine/run';
import { makeCity } from '../../features/results/fixture';
import { makeIndustrialCity } from '../../features/sectors/fixture';

const t = i18next.getFixedT('zh', 'results');
const ts = i18next.getFixedT('zh', 'sectors');
const fmt = makeFormatter('zh', (u) => t(`units.${u}`));
type AnySeries = { name: string; data: (number | null)[]; stack: string; type: string };

describe('sectors compared', () => {
  const a = { name: '甲', results: runScenario(makeIndustrialCity()) };
  const b = { name: '乙', results: runScenario(makeCity((s) => (s.endYear = 2030))) };

  it('one bar per scenario in each year, grouped by year', () => {
    expect(sectorCompareSlots([a, b], [2025, 2030])).toEqual([
      { year: 2025, run: 0 },
      { year: 2025, run: 1 },
      { year: 2030, run: 0 },
      { year: 2030, run: 1 },
    ]);
  });

  it('each bar stacks sectors, process CO2 and the unallocated rest up to energy + process CO2; no bar where a scenario ends earlier', () => {
    const o: ChartOption = sectorCompareOption({ runs: [a, b], years: [2030, 2035], fmt, t, ts });
    const series = o.series as AnySeries[];
    expect(series.every((s) => s.type === 'bar' && s.stack === 'sectors')).toBe(true);
    expect(series.map((s) => s.name)).toContain('工业生产过程排放');
    expect((o.xAxis as { data: string[] }).data).toEqual(['甲\n2030年', '乙\n2030年', '甲\n2035年', '乙\n2035年']);
    const top = (i: number) => series.reduce((sum, s) => sum + (s.data[i] ?? 0), 0);
    const y2035 = a.results.years[2035 - 2020]!;
    expect(top(2)).toBeCloseTo(y2035.co2 + y2035.processCo2, 9);
    // 乙 ends in 2030: no value in 2035 in any series
    expect(series.every((s) => s.data[3] === null)).toBe(true);
    const b2030 = b.results.years[10]!;
    expect(top(1)).toBeCloseTo(b2030.co2, 9); // no process lines in 乙
  });
});
