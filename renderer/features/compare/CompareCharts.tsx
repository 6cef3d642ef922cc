import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart';
import type { Translate } from '../../components/results/chart-options';
import type { NumberFormatter } from '../../components/results/format';
import {
  COMPARE_CHART_BUILDERS,
  COMPARE_CHART_IDS,
  type CompareChartId,
  type ComparedRun,
} from './compare-chart-options';

type Props = { runs: readonly ComparedRun[]; fmt: NumberFormatter; t: Translate };

const HINTS = {
  co2: 'charts.peakHint',
  co2PerGdp: 'charts.pathHint',
  nonFossil: 'charts.targetHint',
  renewableCapacity: 'charts.capacityHint',
} as const satisfies Record<CompareChartId, string>;

/** The four overlaid charts: one line per scenario, in its colour. `t` is the results namespace's. */
export function CompareCharts({ runs, fmt, t }: Props) {
  const { t: tc } = useTranslation('compare');
  const options = useMemo(
    () => COMPARE_CHART_IDS.map((id) => ({ id, option: COMPARE_CHART_BUILDERS[id]({ runs, fmt, t }) })),
    [runs, fmt, t],
  );
  return (
    <section className="cmp-section" aria-labelledby="cmp-charts-h">
      <h2 id="cmp-charts-h">{tc('charts.heading')}</h2>
      <div className="cmp-charts">
        {options.map(({ id, option }) => (
          <figure key={id} className="res-chart cmp-chart" data-testid={`compare-chart-${id}`}>
            <figcaption>{tc(`charts.${id}`)}</figcaption>
            <Chart option={option} height={300} ariaLabel={tc(`charts.${id}`)} />
            <p className="cmp-chart-hint muted small">{tc(HINTS[id])}</p>
          </figure>
        ))}
      </div>
    </section>
  );
}
