import { useTranslation } from 'react-i18next';
import type { ScenarioResults } from '../../../shared/engine/results';
import type { Scenario } from '../../../shared/model/scenario';
import type { ChartRenderer } from '../../components/Chart';
import { useResultsFormat } from '../../components/results/useResultsFormat';
import { EmissionsBeside } from './EmissionsBeside';
import { ProductTable } from './ProductTable';
import { SectorCo2Chart } from '../../components/results/SectorCo2Chart';
import { SectorPeakTable } from './SectorPeakTable';
import './sectors.css';

type Props = { scenario: Scenario; results: ScenarioResults; renderer?: ChartRenderer };

/**
 * The results by 1+N plan sector and key product: CO2 by sector, each sector's peak, process CO2,
 * the forest sink and net emissions beside the headline figures, and the key products.
 */
export function SectorResults({ scenario, results, renderer = 'canvas' }: Props) {
  const { t: ts } = useTranslation('sectors');
  const { fmt, lang } = useResultsFormat();
  return (
    <section className="res-section sec-results" aria-labelledby="sec-h" data-testid="sector-results">
      <div className="res-section-head">
        <h3 id="sec-h">{ts('heading')}</h3>
      </div>
      <div className="res-pair">
        <figure className="res-chart" data-testid="chart-sectors">
          <figcaption id="sec-chart-h">{ts('chart.title')}</figcaption>
          <SectorCo2Chart results={results} renderer={renderer} />
          <p className="muted small sec-hint">{ts('hint')}</p>
        </figure>
        <SectorPeakTable results={results} fmt={fmt} ts={ts} />
      </div>
      <EmissionsBeside scenario={scenario} results={results} fmt={fmt} ts={ts} lang={lang} />
      <ProductTable scenario={scenario} results={results} fmt={fmt} ts={ts} lang={lang} />
    </section>
  );
}
