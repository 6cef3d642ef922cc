import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/ipc/contract';
import { SETTINGS } from '../db/records';
import { useRepo } from '../db/RepoContext';
import { setLanguage } from '../i18n';
import { getDesktopApi } from '../platform/desktop';

/**
 * The UI language, kept in three places on purpose: i18next (with
 * localStorage, read synchronously at start so the first paint is in the
 * right language), the settings table (travels with a backup) and the shell
 * (native menus).
 */
export function useLanguage(): [Language, (lang: Language) => void] {
  const { t, i18n } = useTranslation('app');
  const repo = useRepo();
  const lang: Language = i18n.language === 'en' ? 'en' : 'zh';

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('appName');
    void getDesktopApi().setLanguage(lang).catch(() => {});
  }, [lang, t]);

  const change = useCallback(
    (next: Language) => {
      void setLanguage(next);
      void repo.setSetting(SETTINGS.language, next).catch(() => {});
    },
    [repo],
  );
  return [lang, change];
}
