import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          environment: 'node',
          include: [
            'test/shared/**/*.test.ts',
            'test/seeds/**/*.test.ts',
            'test/scripts/**/*.test.ts',
            'test/lint/**/*.test.ts',
            'test/bench/**/*.test.ts',
          ],
          // workbooks of six presets with their hourly sheets take a few seconds when the two
          // cores are shared with the other projects' files; the 5 s default made them flaky
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'electron',
          environment: 'node',
          include: ['test/electron/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A page that follows a write (a child after its parent's save, a second tab) can take
          // a few seconds on a loaded machine; expect.poll's 1 s default made such steps flaky.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
