import { useTranslation } from 'react-i18next';
import type { ScenarioRecord } from '../../db/records';
import { LibraryRow, type RowActions } from './LibraryRow';
import type { SummaryState } from './useTargetSummaries';

type Props = {
  records: readonly ScenarioRecord[];
  summaryOf(r: ScenarioRecord): SummaryState;
  actions: RowActions;
  testId: string;
};

export function LibraryTable({ records, summaryOf, actions, testId }: Props) {
  const { t } = useTranslation('library');
  return (
    <table className="library-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('col.name')}</th>
          <th scope="col">{t('col.region')}</th>
          <th scope="col">{t('col.updated')}</th>
          <th scope="col">{t('col.targets')}</th>
          <th scope="col" className="lib-actions-head">
            {t('col.actions')}
          </th>
        </tr>
      </thead>
      <tbody>
        {records.map((r) => (
          <LibraryRow key={r.id} rec={r} summary={summaryOf(r)} actions={actions} />
        ))}
      </tbody>
    </table>
  );
}
