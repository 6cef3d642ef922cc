import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ChartOption } from '../../../../renderer/components/Chart';
import { co2Option } from '../../../../renderer/components/results/chart-options';
import { makeFormatter } from '../../../../renderer/components/results/format';
import { runScenario } from '../../../../shared/engine/run';
import { makeIndustrialCity } from '../../features/sectors/fixture';

const t = i18next.getFixedT('zh', 'results');
const fmt = makeFormatter('zh', (u) => t(`units.${u}`));
type AnySeries = { name: string; data: unknown[]; markPoint?: { data: { coord: unknown[] }[] } };
const byName = (o: ChartOption, name: string) => (o.series as AnySeries[]).find((s) => s.name === name);

describe('the CO2 chart marks the peak on what it was judged on', () => {
  it('energy scope: on the total, no process line', () => {
    const r = runScenario(makeIndustrialCity());
    const o = co2Option({ results: r, fmt, t });
    expect(byName(o, '排放总量')!.markPoint!.data[0]!.coord).toEqual([String(r.peak.year), r.peak.co2]);
    expect(byName(o, '含工业过程排放（达峰口径）')).toBeUndefined();
  });

  it('energy and process scope: a line of energy + process CO2 apart from the stack carries the mark; the total keeps energy CO2', () => {
    const r = runScenario(makeIndustrialCity((s) => (s.accounting.peakScope = 'energyAndProcess')));
    const o = co2Option({ results: r, fmt, t });
    const judged = byName(o, '含工业过程排放（达峰口径）')!;
    expect(judged.data).toEqual(r.years.map((y) => y.co2 + y.processCo2));
    expect(judged.markPoint!.data[0]!.coord).toEqual([String(r.peak.year), r.peak.co2]);
    expect(byName(o, '排放总量')!.markPoint).toBeUndefined();
    expect(byName(o, '排放总量')!.data).toEqual(r.years.map((y) => y.co2));
  });
});
