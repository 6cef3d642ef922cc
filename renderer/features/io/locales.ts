import type { Locales } from '../../i18n';

export const ioLocales: Locales = {
  zh: {},
  en: {},
};
