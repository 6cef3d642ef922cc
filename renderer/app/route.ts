import { useSyncExternalStore } from 'react';

/**
 * Hash routing: the app is served from app://carbon-peak/index.html (and any
 * static server), where only the fragment can change without a request.
 */
export type Route =
  | { name: 'library' }
  | { name: 'scenario'; id: string }
  | { name: 'compare'; query: string }
  | { name: 'report'; id: string };

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean);
  const id = parts[1] !== undefined ? safeDecode(parts[1]) : '';
  if (parts[0] === 'scenario' && id) return { name: 'scenario', id };
  if (parts[0] === 'report' && id) return { name: 'report', id };
  if (parts[0] === 'compare') return { name: 'compare', query };
  return { name: 'library' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/library';
    case 'scenario':
      return `#/scenario/${encodeURIComponent(route.id)}`;
    case 'report':
      return `#/report/${encodeURIComponent(route.id)}`;
    case 'compare':
      return route.query ? `#/compare?${route.query}` : '#/compare';
  }
}

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
