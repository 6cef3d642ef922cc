import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { FUELS, SECTORS, type Sector } from '../../../../shared/model/scenario';
import { NumberField } from '../../../components/fields/NumberField';
import { Source } from '../bound-fields';
import { useEditor, useScenario } from '../EditorContext';
import { addsUpTo100 } from '../../../../shared/model/ops-shares';
import { useNumberFormat } from '../useNumberFormat';
import { InheritMark } from '../InheritMark';
import { EditedMark } from './GeneratorRow';
import { useShareGroup, type ShareGroup } from './useShareGroup';

/** A share in the grid; its own source tag only when the cell has its own entry (the row's source stands for the rest). */
function ShareCell({ group, path, label, tag }: { group: ShareGroup; path: string; label: string; tag?: boolean }) {
  const { t } = useTranslation('editor');
  const { readOnly } = useEditor();
  const series = group.isSeries(path);
  return (
    <span className={`share-cell${series ? ' is-series' : ''}`} title={series ? t('fuelMix.seriesCell') : undefined}>
      <NumberField value={group.value(path)} onCommit={(v) => group.set(path, v ?? 0)} testId={path} label={label} disabled={readOnly} min={0} max={100} className="w-share" />
      {tag ? <Source path={path} compact /> : <EditedMark path={path} />}
    </span>
  );
}

function SumBadge({ sum, testId }: { sum: number; testId: string }) {
  const { t } = useTranslation('editor');
  const fmt = useNumberFormat(1);
  const ok = addsUpTo100(sum);
  return (
    <span className={`sum ${ok ? 'ok' : 'bad'}`} data-state={ok ? 'ok' : 'bad'} data-testid={testId} title={ok ? undefined : t('fuelMix.sumBad')}>
      {fmt.format(sum)} %{!ok && <span className="sum-flag"> ≠ 100</span>}
    </span>
  );
}

function PendingNotice({ group, what, id }: { group: ShareGroup; what: string; id: string }) {
  const { t } = useTranslation('editor');
  const { readOnly } = useEditor();
  const fmt = useNumberFormat(2);
  return (
    <div className="pending" role="status" data-testid={`pending-${id}`}>
      <span>{t('fuelMix.pending', { what, sum: fmt.format(group.sum) })}</span>
      <button type="button" className="btn small-btn" disabled={readOnly} data-testid={`btn-rebalance-${id}`} onClick={() => group.rebalance()}>
        {t('fuelMix.rebalance')}
      </button>
      <button type="button" className="btn ghost small-btn" data-testid={`btn-discard-${id}`} onClick={group.discard}>
        {t('fuelMix.discard')}
      </button>
    </div>
  );
}

const COLS = FUELS.length + 4;

function FuelRow({ sector, sectorGroup }: { sector: Sector; sectorGroup: ShareGroup }) {
  const { t } = useTranslation('editor');
  const base = `energy.sectors.${sector}`;
  const group = useShareGroup(`${base}.fuelSharesPct`, FUELS.map((f) => `${base}.fuelSharesPct.${f}`));
  const name = t(`sectors.${sector}`);
  return (
    <Fragment>
      <tr data-testid={`fuel-row-${sector}`}>
        <th scope="row">{name}</th>
        <td className="col-sector-share">
          <ShareCell group={sectorGroup} path={`${base}.sharePct`} label={t('fuelMix.sectorShareOf', { sector: name })} tag />
        </td>
        {FUELS.map((f) => (
          <td key={f}>
            <ShareCell group={group} path={`${base}.fuelSharesPct.${f}`} label={t('fuelMix.cellLabel', { sector: name, fuel: t(`fuels.${f}`) })} />
          </td>
        ))}
        <td className="col-sum">
          <SumBadge sum={group.sum} testId={`fuel-sum-${sector}`} />
        </td>
        <td className="col-source">
          <Source path={`${base}.fuelSharesPct`} />
          <InheritMark path={`${base}.fuelSharesPct`} />
        </td>
      </tr>
      {group.pending && (
        <tr className="pending-row">
          <td colSpan={COLS}>
            <PendingNotice group={group} what={name} id={sector} />
          </td>
        </tr>
      )}
    </Fragment>
  );
}

/** 燃料结构: each sector's share of energy use and its fuel mix (%), each row adding up to 100 %. */
export function FuelMixPanel() {
  const { t } = useTranslation('editor');
  const baseYear = useScenario((s) => s.baseYear);
  const sectorGroup = useShareGroup('energy.sectors', SECTORS.map((s) => `energy.sectors.${s}.sharePct`));
  return (
    <div className="grid-wrap">
      <p className="panel-note muted small">{t('fuelMix.note', { year: baseYear })}</p>
      <table className="grid share-grid">
        <thead>
          <tr>
            <th scope="col">{t('fuelMix.sector')}</th>
            <th scope="col" className="col-sector-share">
              {t('fuelMix.sectorShare')}
            </th>
            {FUELS.map((f) => (
              <th scope="col" key={f}>
                {t(`fuels.${f}`)}
              </th>
            ))}
            <th scope="col">{t('fuelMix.rowSum')}</th>
            <th scope="col">{t('fuelMix.rowSource')}</th>
          </tr>
        </thead>
        <tbody>
          {SECTORS.map((s) => (
            <FuelRow key={s} sector={s} sectorGroup={sectorGroup} />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('fuelMix.total')}</th>
            <td className="col-sector-share">
              <SumBadge sum={sectorGroup.sum} testId="sector-sum" />
            </td>
            <td colSpan={COLS - 2} className="muted small">
              {t('fuelMix.unitNote')}
            </td>
          </tr>
          {sectorGroup.pending && (
            <tr className="pending-row">
              <td colSpan={COLS}>
                <PendingNotice group={sectorGroup} what={t('fuelMix.sectorShare')} id="sectors" />
              </td>
            </tr>
          )}
        </tfoot>
      </table>
    </div>
  );
}
