import type { Locales } from '../i18n';

export const appLocales: Locales = {
  zh: {
    appName: '碳达峰情景规划器',
    nav: { library: '情景库', compare: '情景对比', language: 'English' },
  },
  en: {
    appName: 'Carbon Peak Planner',
    nav: { library: 'Scenarios', compare: 'Compare', language: '中文' },
  },
};
