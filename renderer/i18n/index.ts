import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { appLocales } from '../app/locales';
import { compareLocales } from '../features/compare/locales';
import { editorLocales } from '../features/editor/locales';
import { ioLocales } from '../features/io/locales';
import { libraryLocales } from '../features/library/locales';
import { reportLocales } from '../features/report/locales';
import { resultsLocales } from '../features/results/locales';
import type { Language } from '../../shared/ipc/contract';

/**
 * One namespace per feature, each owned by its feature folder; every piece of
 * UI text goes through i18next. Chinese is the default language.
 */
export type Locales = { zh: Record<string, unknown>; en: Record<string, unknown> };
const namespaces: Record<string, Locales> = {
  app: appLocales,
  library: libraryLocales,
  editor: editorLocales,
  results: resultsLocales,
  compare: compareLocales,
  report: reportLocales,
  io: ioLocales,
};

export const LANGUAGE_STORAGE_KEY = 'cpp.language';

export function initI18n(initial?: Language): typeof i18next {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(LANGUAGE_STORAGE_KEY) : null;
  const lng: Language = initial ?? (stored === 'en' ? 'en' : 'zh');
  const resources = { zh: {} as Record<string, Record<string, unknown>>, en: {} as Record<string, Record<string, unknown>> };
  for (const [ns, loc] of Object.entries(namespaces)) {
    resources.zh[ns] = loc.zh;
    resources.en[ns] = loc.en;
  }
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng,
      fallbackLng: 'zh',
      ns: Object.keys(namespaces),
      defaultNS: 'app',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  } else if (i18next.language !== lng) {
    void i18next.changeLanguage(lng);
  }
  return i18next;
}

export async function setLanguage(lang: Language): Promise<void> {
  await i18next.changeLanguage(lang);
  if (typeof localStorage !== 'undefined') localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

/** BCP 47 locale for number and date formatting. */
export function numberLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : 'zh-CN';
}
