import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ChartOption } from '../../../../renderer/components/Chart';
import { makeFormatter } from '../../../../renderer/components/results/format';
import { sectorCo2Option } from '../../../../renderer/components/results/sector-chart-option';
import { PROCESS_COLOR, SECTOR_COLORS } from '../../../../renderer/components/results/sector-palette';
import { runScenario } from '../../../../shared/engine/run';
import { handResults } from './hand-results';
import { makeCity } from '../../features/results/fixture';

const t = i18next.getFixedT('zh', 'results');
const ts = i18next.getFixedT('zh', 'sectors');
const fmt = makeFormatter('zh', (u) => t(`units.${u}`));

type AnySeries = { name: string; data: number[]; stack?: string; color?: string; lineStyle?: { type?: string } };
const seriesOf = (o: ChartOption) => o.series as AnySeries[];

describe('sector CO2 chart', () => {
  it('stacks each sector with CO2, process CO2 right above industry, unallocated CO2 as dashed lines outside the stack', () => {
    // Two years by hand: industry 60 energy + 10 process, transport 20, buildings 15, waste 5 (no sector).
    // Construction and agriculture have nothing in either year, so they stay out of the legend.
    const sector = (energy: number, process = 0) => ({
      direct: energy,
      electricity: 0,
      process,
      energy,
      judged: energy,
      energyUse: 1,
    });
    const results = handResults(
      's',
      2020,
      [100, 100],
      { year: 2020, co2: 100 },
      {
        years: () => ({
          processCo2: 10,
          sectorCo2: {
            industry: sector(60, 10),
            construction: sector(0),
            buildings: sector(15),
            transport: sector(20),
            agriculture: sector(0),
          },
          co2Unallocated: { storageLosses: 0, wasteIncineration: 5, electricity: 0 },
        }),
      },
    );
    const s = seriesOf(sectorCo2Option({ results, fmt, t, ts }));
    expect(s.map((x) => x.name)).toEqual([
      '工业',
      '工业生产过程排放',
      '城乡建设',
      '交通运输',
      '垃圾焚烧发电（化石碳，未分领域）',
    ]);
    expect(s[0]).toMatchObject({ stack: 'sectors', color: SECTOR_COLORS.industry, data: [60, 60] });
    expect(s[1]).toMatchObject({ stack: 'sectors', color: PROCESS_COLOR, data: [10, 10] });
    expect(s[4]!.stack).toBeUndefined();
    expect(s[4]!.lineStyle!.type).toBe('dashed');
    // the stack plus the lines beside it: 60 + 10 + 15 + 20 + 5 = 110 = energy CO2 100 + process CO2 10
    expect(s.reduce((a, x) => a + x.data[0]!, 0)).toBe(110);
  });

  it("on an engine result the stack's energy bands and the unallocated lines add up to energy CO2", () => {
    const results = runScenario(makeCity());
    const s = seriesOf(sectorCo2Option({ results, fmt, t, ts })).filter((x) => x.name !== '工业生产过程排放');
    results.years.forEach((y, i) => expect(s.reduce((a, x) => a + x.data[i]!, 0)).toBeCloseTo(y.co2, 9));
  });
});
