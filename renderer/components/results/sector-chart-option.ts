import type { TFunction } from 'i18next';
import type { ScenarioResults } from '../../../shared/engine/results';
import { PLAN_SECTORS } from '../../../shared/model/vocabulary';
import type { ChartOption } from '../Chart';
import { frame, type Ctx, type Series } from './chart-frame';
import { PROCESS_COLOR, SECTOR_COLORS, UNALLOCATED_COLORS } from './sector-palette';

/** i18next's `t` for the `sectors` namespace. */
export type SectorsTranslate = TFunction<'sectors'>;

export type SectorCtx = Ctx & { ts: SectorsTranslate };

/** Below this a series is noise (a sector with no CO2 in any year): left out of the legend. */
const EPSILON = 1e-9;
const anyNonZero = (values: number[]) => values.some((v) => Math.abs(v) > EPSILON);

export const UNALLOCATED_KINDS = ['wasteIncineration', 'storageLosses', 'electricity'] as const;

function band(name: string, color: string, data: number[]): Series {
  return {
    type: 'line',
    name,
    stack: 'sectors',
    data,
    color,
    symbol: 'none',
    lineStyle: { width: 0.8, color },
    areaStyle: { color, opacity: 0.85 },
    emphasis: { focus: 'series' },
  };
}

/**
 * CO2 by plan sector, stacked: each sector's energy CO2 (fuels burnt in it and its share of
 * electricity's CO2), industry's process CO2 as its own band just above industry's energy, and the
 * CO2 no sector takes (waste incineration, storage losses) as dashed lines beside the stack, so the
 * stack is what the sectors account for and nothing is hidden inside it.
 */
export function sectorCo2Option(ctx: SectorCtx): ChartOption {
  const { results: r, ts } = ctx;
  const col = (pick: (y: ScenarioResults['years'][number]) => number) => r.years.map(pick);
  const series: Series[] = [];
  for (const s of PLAN_SECTORS) {
    const energy = col((y) => y.sectorCo2[s].energy);
    if (anyNonZero(energy)) series.push(band(ts(`sector.${s}`), SECTOR_COLORS[s], energy));
    if (s === 'industry') {
      const process = col((y) => y.sectorCo2.industry.process);
      if (anyNonZero(process)) series.push(band(ts('chart.process'), PROCESS_COLOR, process));
    }
  }
  for (const k of UNALLOCATED_KINDS) {
    const data = col((y) => y.co2Unallocated[k]);
    if (!anyNonZero(data)) continue;
    const color = UNALLOCATED_COLORS[k];
    series.push({
      type: 'line',
      name: ts(`unallocated.${k}`),
      data,
      color,
      symbol: 'none',
      lineStyle: { width: 1.5, type: 'dashed', color },
    });
  }
  const base = frame(ctx, 'wanTCo2', { legendItems: series.length });
  return { ...base, series };
}
