import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Layering (house style): renderer → shared ← electron; shared imports no
// platform, UI or storage code so it runs in Node, the browser and a worker.
const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'buffer', 'stream', 'url'];
const platformBans = [
  { group: ['electron', 'electron/*'], message: 'shared/ and renderer/ never import Electron' },
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ is UI-free' },
  { group: ['dexie', 'dexie-*'], message: 'shared/ knows nothing of storage' },
  { group: ['node:*'], message: 'shared/ runs in the browser and workers too' },
  { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not depend on the app layers' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: NODE_BUILTINS.map((name) => ({ name, message: 'shared/ runs in the browser and workers too' })), patterns: platformBans },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.map((name) => ({ name, message: 'no Node in the renderer' })),
          patterns: [
            { group: ['electron', 'electron/*'], message: 'the renderer talks to the shell only through window.api' },
            { group: ['node:*'], message: 'no Node in the renderer' },
            { group: ['**/electron/**'], message: 'the renderer does not import the shell' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'the shell does not import the UI' },
            { group: ['**/shared/model/**', '**/shared/engine/**', '**/seeds/**'], message: 'electron/ knows nothing of the domain' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'bench/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
  },
);
