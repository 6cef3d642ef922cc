import { useTranslation } from 'react-i18next';
import type { Product } from '../../../shared/model/industry';
import { addRoute, drivenProcesses, removeRoute, setRouteFuelShare, setRouteShare } from '../../../shared/model/ops-industry';
import { addsUpTo100, sumOf } from '../../../shared/model/ops-shares';
import { setValue } from '../../../shared/model/ops';
import type { Series } from '../../../shared/model/series';
import { FUELS, type Fuel } from '../../../shared/model/vocabulary';
import { NumberField } from '../../components/fields/NumberField';
import { SeriesField } from '../../components/fields/SeriesField';
import { SourceNote } from '../../components/fields/SourceNote';
import { TextField } from '../../components/fields/TextField';
import type { IndustryProps } from './edit';

type Props = IndustryProps & { product: Product; index: number };

/** A share cell: a number typed inline (the others rebalanced), a path by year behind the series field's summary. */
function FuelCell(p: Props & { routeIndex: number; fuel: Fuel }) {
  const { t } = useTranslation('industry');
  const { product, routeIndex, fuel } = p;
  const path = `industry.products[${p.index}].routes[${routeIndex}].fuelSharesPct.${fuel}`;
  const value = product.routes[routeIndex]!.fuelSharesPct[fuel];
  const commit = (v: Series) => p.edit((s) => setRouteFuelShare(s, product.id, routeIndex, fuel, v), path, path, true);
  const label = `${product.name} · ${product.routes[routeIndex]!.name} · ${t(`fuels.${fuel}`)}`;
  if (typeof value !== 'number') {
    return <SeriesField value={value} onCommit={commit} testId={path} label={label} unit="%" compact min={0} max={100} disabled={p.readOnly} baseYear={p.scenario.baseYear} endYear={p.scenario.endYear} />;
  }
  return <NumberField value={value} onCommit={(v) => commit(v ?? 0)} testId={path} label={label} min={0} max={100} disabled={p.readOnly} className="w-share" />;
}

/** The sum of a route's fuel shares, when all are single numbers (a path is checked by the engine year by year). */
function FuelSum({ shares, testId }: { shares: Record<Fuel, Series>; testId: string }) {
  const values = FUELS.map((f) => shares[f]);
  if (!values.every((v): v is number => typeof v === 'number')) return <span className="muted small">—</span>;
  const sum = sumOf(values);
  const ok = addsUpTo100(sum);
  return (
    <span className={`sum ${ok ? 'ok' : 'bad'}`} data-testid={testId}>
      {Math.round(sum * 10) / 10} %
    </span>
  );
}

/**
 * A product's routes: each one's share of the output, unit energy use (kgce/t, electricity at
 * 当量值 as the standards count it) and fuel mix. Shares and mixes are edited so they keep
 * adding up to 100 %.
 */
export function RouteTable(p: Props) {
  const { t } = useTranslation('industry');
  const { product, index, readOnly, edit, scenario } = p;
  const base = `industry.products[${index}].routes`;
  const removeLabel = (name: string, routeId: string) => {
    const driven = drivenProcesses(scenario, product.id, routeId);
    return driven.length ? t('routes.removeWith', { name, process: driven.map((x) => x.name).join('、') }) : t('routes.remove', { name });
  };
  return (
    <div className="table-scroll">
      <table className="grid industry-routes" data-testid={`routes-${product.id}`}>
        <thead>
          <tr>
            <th scope="col">{t('routes.name')}</th>
            <th scope="col" title={t('routes.shareHint')}>
              {t('routes.share')}
              <span className="industry-unit">%</span>
            </th>
            <th scope="col" title={t('routes.unitEnergyHint')}>
              {t('routes.unitEnergy')}
              <span className="industry-unit">{t('units.kgcePerT')}</span>
            </th>
            {FUELS.map((f) => (
              <th scope="col" key={f} title={t('routes.fuelHint')}>
                {t(`fuels.${f}`)}
              </th>
            ))}
            <th scope="col">{t('routes.sum')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('process.source')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {product.routes.map((r, j) => {
            const rp = `${base}[${j}]`;
            return (
              <tr key={r.id} data-testid={`route-${product.id}-${r.id}`}>
                <td>
                  <TextField value={r.name} onCommit={(v) => edit((s) => setValue(s, `${rp}.name`, v), `${rp}.name`, `${rp}.name`, true)} testId={`${rp}.name`} label={t('routes.name')} disabled={readOnly} className="w-route" />
                </td>
                <td>
                  <SeriesField
                    value={r.sharePct}
                    onCommit={(v) => edit((s) => setRouteShare(s, product.id, j, v), `${rp}.sharePct`, `${rp}.sharePct`, true)}
                    testId={`${rp}.sharePct`}
                    label={`${r.name} · ${t('routes.share')}`}
                    unit="%"
                    compact
                    min={0}
                    max={100}
                    disabled={readOnly}
                    baseYear={scenario.baseYear}
                    endYear={scenario.endYear}
                  />
                </td>
                <td>
                  <SeriesField
                    value={r.unitEnergyKgcePerT}
                    onCommit={(v) => edit((s) => setValue(s, `${rp}.unitEnergyKgcePerT`, v), `${rp}.unitEnergyKgcePerT`, `${rp}.unitEnergyKgcePerT`, true)}
                    testId={`${rp}.unitEnergyKgcePerT`}
                    label={`${r.name} · ${t('routes.unitEnergy')}`}
                    unit={t('units.kgcePerT')}
                    compact
                    min={0}
                    disabled={readOnly}
                    baseYear={scenario.baseYear}
                    endYear={scenario.endYear}
                  />
                </td>
                {FUELS.map((f) => (
                  <td key={f}>
                    <FuelCell {...p} routeIndex={j} fuel={f} />
                  </td>
                ))}
                <td className="col-sum">
                  <FuelSum shares={r.fuelSharesPct} testId={`fuel-sum-${product.id}-${r.id}`} />
                </td>
                <td className="col-source">
                  <SourceNote source={p.sourceOf(`${rp}.unitEnergyKgcePerT`)} testId={`${rp}.unitEnergyKgcePerT`} compact />
                  {p.markOf?.(rp)}
                  {product.routes.length > 1 && (
                    <button
                      type="button"
                      className="btn ghost icon danger"
                      disabled={readOnly}
                      aria-label={removeLabel(r.name, r.id)}
                      title={removeLabel(r.name, r.id)}
                      data-testid={`btn-remove-route-${product.id}-${r.id}`}
                      onClick={() => void edit((s) => removeRoute(s, product.id, r.id), base, `remove-${product.id}-${r.id}`)}
                    >
                      ×
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {product.routes.length < 6 && (
        <button type="button" className="btn ghost small-btn" disabled={readOnly} data-testid={`btn-add-route-${product.id}`} onClick={() => void edit((s) => addRoute(s, product.id, t('routes.newRoute')), base, `add-route-${product.id}`)}>
          + {t('routes.add')}
        </button>
      )}
    </div>
  );
}
