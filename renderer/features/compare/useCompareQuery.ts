import { useCallback, useEffect, useState } from 'react';
import { formatCompareQuery, parseCompareQuery, type CompareQuery } from './compare-query';

const COMPARE_HASH = /^#\/compare(?:\?(.*))?$/;

/**
 * The comparison state, kept in the URL. Changes are written with
 * `history.replaceState`: no `hashchange`, so the page is not remounted (a
 * ticked checkbox keeps its focus) and ticking boxes does not fill the back
 * history. A real navigation to another comparison (a link, the top bar)
 * fires `hashchange` and is followed.
 */
export function useCompareQuery(query: string): [CompareQuery, (next: CompareQuery) => void] {
  const [state, setState] = useState<CompareQuery>(() => parseCompareQuery(query));
  const [shownQuery, setShownQuery] = useState(query);
  if (shownQuery !== query) {
    // A new query from the route: follow it (React's "adjust state when a prop changes").
    setShownQuery(query);
    setState(parseCompareQuery(query));
  }

  useEffect(() => {
    const onHash = () => {
      const m = COMPARE_HASH.exec(window.location.hash);
      if (m) setState(parseCompareQuery(m[1] ?? ''));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const update = useCallback((next: CompareQuery) => {
    setState(next);
    const q = formatCompareQuery(next);
    const hash = q ? `#/compare?${q}` : '#/compare';
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
  }, []);

  return [state, update];
}
