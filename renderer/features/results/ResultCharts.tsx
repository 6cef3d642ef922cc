import { useMemo } from 'react';
import type { ScenarioResults } from '../../../shared/engine/results';
import { Chart, type ChartRenderer } from '../../components/Chart';
import { CHART_BUILDERS, CHART_IDS, type Translate } from '../../components/results/chart-options';
import type { NumberFormatter } from '../../components/results/format';

type Props = { results: ScenarioResults; fmt: NumberFormatter; t: Translate; renderer: ChartRenderer };

/** The six result charts, each under its own heading. */
export function ResultCharts({ results, fmt, t, renderer }: Props) {
  const options = useMemo(() => CHART_IDS.map((id) => ({ id, option: CHART_BUILDERS[id]({ results, fmt, t }) })), [results, fmt, t]);
  return (
    <div className="res-charts">
      {options.map(({ id, option }) => (
        <figure key={id} className="res-chart" data-testid={`chart-${id}`}>
          <figcaption id={`res-chart-${id}`}>{t(`charts.${id}`)}</figcaption>
          <Chart option={option} renderer={renderer} height={300} ariaLabel={t(`charts.${id}`)} />
        </figure>
      ))}
    </div>
  );
}
