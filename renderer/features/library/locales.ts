import type { Locales } from '../../i18n';

export const libraryLocales: Locales = {
  zh: {},
  en: {},
};
