import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Fallback({ error }: { error: Error }) {
  const { t } = useTranslation('app');
  return (
    <main className="placeholder" role="alert" data-testid="screen-error">
      <p>{t('error.title')}</p>
      <pre className="error-detail">{error.message}</pre>
      <a href="#/library">{t('scenario.back')}</a>
    </main>
  );
}

type State = { error: Error | null };

/**
 * Keeps a crash in one screen from blanking the whole window (the top bar
 * and navigation stay usable). Mounted with the route as key, so navigating
 * away resets it. A class because React has no hook for error boundaries.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };
  static getDerivedStateFromError(error: Error): State {
    return { error };
  }
  override render() {
    return this.state.error ? <Fallback error={this.state.error} /> : this.props.children;
  }
}
