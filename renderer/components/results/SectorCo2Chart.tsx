import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResults } from '../../../shared/engine/results';
import { Chart, type ChartRenderer } from '../Chart';
import { useResultsFormat } from './useResultsFormat';
import { sectorCo2Option } from './sector-chart-option';

type Props = {
  results: ScenarioResults;
  /** px, or any CSS length */
  height?: number | string;
  /** 'canvas' on screen, 'svg' for print */
  renderer?: ChartRenderer;
};

/** CO2 by plan sector by year (分领域二氧化碳排放), industry's process CO2 its own band, unallocated CO2 as lines beside. */
export function SectorCo2Chart({ results, height = 300, renderer = 'canvas' }: Props) {
  const { t, fmt } = useResultsFormat();
  const { t: ts } = useTranslation('sectors');
  const option = useMemo(() => sectorCo2Option({ results, fmt, t, ts }), [results, fmt, t, ts]);
  return (
    <Chart
      option={option}
      renderer={renderer}
      height={height}
      ariaLabel={ts('chart.title')}
      testId="sector-co2-chart"
    />
  );
}
