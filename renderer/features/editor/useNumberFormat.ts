import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { numberFormat } from '../../components/fields/number-format';
import { numberLocale } from '../../i18n';

/** `Intl.NumberFormat` in the UI language's locale, for read-only figures (totals, readouts). */
export function useNumberFormat(maximumFractionDigits = 2): Intl.NumberFormat {
  const { i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  return useMemo(() => numberFormat(locale, { maximumFractionDigits }), [locale, maximumFractionDigits]);
}
