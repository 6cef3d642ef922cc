import type { ScenarioResults } from '../../../shared/engine/results';
import type { Translate } from '../../components/results/chart-options';
import type { NumberFormatter } from '../../components/results/format';
import type { FlagDriver } from '../../../shared/engine/results';
import { driverText, factorsText, flagHead } from './flag-text';

type FactorDriver = Extract<FlagDriver, { kind: 'factor' }>;
const isFactor = (d: FlagDriver): d is FactorDriver => d.kind === 'factor';

type Props = { results: ScenarioResults; fmt: NumberFormatter; t: Translate };

/**
 * "Explain the year": each change from one year to the next larger than the
 * engine's threshold, with what drove it (a project entering, a plant
 * retiring, a factor step, published statistics, LMDI factors), as the engine
 * found them. The charts mark the same years.
 */
export function FlagList({ results, fmt, t }: Props) {
  const flags = [...results.flags].sort((a, b) => a.year - b.year);
  return (
    <section className="res-section" aria-labelledby="res-flags-h" data-testid="results-flags">
      <div className="res-section-head">
        <h3 id="res-flags-h">{t('flags.heading')}</h3>
        {flags.length > 0 && <span className="res-pill warn">{t('flags.count', { count: flags.length })}</span>}
      </div>
      {flags.length === 0 ? (
        <p className="muted small" data-testid="flags-none">
          {t('flags.none')}
        </p>
      ) : (
        <ul className="res-flags">
          {flags.map((f) => {
            const head = flagHead(f, fmt, t);
            return (
              <li key={`${f.year}-${f.metric}`} className="res-flag" data-testid={`flag-${f.year}-${f.metric}`} data-change={String(f.changePct)}>
                <div className="res-flag-head">
                  <strong>{head.year}</strong> {head.metric} <span className="res-flag-change">{head.change}</span>
                  <span className="muted small"> {t('flags.vsPrevious')}</span>
                </div>
                {f.drivers.length === 0 ? (
                  <div className="muted small">{t('flags.noDriver')}</div>
                ) : (
                  <ul className="res-flag-drivers">
                    {/* the plan events and data first, each on its line; the decomposition's parts together on one */}
                    {f.drivers.filter((d) => !isFactor(d)).map((d, i) => (
                      <li key={i} data-testid="flag-driver" data-kind={d.kind}>
                        {driverText(d, f.metric, f.year, fmt, t)}
                      </li>
                    ))}
                    {f.drivers.some(isFactor) && (
                      <li className="muted" data-testid="flag-factors">
                        {factorsText(f.drivers.filter(isFactor), f.metric, fmt, t)}
                      </li>
                    )}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
