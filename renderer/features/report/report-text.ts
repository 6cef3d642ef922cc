import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../../shared/ipc/contract';
import { numberLocale } from '../../i18n';
import type { Translate } from '../../components/results/chart-options';
import { makeFormatter, type NumberFormatter, type UnitId } from '../../components/results/format';
import { capacityUnitFor } from '../../components/fields/capacity';
import type { CapacityUnit } from '../../../shared/model/units';

/**
 * Everything a report section needs to speak its language. The report's
 * language can differ from the app's (`?lang=en`), so the sections never call
 * `useTranslation` (which follows the app) but get fixed-language functions.
 */
export type ReportText = {
  lang: Language;
  /** BCP 47 tag for `lang` attributes and Intl */
  locale: string;
  /** the `report` namespace */
  t: TFunction<'report'>;
  /** the `results` namespace: chart titles, units, fuels, target metrics and margins */
  rt: Translate;
  /** the `editor` namespace, for `sourceText` */
  et: TFunction<'editor'>;
  fmt: NumberFormatter;
  /** plain numbers of inputs: as many decimals as they have, at most 4 */
  plain(value: number): string;
  /** a calendar date in the report's language */
  date(d: Date): string;
};

const cache = new Map<string, ReportText>();

/** The report's words and numbers in `lang`, capacity in the unit the settings give for that language (万千瓦 or MW). */
export function reportText(lang: Language, capacity: CapacityUnit = capacityUnitFor(lang)): ReportText {
  const key = `${lang}:${capacity}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const rt = i18next.getFixedT(lang, 'results');
  const locale = numberLocale(lang);
  const plainFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
  const dateFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' });
  const text: ReportText = {
    lang,
    locale: lang === 'zh' ? 'zh-CN' : 'en',
    t: i18next.getFixedT(lang, 'report'),
    rt,
    et: i18next.getFixedT(lang, 'editor'),
    fmt: makeFormatter(lang, (u: UnitId) => rt(`units.${u}`), capacity),
    plain: (v) => plainFormat.format(v),
    date: (d) => dateFormat.format(d),
  };
  cache.set(key, text);
  return text;
}
