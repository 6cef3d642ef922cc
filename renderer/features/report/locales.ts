import type { Locales } from '../../i18n';

export const reportLocales: Locales = {
  zh: {},
  en: {},
};
