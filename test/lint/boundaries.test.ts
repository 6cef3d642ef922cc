import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Each probe is code that breaks one layering rule, linted as if it stood at
 * the given path (nothing is written to disk). A rule that stopped firing —
 * a plugin upgrade, a renamed folder, a pattern typo — fails here instead of
 * letting the layers quietly grow into each other.
 */
const BROKEN: { rule: string; filePath: string; code: string }[] = [
  {
    rule: 'shared/ imports no React, even lazily',
    filePath: 'shared/engine/probe.ts',
    code: "export const load = () => import('react');",
  },
  {
    rule: 'shared/ imports no i18next',
    filePath: 'shared/engine/probe.ts',
    code: "import i18next from 'i18next';\nexport const t = i18next;",
  },
  {
    rule: 'shared/ re-exports nothing from react-i18next',
    filePath: 'shared/model/probe.ts',
    code: "export { useTranslation } from 'react-i18next';",
  },
  {
    rule: 'shared/ imports no Dexie',
    filePath: 'shared/io/probe.ts',
    code: "export const load = () => import('dexie');",
  },
  {
    rule: 'shared/ imports no Electron',
    filePath: 'shared/ipc/probe.ts',
    code: "import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;",
  },
  {
    rule: 'shared/ imports no Node built-in',
    filePath: 'shared/io/probe.ts',
    code: "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;",
  },
  {
    rule: 'shared/ imports no Node built-in without the node: prefix',
    filePath: 'shared/engine/probe.ts',
    code: "export const load = () => import('path');",
  },
  {
    rule: 'shared/ does not reach into the renderer',
    filePath: 'shared/model/probe.ts',
    code: "export * from '../../renderer/db/db';",
  },
  {
    rule: 'shared/ does not read seed data',
    filePath: 'shared/engine/probe.ts',
    code: "import { PRESETS } from '../../seeds/index';\nexport const p = PRESETS;",
  },
  {
    rule: 'seeds/ imports only shared/model',
    filePath: 'seeds/probe.ts',
    code: "import { runScenario } from '../shared/engine/run';\nexport const r = runScenario;",
  },
  {
    rule: 'seeds/ imports no React',
    filePath: 'seeds/presets/probe.ts',
    code: "import React from 'react';\nexport const r = React;",
  },
  {
    rule: 'seeds/ imports no Node built-in',
    filePath: 'seeds/probe.ts',
    code: "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;",
  },
  {
    rule: 'only renderer/db imports Dexie',
    filePath: 'renderer/features/library/probe.ts',
    code: "import Dexie from 'dexie';\nexport const D = Dexie;",
  },
  {
    rule: 'only renderer/db imports Dexie, even lazily',
    filePath: 'renderer/state/probe.ts',
    code: "export const load = () => import('dexie');",
  },
  {
    rule: 'only renderer/db imports dexie-react-hooks',
    filePath: 'renderer/features/compare/probe.ts',
    code: "import { useLiveQuery } from 'dexie-react-hooks';\nexport const q = useLiveQuery;",
  },
  {
    rule: 'a feature does not import another feature',
    filePath: 'renderer/features/compare/probe.ts',
    code: "import { ResultsPanel } from '../results/ResultsPanel';\nexport const P = ResultsPanel;",
  },
  {
    rule: 'a feature does not import another feature, even lazily or from a subfolder',
    filePath: 'renderer/features/editor/panels/probe.ts',
    code: "export const load = () => import('../../io/IoArea');",
  },
  {
    rule: 'a feature does not import the app',
    filePath: 'renderer/features/library/probe.ts',
    code: "import { EDITOR_SLOTS } from '../../app/editor-slots';\nexport const s = EDITOR_SLOTS;",
  },
  {
    rule: 'electron/ knows nothing of the domain',
    filePath: 'electron/main/probe.ts',
    code: "import { runScenario } from '../../shared/engine/run';\nexport const r = runScenario;",
  },
  {
    rule: 'electron/ does not import the UI',
    filePath: 'electron/main/probe.ts',
    code: "export * from '../../renderer/navigation/route';",
  },
];

/** The same kinds of import where the layering allows them: the rules are not simply refusing everything. */
const ALLOWED: { rule: string; filePath: string; code: string }[] = [
  {
    rule: 'seeds/ may import shared/model',
    filePath: 'seeds/probe.ts',
    code: "import { type Scenario } from '../shared/model/scenario';\nexport type S = Scenario;",
  },
  {
    rule: 'renderer/db may import Dexie',
    filePath: 'renderer/db/probe.ts',
    code: "import Dexie from 'dexie';\nexport const D = Dexie;",
  },
  {
    rule: 'a feature may import renderer/components and its own files',
    filePath: 'renderer/features/editor/panels/probe.ts',
    code: "import { Modal } from '../../../components/Modal';\nimport { useEditor } from '../EditorContext';\nexport const r = [Modal, useEditor];",
  },
  {
    rule: 'the app may import the features it composes',
    filePath: 'renderer/app/probe.ts',
    code: "import { IoArea } from '../features/io/IoArea';\nexport const A = IoArea;",
  },
  {
    rule: 'the engine may import the model',
    filePath: 'shared/engine/probe.ts',
    code: "import { type Scenario } from '../model/scenario';\nexport type S = Scenario;",
  },
  {
    rule: 'the renderer may import the engine',
    filePath: 'renderer/engine/probe.ts',
    code: "export const load = () => import('../../shared/engine/run');",
  },
];

const LAYER_RULES = new Set(['boundaries/dependencies', 'no-restricted-imports']);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId))
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint enforces the layers', () => {
  it.each(BROKEN)(
    'refuses: $rule',
    async ({ filePath, code }) => {
      expect(await layerErrors(filePath, code)).not.toEqual([]);
    },
    60_000,
  );

  it.each(ALLOWED)(
    'accepts: $rule',
    async ({ filePath, code }) => {
      expect(await layerErrors(filePath, code)).toEqual([]);
    },
    60_000,
  );
});
