import { useTranslation } from 'react-i18next';
import type { ScenarioRecord } from '../../db/records';
import { routeHash } from '../../app/route';
import { formatTimestamp, regionName, scenarioName } from './format';
import { ParentNote } from './ParentNote';
import { TargetBadge } from './TargetBadge';
import type { SummaryState } from './useTargetSummaries';

export type RowActions = {
  onCreateFrom(rec: ScenarioRecord): void;
  onDuplicate(rec: ScenarioRecord): void;
  onRename(rec: ScenarioRecord): void;
  onDelete(rec: ScenarioRecord): void;
  /** a new scenario that stores only its changes against this one (issue 4) */
  onDerive(rec: ScenarioRecord): void;
};

type Props = { rec: ScenarioRecord; summary: SummaryState; actions: RowActions };

export function LibraryRow({ rec, summary, actions }: Props) {
  const { t, i18n } = useTranslation('library');
  const lang = i18n.language;
  const preset = rec.kind === 'preset';
  const name = scenarioName(rec.scenario, lang);
  const href = routeHash({ name: 'scenario', id: rec.id });
  return (
    <tr data-testid={`library-row-${rec.id}`} data-kind={rec.kind}>
      <th scope="row" className="lib-name">
        <a href={href} data-testid="row-link">
          {name}
        </a>
        {preset && <span className="preset-badge">{t('badge.preset')}</span>}
        {rec.parentId !== undefined && <ParentNote parentId={rec.parentId} />}
      </th>
      <td>{regionName(rec.scenario, lang)}</td>
      <td className="lib-updated">{preset ? '—' : <time dateTime={new Date(rec.updatedAt).toISOString()}>{formatTimestamp(rec.updatedAt, lang)}</time>}</td>
      <td>
        <TargetBadge state={summary} scenario={rec.scenario} />
      </td>
      <td>
        <div className="lib-actions" role="group" aria-label={t('action.more', { name })}>
          <a className="btn" href={href} data-testid="btn-open">
            {preset ? t('action.view') : t('action.open')}
          </a>
          <button type="button" className="btn" data-testid="btn-derive" title={t('action.deriveHint')} onClick={() => actions.onDerive(rec)}>
            {t('action.derive')}
          </button>
          {preset ? (
            <button type="button" className="btn primary" data-testid="btn-create-from-preset" onClick={() => actions.onCreateFrom(rec)}>
              {t('action.createFrom')}
            </button>
          ) : (
            <>
              <button type="button" className="btn" data-testid="btn-duplicate" onClick={() => actions.onDuplicate(rec)}>
                {t('action.duplicate')}
              </button>
              <button type="button" className="btn" data-testid="btn-rename" onClick={() => actions.onRename(rec)}>
                {t('action.rename')}
              </button>
              <button type="button" className="btn danger" data-testid="btn-delete" onClick={() => actions.onDelete(rec)}>
                {t('action.delete')}
              </button>
            </>
          )}
        </div>
      </td>
    </tr>
  );
}
