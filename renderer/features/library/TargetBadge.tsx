import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from './entry';
import { summaryTone, targetLabel } from '../../components/scenario-format';
import type { SummaryState } from './listing';

export function TargetBadge({ state, entry }: { state: SummaryState; entry: Pick<LibraryEntry, 'targets'> }) {
  const { t, i18n } = useTranslation('library');
  if (state === 'computing') return <span className="target-badge muted">{t('targets.computing')}</span>;
  if (state === 'failed') return <span className="target-badge bad">{t('targets.failed')}</span>;
  const tone = summaryTone(state);
  if (tone === 'none') return <span className="target-badge muted">{t('targets.none')}</span>;
  const missed = state.missed.map((id) => targetLabel(entry, id, i18n.language)).join('、');
  return (
    <span
      className={`target-badge ${tone}`}
      data-testid="target-summary"
      data-met={state.met}
      data-total={state.total}
      title={missed ? t('targets.missed', { list: missed }) : undefined}
    >
      {t('targets.summary', { met: state.met, total: state.total })}
    </span>
  );
}
