import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BAND_METRICS, type EnsembleResults } from '../../../shared/engine/ensemble/types';
import type { ScenarioResults } from '../../../shared/engine/results';
import { Chart } from '../../components/Chart';
import type { NumberFormatter } from '../../components/results/format';
import { BandTable } from './BandTable';
import { bandOption, peakOption, tornadoOption } from './chart-options';
import { inputLabel } from './input-text';

type Props = { central: ScenarioResults; ensemble: EnsembleResults; fmt: NumberFormatter };

/** The bands on the CO2, intensity and non-fossil charts: P10–P90 shaded, the P50 line, the central run dashed. */
export function BandCharts({ central, ensemble, fmt }: Props) {
  const { t } = useTranslation('uncertainty');
  const { t: tr } = useTranslation('results');
  const options = useMemo(
    () => BAND_METRICS.map((m) => ({ metric: m, option: bandOption(m, ensemble.bands[m], { central, fmt, t, tr }) })),
    [central, ensemble, fmt, t, tr],
  );
  return (
    <section className="res-section" aria-labelledby="unc-bands-h">
      <div className="res-section-head">
        <h3 id="unc-bands-h">{t('bands.heading')}</h3>
      </div>
      <p className="muted small unc-note">{t('bands.hint')}</p>
      <div className="res-charts">
        {options.map(({ metric, option }) => (
          <figure key={metric} className="res-chart" data-testid={`uncertainty-band-${metric}`}>
            <figcaption>{t(`bands.${metric}`)}</figcaption>
            <Chart option={option} height={280} ariaLabel={t(`bands.${metric}`)} />
          </figure>
        ))}
      </div>
      <BandTable central={central} ensemble={ensemble} fmt={fmt} />
    </section>
  );
}

/** The peak year's distribution (runs without a peak counted apart) beside the tornado of the 2030 CO2. */
export function PeakAndTornado({ ensemble, fmt }: Omit<Props, 'central'>) {
  const { t } = useTranslation('uncertainty');
  const { t: tr } = useTranslation('results');
  const peak = useMemo(() => peakOption(ensemble, { fmt, t }), [ensemble, fmt, t]);
  const tornado = useMemo(
    () => tornadoOption(ensemble, (input) => inputLabel(input, t, tr), { fmt, t }),
    [ensemble, fmt, t, tr],
  );
  const year = ensemble.tornadoYear;
  return (
    <div className="res-pair">
      <section className="res-section" aria-labelledby="unc-peak-h" data-testid="uncertainty-peak">
        <div className="res-section-head">
          <h3 id="unc-peak-h">{t('peak.heading')}</h3>
        </div>
        <p className="muted small unc-note" data-testid="uncertainty-no-peak" data-count={ensemble.noPeak}>
          {ensemble.noPeak > 0 ? t('peak.noPeak', { count: ensemble.noPeak }) : t('peak.allPeak')}
        </p>
        <figure className="res-chart">
          <Chart option={peak} height={260} ariaLabel={t('peak.heading')} />
        </figure>
      </section>
      <section className="res-section" aria-labelledby="unc-tornado-h" data-testid="uncertainty-tornado">
        <div className="res-section-head">
          <h3 id="unc-tornado-h">{t('tornado.heading', { year })}</h3>
        </div>
        {ensemble.tornado.length === 0 ? (
          <p className="muted small">{t('tornado.none')}</p>
        ) : (
          <>
            <p className="muted small unc-note">
              {t('tornado.hint', { year, central: fmt.withUnit(ensemble.tornadoCentral, 'wanTCo2') })}
            </p>
            <figure className="res-chart">
              <Chart
                option={tornado}
                height={Math.max(200, 70 + 34 * ensemble.tornado.length)}
                ariaLabel={t('tornado.heading', { year })}
              />
            </figure>
          </>
        )}
      </section>
    </div>
  );
}
