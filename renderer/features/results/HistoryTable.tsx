import { crossChecks, CROSS_CHECK_FIELDS, engineValue, type CrossCheck, type CrossCheckField } from '../../../shared/engine/cross-check';
import type { ScenarioResults, YearResult } from '../../../shared/engine/results';
import type { Translate } from '../../components/results/chart-options';
import type { NumberFormatter, UnitId } from '../../components/results/format';

const FIELD_UNIT: Readonly<Record<CrossCheckField, UnitId>> = { electricityUse: 'yiKWh', localGeneration: 'yiKWh', localCapacityMW: 'mw' };

type Props = { results: ScenarioResults; fmt: NumberFormatter; t: Translate };

function Tag({ actual, t }: { actual: boolean; t: Translate }) {
  return <span className={`res-tag ${actual ? 'actual' : 'projected'}`}>{actual ? t('history.actual') : t('history.projected')}</span>;
}

/**
 * The years that rest on published statistics (实际) beside the projected
 * ones (预测), and the engine's electricity figures against the published
 * ones (全社会用电量, local generation) with the difference. Shown only when
 * the scenario has statistics of past years.
 */
export function HistoryTable({ results, fmt, t }: Props) {
  const checks = crossChecks(results);
  const byYear = new Map<number, Map<CrossCheck['field'], CrossCheck>>();
  for (const c of checks) {
    if (!byYear.has(c.year)) byYear.set(c.year, new Map());
    byYear.get(c.year)!.set(c.field, c);
  }
  const rows = results.years.filter((y) => y.actual.gdp || y.actual.energy || byYear.has(y.year));
  if (!rows.length) return null;
  // The first projected year after the statistics shows where the projection takes over.
  const lastActual = rows.at(-1)!.year;
  const next = results.years.find((y) => y.year === lastActual + 1);
  const shown: YearResult[] = next ? [...rows, next] : rows;
  const fields = CROSS_CHECK_FIELDS.filter((f) => checks.some((c) => c.field === f));

  const diffText = (c: CrossCheck) => {
    const abs = fmt.withUnit(c.diff, FIELD_UNIT[c.field], { signed: true });
    return c.diffPct === null ? abs : t('history.diff', { abs, pct: fmt.withUnit(c.diffPct, 'pct', { signed: true }) });
  };

  return (
    <section className="res-section" aria-labelledby="res-history-h" data-testid="results-history">
      <div className="res-section-head">
        <h3 id="res-history-h">{t('history.heading')}</h3>
      </div>
      <p className="muted small">{t('history.hint')}</p>
      <div className="res-table-wrap">
        <table className="res-table" data-testid="history-table">
          <thead>
            <tr>
              <th scope="col">{t('history.col.year')}</th>
              <th scope="col" className="num">{t('history.col.gdp', { unit: fmt.unit('yiYuan') })}</th>
              <th scope="col" className="num">{t('history.col.energy', { unit: fmt.unit('wanTce') })}</th>
              {fields.map((f) => (
                <th key={f} scope="col" className="num">
                  {t(`history.col.${f}`, { unit: fmt.unit(FIELD_UNIT[f]) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((y) => (
              <tr key={y.year} data-testid={`history-row-${y.year}`} data-actual-gdp={String(y.actual.gdp)} data-actual-energy={String(y.actual.energy)}>
                <th scope="row">{t('year', { year: y.year })}</th>
                <td className="num">
                  {fmt.num(y.gdp, 'yiYuan')} <Tag actual={y.actual.gdp} t={t} />
                </td>
                <td className="num">
                  {fmt.num(y.energy, 'wanTce')} <Tag actual={y.actual.energy} t={t} />
                </td>
                {fields.map((f) => {
                  const c = byYear.get(y.year)?.get(f);
                  const unit = FIELD_UNIT[f];
                  return (
                    <td key={f} className="num" data-testid={`history-${f}-${y.year}`} data-diff={c ? String(c.diff) : ''}>
                      <div>{t('history.engine', { value: fmt.num(engineValue(y, f), unit) })}</div>
                      {f === 'localCapacityMW' && y.pumpedStorageMW > 0 && (
                        <div className="muted small">{t('history.storageBeside', { value: fmt.withUnit(y.pumpedStorageMW, 'mw') })}</div>
                      )}
                      {c && (
                        <>
                          <div>{t('history.reported', { value: fmt.num(c.reported, unit) })}</div>
                          <div className="muted small">{diffText(c)}</div>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
