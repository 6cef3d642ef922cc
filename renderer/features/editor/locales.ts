import type { Locales } from '../../i18n';

export const editorLocales: Locales = {
  zh: {},
  en: {},
};
