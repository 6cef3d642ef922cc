import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { commonYears, yearResult } from '../../../shared/engine/compare';
import { decomposeCo2, type LmdiDriver } from '../../../shared/engine/lmdi';
import { Chart } from '../../components/Chart';
import type { NumberFormatter } from '../../components/results/format';
import type { ComparedRun } from './compare-chart-options';
import { lmdiWaterfallOption } from './lmdi-waterfall';

type Props = {
  /** the reference A */
  a: ComparedRun;
  /** candidates for B (the other compared scenarios) and the chosen one */
  others: readonly ComparedRun[];
  b: ComparedRun;
  year: number;
  fmt: NumberFormatter;
  onChange(next: { b: string; year: number }): void;
};

/**
 * The CO2 gap between A and B in one year, split into drivers by LMDI
 * (`decomposeCo2`, a pure shared function over the engine's YearResults: no
 * emissions are computed here). A waterfall shows how the drivers add up; the
 * table lists every part and that their sum is the gap.
 */
export function LmdiSection({ a, others, b, year, fmt, onChange }: Props) {
  const { t } = useTranslation('compare');
  const bId = useId();
  const yearId = useId();
  const years = commonYears([a.results, b.results]);
  const ya = yearResult(a.results, year);
  const yb = yearResult(b.results, year);
  const lmdi = useMemo(() => (ya && yb ? decomposeCo2(ya, yb) : null), [ya, yb]);
  const label = (key: LmdiDriver | 'total') => t(`lmdi.driver.${key}`);
  const option = useMemo(
    () => (lmdi ? lmdiWaterfallOption({ lmdi, fmt, label: (key) => t(`lmdi.driver.${key}`) }) : null),
    [lmdi, fmt, t],
  );
  const co2 = (v: number) => fmt.withUnit(v, 'wanTCo2');
  const signed = (v: number) => fmt.withUnit(v, 'wanTCo2', { signed: true });
  const sum = lmdi ? lmdi.parts.reduce((s, p) => s + p.value, 0) : 0;
  // decomposeCo2 promises the parts add up to the gap (to < 1e-9 relative); say so only when they do.
  const adds = lmdi !== null && Math.abs(sum - lmdi.total) <= 1e-9 * Math.max(1, ya?.co2 ?? 0, yb?.co2 ?? 0);

  return (
    <section className="cmp-section" aria-labelledby="cmp-lmdi-h" data-testid="lmdi-section">
      <h2 id="cmp-lmdi-h">{t('lmdi.heading')}</h2>
      <p className="muted small cmp-lead">{t('lmdi.intro')}</p>
      <div className="cmp-lmdi-controls">
        <span>
          {t('lmdi.a')}: <span className="cmp-swatch" style={{ background: a.color }} aria-hidden="true" />{' '}
          <strong>{a.name}</strong>
        </span>
        <label htmlFor={bId}>{t('lmdi.b')}</label>
        <select id={bId} value={b.id} onChange={(e) => onChange({ b: e.target.value, year })} data-testid="lmdi-b">
          {others.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        <label htmlFor={yearId}>{t('lmdi.year')}</label>
        <select
          id={yearId}
          value={year}
          onChange={(e) => onChange({ b: b.id, year: Number(e.target.value) })}
          data-testid="lmdi-year"
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {!lmdi || !ya || !yb || !option ? (
        <p className="muted">{t('lmdi.noYear')}</p>
      ) : (
        <div className="cmp-lmdi">
          <figure className="res-chart cmp-chart" data-testid="lmdi-waterfall">
            <figcaption>{t('lmdi.chartTitle', { year })}</figcaption>
            <p className="muted small cmp-chart-hint">{t('lmdi.levels', { year, a: co2(ya.co2), b: co2(yb.co2) })}</p>
            <Chart option={option} height={340} ariaLabel={t('lmdi.chartTitle', { year })} />
            <p className="muted small cmp-chart-hint">
              <span className="cmp-key up" aria-hidden="true" /> {t('lmdi.up')}{' '}
              <span className="cmp-key down" aria-hidden="true" /> {t('lmdi.down')}
            </p>
          </figure>
          <div className="res-table-wrap cmp-lmdi-table">
            <table className="res-table" data-testid="lmdi-table">
              <thead>
                <tr>
                  <th scope="col">{t('lmdi.col.driver')}</th>
                  <th scope="col" className="num">
                    {t('lmdi.col.value')} <span className="cmp-unit">{fmt.unit('wanTCo2')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {lmdi.parts.map((p) => (
                  <tr key={p.driver} className={Math.abs(p.value) < 1e-6 ? 'muted' : undefined}>
                    <th scope="row">{label(p.driver)}</th>
                    <td className="num" data-testid={`lmdi-part-${p.driver}`} data-value={String(p.value)}>
                      {fmt.num(p.value, 'wanTCo2', { signed: true })}
                    </td>
                  </tr>
                ))}
                <tr className="cmp-lmdi-sum">
                  <th scope="row">{t('lmdi.sum')}</th>
                  <td className="num" data-testid="lmdi-sum" data-value={String(sum)}>
                    {fmt.num(sum, 'wanTCo2', { signed: true })}
                  </td>
                </tr>
                <tr className="cmp-lmdi-total">
                  <th scope="row">{t('lmdi.total')}</th>
                  <td className="num" data-testid="lmdi-total" data-value={String(lmdi.total)}>
                    {fmt.num(lmdi.total, 'wanTCo2', { signed: true })}
                  </td>
                </tr>
              </tbody>
            </table>
            <p
              className={`small cmp-lmdi-check${adds ? ' good' : ' bad'}`}
              data-testid="lmdi-check"
              data-adds-up={String(adds)}
            >
              {adds ? '✓' : '✗'}{' '}
              {t(adds ? 'lmdi.check' : 'lmdi.checkFailed', { sum: signed(sum), total: signed(lmdi.total) })}
            </p>
          </div>
        </div>
      )}
    </section>
  );
}
