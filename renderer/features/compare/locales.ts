import type { Locales } from '../../i18n';

export const compareLocales: Locales = {
  zh: {},
  en: {},
};
