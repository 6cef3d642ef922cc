import { defineConfig, type Plugin, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The entry loads the app with a dynamic import (renderer/main.tsx), which
 * Vite preloads only once the entry has run. Listing the app's chunks (and its
 * CSS) in index.html lets Chromium fetch and parse them in parallel with the
 * entry instead, about 0.1 s sooner. The bundler's own chunking is kept: with
 * no expression engine on the page, grouping the first screen's modules into
 * fewer files measured no faster (`npm run bench -- ui`).
 */
function preloadFirstScreen(module = '/renderer/start.tsx'): Plugin {
  return {
    name: 'carbon-peak:preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return;
        const chunks = new Map(Object.values(ctx.bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
        const start = [...chunks.values()].find((c) => c.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(module)));
        if (!start) throw new Error(`preload-first-screen: no chunk holds ${module}`);
        const js = new Set<string>();
        const css = new Set<string>();
        const visit = (c: Rollup.OutputChunk) => {
          if (js.has(c.fileName)) return;
          js.add(c.fileName);
          for (const f of c.viteMetadata?.importedCss ?? []) css.add(f);
          for (const f of c.imports) visit(chunks.get(f)!);
        };
        visit(start);
        const fresh = (files: Set<string>) => [...files].filter((f) => !html.includes(f));
        return [
          ...fresh(css).map((f) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
          ...fresh(js).map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

/** Where `vite` dev serve's hot-reload socket connects from the page. */
export const DEV_SERVER_SOCKET = 'ws://127.0.0.1:*';

/** `html` with `source` added to the connect-src of its Content-Security-Policy meta tag. */
export function withConnectSource(html: string, source: string): string {
  let found = false;
  const out = html.replace(/(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/i, (_m, head: string, csp: string) => {
    const directives = csp.split(';').map((d) => d.trim());
    const i = directives.findIndex((d) => d.startsWith('connect-src '));
    if (i < 0) return `${head}${csp}"`;
    found = true;
    directives[i] = `${directives[i]} ${source}`;
    return `${head}${directives.join('; ')}"`;
  });
  if (!found) throw new Error('index.html: no Content-Security-Policy meta tag with a connect-src directive');
  return out;
}

/**
 * index.html's CSP is the production one; only the dev server, whose page talks to
 * it over a WebSocket for hot reload, gets that socket added. A production build
 * never lets the page connect anywhere but its own origin.
 */
export function devServerCsp(): Plugin {
  return {
    name: 'carbon-peak:dev-server-csp',
    apply: 'serve',
    transformIndexHtml: { order: 'pre', handler: (html) => withConnectSource(html, DEV_SERVER_SOCKET) },
  };
}

// The renderer is one static bundle served from app://carbon-peak/ in Electron
// and from any static server in the browser build, so asset paths are relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadFirstScreen(), devServerCsp()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    target: 'es2022',
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
