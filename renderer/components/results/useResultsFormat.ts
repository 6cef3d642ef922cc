import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from './chart-options';
import { useCapacityUnit } from '../../features/settings/capacity-unit';
import { makeFormatter, type NumberFormatter, type UnitId } from './format';

/** The `results` namespace's `t`, the UI language and a number formatter for it (capacity in the unit the settings give). */
export function useResultsFormat(): { t: Translate; lang: string; fmt: NumberFormatter } {
  const { t, i18n } = useTranslation('results');
  const lang = i18n.language;
  const capacity = useCapacityUnit(lang);
  return useMemo(() => {
    return { t, lang, fmt: makeFormatter(lang, (u: UnitId) => t(`units.${u}`), capacity) };
  }, [t, lang, capacity]);
}
