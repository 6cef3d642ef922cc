import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessEmission } from '../../../shared/model/industry';
import { addProcessEmission, newProcessEmission, removeProcessEmission, setProcessDriver } from '../../../shared/model/ops-industry';
import { setValue } from '../../../shared/model/ops';
import { clearValue } from '../../../shared/model/ops-optional';
import { PROCESS_KINDS, type ProcessKind } from '../../../shared/model/vocabulary';
import { NumberField } from '../../components/fields/NumberField';
import { SeriesField } from '../../components/fields/SeriesField';
import { SourceNote } from '../../components/fields/SourceNote';
import { TextField } from '../../components/fields/TextField';
import type { IndustryProps } from './edit';
import { kindProcessFactor } from './library';

const OWN = '';
/** the driver select's value: a product id, `product/route`, or '' for the line's own path */
const driverValue = (pe: ProcessEmission) => (pe.productId === undefined ? OWN : pe.routeId === undefined ? pe.productId : `${pe.productId}/${pe.routeId}`);

function ProcessRow(p: IndustryProps & { pe: ProcessEmission; index: number; onRefused: (m: string[]) => void }) {
  const { t } = useTranslation('industry');
  const { pe, index, scenario, readOnly, edit, sourceOf, markOf } = p;
  const path = `industry.processEmissions[${index}]`;
  const products = scenario.industry?.products ?? [];
  const setDriver = (v: string) => {
    const [productId, routeId] = v.split('/');
    void edit((s) => setProcessDriver(s, pe.id, productId ? { productId, routeId } : { own: 0 }), `${path}.productId`, `${path}.driver`).then(p.onRefused);
  };
  return (
    <tr data-testid={`process-${pe.id}`}>
      <td>
        <TextField value={pe.name} onCommit={(v) => edit((s) => setValue(s, `${path}.name`, v), `${path}.name`, `${path}.name`, true)} testId={`${path}.name`} label={t('process.name')} disabled={readOnly} className="w-name" />
        <span className="muted small industry-kind">{t(`processKinds.${pe.kind}`)}</span>
      </td>
      <td>
        <select value={driverValue(pe)} disabled={readOnly} aria-label={`${pe.name} · ${t('process.driver')}`} data-testid={`field-${path}.driver`} onChange={(e) => setDriver(e.target.value)}>
          <option value={OWN}>{t('process.ownPath')}</option>
          {products.flatMap((prod) => [
            <option key={prod.id} value={prod.id}>
              {t('process.byProduct', { product: prod.name })}
            </option>,
            ...(prod.routes.length > 1
              ? prod.routes.map((r) => (
                  <option key={`${prod.id}/${r.id}`} value={`${prod.id}/${r.id}`}>
                    {t('process.byRoute', { product: prod.name, route: r.name })}
                  </option>
                ))
              : []),
          ])}
        </select>
      </td>
      <td>
        {pe.productId === undefined ? (
          <SeriesField
            value={pe.activityWanT ?? 0}
            onCommit={(v) => edit((s) => setValue(s, `${path}.activityWanT`, v), `${path}.activityWanT`, `${path}.activityWanT`, true)}
            testId={`${path}.activityWanT`}
            label={`${pe.name} · ${t('process.activity')}`}
            unit={t('units.wanT')}
            compact
            min={0}
            disabled={readOnly}
            baseYear={scenario.baseYear}
            endYear={scenario.endYear}
          />
        ) : (
          <NumberField
            value={pe.activityPerProductT}
            onCommit={(v) => edit((s) => (v === undefined ? clearValue(s, `${path}.activityPerProductT`) : setValue(s, `${path}.activityPerProductT`, v)), `${path}.activityPerProductT`, `${path}.activityPerProductT`, true)}
            testId={`${path}.activityPerProductT`}
            label={`${pe.name} · ${t('process.perProduct')}`}
            unit={t('units.tPerT')}
            optional
            min={0}
            max={10}
            disabled={readOnly}
            className="w-cell"
          />
        )}
        {pe.productId !== undefined && pe.activityPerProductT === undefined && <span className="industry-per-default">{t('process.perProductDefault')}</span>}
      </td>
      <td>
        <NumberField
          value={pe.factorTCo2PerT}
          onCommit={(v) => edit((s) => setValue(s, `${path}.factorTCo2PerT`, v ?? 0), `${path}.factorTCo2PerT`, `${path}.factorTCo2PerT`, true)}
          testId={`${path}.factorTCo2PerT`}
          label={`${pe.name} · ${t('process.factor')}`}
          unit={t('units.tCo2PerT')}
          min={0}
          max={2}
          disabled={readOnly}
          className="w-cell"
        />
      </td>
      <td className="col-source">
        <SourceNote source={sourceOf(`${path}.factorTCo2PerT`)} testId={`${path}.factorTCo2PerT`} compact />
        {markOf?.(path)}
      </td>
      <td>
        <button
          type="button"
          className="btn ghost icon danger"
          disabled={readOnly}
          aria-label={t('process.remove', { name: pe.name })}
          data-testid={`btn-remove-process-${pe.id}`}
          onClick={() => void edit((s) => removeProcessEmission(s, pe.id), 'industry.processEmissions', `remove-${pe.id}`).then(p.onRefused)}
        >
          ×
        </button>
      </td>
    </tr>
  );
}

/**
 * 工业生产过程排放: each carbonate line with what drives its activity (a product's output, one
 * of its routes, or its own path), t of activity per t of product, and its factor with source.
 */
export function ProcessTable(p: IndustryProps & { onRefused: (m: string[]) => void }) {
  const { t } = useTranslation('industry');
  const [kind, setKind] = useState<ProcessKind>('clinker');
  const lines = p.scenario.industry?.processEmissions ?? [];
  const add = () => {
    const factor = kindProcessFactor(kind);
    // a clinker line follows a clinker product (one without a clinker line first), the usual case; others start on their own path
    const clinker = (p.scenario.industry?.products ?? []).filter((x) => x.kind === 'clinker');
    const covered = new Set(lines.filter((x) => x.kind === 'clinker').map((x) => x.productId));
    const driver = kind === 'clinker' ? (clinker.find((x) => !covered.has(x.id)) ?? clinker[0])?.id : undefined;
    void p.edit((s) => addProcessEmission(s, newProcessEmission(s, kind, t(`processKinds.${kind}`), factor, driver), factor.source), 'industry.processEmissions', 'add-process').then(p.onRefused);
  };
  return (
    <div className="industry-process" data-testid="process-table">
      <p className="muted small">{t('process.intro')}</p>
      <div className="table-scroll">
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">{t('process.name')}</th>
              <th scope="col">{t('process.driver')}</th>
              <th scope="col" title={t('process.perProductHint')}>
                {t('process.activity')}
              </th>
              <th scope="col">
                {t('process.factor')}
                <span className="industry-unit">{t('units.tCo2PerT')}</span>
              </th>
              <th scope="col">{t('process.source')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('process.remove', { name: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((pe, i) => (
              <ProcessRow key={pe.id} {...p} pe={pe} index={i} />
            ))}
            {lines.length === 0 && (
              <tr>
                <td colSpan={6} className="empty muted">
                  {t('process.empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <div className="industry-add">
        <select value={kind} disabled={p.readOnly} aria-label={t('process.addKind')} data-testid="add-process-kind" onChange={(e) => setKind(e.target.value as ProcessKind)}>
          {PROCESS_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`processKinds.${k}`)}
            </option>
          ))}
        </select>
        <button type="button" className="btn" disabled={p.readOnly} data-testid="btn-add-process" onClick={add}>
          + {t('process.add')}
        </button>
      </div>
    </div>
  );
}
