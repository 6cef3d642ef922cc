import { useTranslation } from 'react-i18next';
import type { ScenarioDocument } from '../state/useScenarioDocument';

export function SaveStatus({ doc }: { doc: ScenarioDocument }) {
  const { t } = useTranslation('app');
  if (doc.readOnly) return null;
  const state = doc.saveState;
  return (
    <span
      className={`save-status ${state}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-state={state}
      title={state === 'error' ? t('save.errorHint') : undefined}
    >
      {t(`save.${state}`)}
    </span>
  );
}
