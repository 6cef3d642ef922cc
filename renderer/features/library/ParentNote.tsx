import { useTranslation } from 'react-i18next';
import { routeHash } from '../../navigation/route';
import type { LibraryEntry } from './entry';
import { scenarioName } from '../../components/scenario-format';

/**
 * Under a derived scenario's name: the scenario it derives from, as a link
 * (from the library's own listing: undefined while not read yet, null when
 * the parent is no longer in the library).
 */
export function ParentNote({ parentId, parent }: { parentId: string; parent: LibraryEntry | null | undefined }) {
  const { t, i18n } = useTranslation('library');
  if (parent === undefined) return null;
  return (
    <span className="lib-parent" data-testid="row-parent" data-parent-id={parentId}>
      {t('derivedFrom')}{' '}
      {parent ? <a href={routeHash({ name: 'scenario', id: parentId })}>{scenarioName(parent, i18n.language)}</a> : <span className="muted">{t('parentMissing')}</span>}
    </span>
  );
}
