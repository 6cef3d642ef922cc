import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/route';
import { useRepo } from '../../db/RepoContext';
import { scenarioName } from './format';

/** Under a derived scenario's name: the scenario it derives from, as a link (issue 4). */
export function ParentNote({ parentId }: { parentId: string }) {
  const { t, i18n } = useTranslation('library');
  const repo = useRepo();
  // undefined while loading, null when the parent is gone
  const parent = useLiveQuery(async () => (await repo.get(parentId)) ?? null, [repo, parentId]);
  if (parent === undefined) return null;
  return (
    <span className="lib-parent" data-testid="row-parent" data-parent-id={parentId}>
      {t('derivedFrom')}{' '}
      {parent ? <a href={routeHash({ name: 'scenario', id: parentId })}>{scenarioName(parent.scenario, i18n.language)}</a> : <span className="muted">{t('parentMissing')}</span>}
    </span>
  );
}
