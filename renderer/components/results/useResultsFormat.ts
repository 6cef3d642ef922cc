import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from './chart-options';
import { makeFormatter, type NumberFormatter, type UnitId } from './format';

/** The `results` namespace's `t`, the UI language and a number formatter for it. */
export function useResultsFormat(): { t: Translate; lang: string; fmt: NumberFormatter } {
  const { t, i18n } = useTranslation('results');
  const lang = i18n.language;
  return useMemo(() => {
    return { t, lang, fmt: makeFormatter(lang, (u: UnitId) => t(`units.${u}`)) };
  }, [t, lang]);
}
