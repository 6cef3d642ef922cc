import { useSyncExternalStore } from 'react';
import type { Language } from '../../shared/ipc/contract';

/**
 * Hash routing: the app is served from app://carbon-peak/index.html (and any
 * static server), where only the fragment can change without a request.
 */
export type Route =
  | { name: 'library' }
  /** `view: 'results'`: the scenario's results laid out over the full width instead of its inputs (`?view=results`); `'rollup'`: its counties' roll-up (`?view=rollup`) */
  | { name: 'scenario'; id: string; view?: ScenarioView }
  | { name: 'compare'; query: string }
  /**
   * `lang` overrides the app's language for the report only (`?lang=en`); `baseline` is the
   * scenario the contributions are measured against (`?baseline=<id>`), null for none
   * (`?baseline=-`, not an id), absent for the report's own choice
   */
  | { name: 'report'; id: string; lang?: Language; baseline?: string | null }
  /**
   * comparison report of several scenarios: `#/report?ids=a,b,c`, with the
   * compare page's table years and decomposition year when chosen there
   */
  | { name: 'compareReport'; ids: string[]; lang?: Language; years?: number[]; lmdiYear?: number };

/** `?baseline=-`: a report without baseline (ids start with a letter or digit) */
const NO_BASELINE = '-';

/** The scenario screen's tabs: the inputs (with the headline results beside them), the full results and the counties' roll-up. */
export type ScenarioView = 'edit' | 'results' | 'rollup';

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean);
  const id = parts[1] !== undefined ? safeDecode(parts[1]) : '';
  if (parts[0] === 'scenario' && id) {
    const view = queryParams(query).get('view');
    return view === 'results' || view === 'rollup' ? { name: 'scenario', id, view } : { name: 'scenario', id };
  }
  if (parts[0] === 'report') {
    const params = queryParams(query);
    const lang = params.get('lang');
    const withLang: { lang?: Language } = lang === 'zh' || lang === 'en' ? { lang } : {};
    if (id) {
      const b = params.get('baseline');
      const withBaseline: { baseline?: string | null } = b === undefined || b === '' ? {} : { baseline: b === NO_BASELINE ? null : safeDecode(b) };
      return { name: 'report', id, ...withLang, ...withBaseline };
    }
    const ids = (params.get('ids') ?? '').split(',').filter(Boolean).map(safeDecode);
    if (!ids.length) return { name: 'library' };
    const years = params.get('years');
    const lmdiYear = Number(params.get('lmdiYear') ?? Number.NaN);
    return {
      name: 'compareReport',
      ids,
      ...withLang,
      ...(years !== undefined ? { years: [...new Set(years.split(',').map(Number).filter(isYear))].sort((a, b) => a - b) } : {}),
      ...(isYear(lmdiYear) ? { lmdiYear } : {}),
    };
  }
  if (parts[0] === 'compare') return { name: 'compare', query };
  return { name: 'library' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/library';
    case 'scenario':
      return `#/scenario/${encodeURIComponent(route.id)}${route.view && route.view !== 'edit' ? `?view=${route.view}` : ''}`;
    case 'report':
    {
      const query = [
        ...(route.lang ? [`lang=${route.lang}`] : []),
        ...(route.baseline !== undefined ? [`baseline=${route.baseline === null ? NO_BASELINE : encodeURIComponent(route.baseline)}`] : []),
      ];
      return `#/report/${encodeURIComponent(route.id)}${query.length ? `?${query.join('&')}` : ''}`;
    }
    case 'compareReport':
      return `#/report?ids=${route.ids.map(encodeURIComponent).join(',')}${route.years ? `&years=${route.years.join(',')}` : ''}${
        route.lmdiYear !== undefined ? `&lmdiYear=${route.lmdiYear}` : ''
      }${route.lang ? `&lang=${route.lang}` : ''}`;
    case 'compare':
      return route.query ? `#/compare?${route.query}` : '#/compare';
  }
}

/** `a=1&b=2` → raw (still encoded) values by key; the first of a repeated key wins. */
function queryParams(query: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (key && !out.has(key)) out.set(key, eq < 0 ? '' : pair.slice(eq + 1));
  }
  return out;
}

const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2200;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function navigate(route: Route): void {
  const hash = routeHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};
const getHash = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  return parseHash(hash);
}
