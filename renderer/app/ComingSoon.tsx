import { useTranslation } from 'react-i18next';

/** Stand-in for routes whose features are not built yet, so their links already work. */
export function ComingSoon({ feature }: { feature: 'compare' | 'report' }) {
  const { t } = useTranslation('app');
  return (
    <main className="placeholder" data-testid={`coming-${feature}`}>
      <h1>{t(`coming.${feature}`)}</h1>
      <p className="muted">{t('coming.body')}</p>
      <a href="#/library">{t('coming.back')}</a>
    </main>
  );
}
