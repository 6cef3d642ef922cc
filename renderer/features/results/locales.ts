import type { Locales } from '../../i18n';

export const resultsLocales: Locales = {
  zh: {},
  en: {},
};
