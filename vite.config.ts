import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is one static bundle served from app://carbon-peak/ in Electron
// and from any static server in the browser build, so asset paths are relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What every start needs, in two files: fewer requests and parses before the first screen.
            // The entry's own imports (it starts the engine worker) stay out of the app chunk.
            { name: 'boot', priority: 3, test: /renderer[\\/]engine[\\/]client\.ts$|renderer[\\/]db[\\/](name|warm)\.ts$|shared[\\/]engine[\\/]scenario-error\.ts$|preload-helper|modulepreload-polyfill/ },
            { name: 'vendor', priority: 2, test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|dexie|dexie-react-hooks|zod|use-sync-external-store)[\\/]/ },
            { name: 'app', priority: 1, test: /renderer[\\/]start\.tsx$/, includeDependenciesRecursively: true },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
