import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../navigation/route';
import type { LibraryEntry } from './entry';
import { formatTimestamp, regionName, scenarioName } from '../../components/scenario-format';
import type { SummaryState } from './listing';
import { ParentNote } from './ParentNote';
import { TargetBadge } from './TargetBadge';

export type RowActions = {
  onCreateFrom(rec: LibraryEntry): void;
  onDuplicate(rec: LibraryEntry): void;
  onRename(rec: LibraryEntry): void;
  onDelete(rec: LibraryEntry): void;
  /** a new scenario that stores only its changes against this one */
  onDerive(rec: LibraryEntry): void;
};

type Props = {
  rec: LibraryEntry;
  summary: SummaryState;
  /** the scenario this one derives from: undefined while not read yet, null when it is not in the library */
  parent: LibraryEntry | null | undefined;
  actions: RowActions;
  /** position in the whole list (0-based), whether or not the rows before it are rendered */
  index: number;
  ref?: Ref<HTMLTableRowElement>;
};

/**
 * One scenario. Memoised: a row renders again only when its entry, summary,
 * parent or the actions change, so a batch of summaries re-renders the rows
 * it concerns and no others.
 */
export const LibraryRow = memo(function LibraryRow({ rec, summary, parent, actions, index, ref }: Props) {
  const { t, i18n } = useTranslation('library');
  const lang = i18n.language;
  const preset = rec.kind === 'preset';
  const name = scenarioName(rec, lang);
  const href = routeHash({ name: 'scenario', id: rec.id });
  return (
    <tr ref={ref} data-testid={`library-row-${rec.id}`} data-id={rec.id} data-kind={rec.kind} data-index={index} aria-rowindex={index + 2}>
      <th scope="row" className="lib-name">
        <a href={href} data-testid="row-link">
          {name}
        </a>
        {preset && <span className="preset-badge">{t('badge.preset')}</span>}
        {rec.parentId !== undefined && <ParentNote parentId={rec.parentId} parent={parent} />}
      </th>
      <td>{regionName(rec, lang)}</td>
      <td className="lib-updated">{preset ? '—' : <time dateTime={new Date(rec.updatedAt).toISOString()}>{formatTimestamp(rec.updatedAt, lang)}</time>}</td>
      <td>
        <TargetBadge state={summary} entry={rec} />
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
});

/** A scenario listed but not read yet: its place in the table, at a row's height. */
export const PendingRow = memo(function PendingRow({ id, index, ref }: { id: string; index: number; ref?: Ref<HTMLTableRowElement> }) {
  const { t } = useTranslation('library');
  return (
    <tr ref={ref} className="lib-pending" data-testid="library-row-pending" data-id={id} data-index={index} aria-rowindex={index + 2} aria-busy="true">
      <th scope="row" className="lib-name muted">
        {t('loadingRow')}
      </th>
      <td colSpan={4} />
    </tr>
  );
});
