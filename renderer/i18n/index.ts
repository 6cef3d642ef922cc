import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/ipc/contract';

type Resources = Record<string, Record<string, unknown>>;

/**
 * Every piece of UI text goes through i18next, from one JSON file per language
 * and namespace in ./locales/<lang>/<namespace>.json (a namespace per feature,
 * plus `issues` for the messages of issue codes). Any file added there is
 * loaded. Chinese is the default language.
 */
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

function collect(): { resources: Record<Language, Resources>; namespaces: string[] } {
  const resources: Record<Language, Resources> = { zh: {}, en: {} };
  const namespaces = new Set<string>();
  for (const [path, data] of Object.entries(files)) {
    const [, lang, ns] = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
    if ((lang !== 'zh' && lang !== 'en') || !ns) continue;
    resources[lang][ns] = data;
    namespaces.add(ns);
  }
  return { resources, namespaces: [...namespaces].sort() };
}

export const LANGUAGE_STORAGE_KEY = 'cpp.language';

export function initI18n(initial?: Language): typeof i18next {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(LANGUAGE_STORAGE_KEY) : null;
  const lng: Language = initial ?? (stored === 'en' ? 'en' : 'zh');
  const { resources, namespaces } = collect();
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng,
      fallbackLng: 'zh',
      ns: namespaces,
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
