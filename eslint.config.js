import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';

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

// Architecture boundaries, checked on static, dynamic and re-export imports
// alike (no-restricted-imports above misses `import('react')`).
// test/lint/boundaries.test.ts feeds a probe that breaks each rule.
const UI_STORAGE_SHELL = ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'electron', 'i18next', 'react-i18next'];
const RENDERER = ['renderer', 'renderer-db', 'renderer-feature', 'renderer-app'];
const element = (type) => ({ element: { type } });
const external = (source) => ({ module: { origin: 'external', source } });
const boundariesConfig = {
  files: ['shared/**/*.ts', 'seeds/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
    'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export', 'require'],
    'boundaries/elements': [
      { type: 'shared-model', pattern: 'shared/model' },
      { type: 'shared-engine', pattern: 'shared/engine' },
      { type: 'shared-io', pattern: 'shared/io' },
      { type: 'shared-ipc', pattern: 'shared/ipc' },
      { type: 'seeds', pattern: 'seeds' },
      { type: 'renderer-db', pattern: 'renderer/db' },
      // each feature folder is its own element, so a policy can compare one feature with another
      { type: 'renderer-feature', pattern: 'renderer/features/*', capture: ['feature'] },
      { type: 'renderer-app', pattern: 'renderer/app' },
      { type: 'renderer', pattern: 'renderer' },
      { type: 'electron', pattern: 'electron' },
    ],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'allow',
        checkAllOrigins: true,
        policies: [
          {
            from: element('shared-*'),
            disallow: { to: external(UI_STORAGE_SHELL) },
            message: 'shared/ runs in Node, the browser and a worker alike: no UI, storage, shell or i18n imports',
          },
          {
            from: element('shared-*'),
            disallow: { to: { module: { origin: 'core' } } },
            message: 'shared/ runs in the browser and workers too: no Node built-ins',
          },
          {
            from: element('shared-*'),
            disallow: { to: element(['seeds', ...RENDERER, 'electron']) },
            message: 'shared/ depends on no app layer and no seed data',
          },
          {
            from: element('seeds'),
            disallow: {
              to: element(['shared-engine', 'shared-io', 'shared-ipc', ...RENDERER, 'electron']),
            },
            message: 'seeds/ may import only shared/model',
          },
          {
            from: element('seeds'),
            disallow: [{ to: external(UI_STORAGE_SHELL) }, { to: { module: { origin: 'core' } } }],
            message: 'seeds/ is data: no UI, storage, shell or Node imports',
          },
          {
            from: element(RENDERER.filter((type) => type !== 'renderer-db')),
            disallow: { to: external(['dexie', 'dexie-react-hooks']) },
            message: 'only renderer/db knows about storage',
          },
          {
            // what two features share lives in renderer/components (or navigation, platform);
            // where one shows another's UI, renderer/app passes it in as a prop or slot
            from: element('renderer-feature'),
            disallow: {
              to: { element: { type: 'renderer-feature', captured: { feature: '!{{ from.element.captured.feature }}' } } },
            },
            message: 'a feature does not import another feature: share through renderer/components, compose in renderer/app',
          },
          {
            from: element('renderer-feature'),
            disallow: { to: element('renderer-app') },
            message: 'features do not import the app that composes them',
          },
        ],
      },
    ],
  },
};

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
        {
          paths: NODE_BUILTINS.map((name) => ({ name, message: 'shared/ runs in the browser and workers too' })),
          patterns: platformBans,
        },
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
            {
              group: ['**/shared/model/**', '**/shared/engine/**', '**/seeds/**'],
              message: 'electron/ knows nothing of the domain',
            },
          ],
        },
      ],
    },
  },
  boundariesConfig,
  {
    files: ['scripts/**/*.{js,mjs}', 'bench/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
  },
);
