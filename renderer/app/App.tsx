import { useTranslation } from 'react-i18next';

/** Placeholder until the app shell lands (routing, library, editor). */
export function App() {
  const { t } = useTranslation('app');
  return <h1>{t('appName')}</h1>;
}
