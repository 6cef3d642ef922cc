import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RepoProvider } from '../../../renderer/db/RepoContext';
import type { ScenarioRepo } from '../../../renderer/db/repo';
import { useScenarioDocument, type ScenarioDocumentState } from '../../../renderer/state/useScenarioDocument';
import type { Generator, Scenario } from '../../../shared/model/scenario';
import { freshRepo, PRESET_A, saveLatest } from '../db/fixtures';

const { setImmediate } = globalThis as unknown as { setImmediate(cb: () => void): void };
const macrotask = () => new Promise<void>((r) => setImmediate(r));
async function until(cond: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (cond()) return;
    await act(macrotask);
  }
  throw new Error(`timed out waiting for ${what}`);
}
const ready = (s: ScenarioDocumentState) => {
  if (s.status !== 'ready') throw new Error(`document is ${s.status}`);
  return s.doc;
};
const pv = (id: string): Generator => ({
  id, name: id, type: 'pv', capacityMW: 10, utilisationHours: 1100, commissioningYear: 2025, status: 'planned', included: true, source: { kind: 'assumed', reason: 't' },
});
const withProjects = (s: Scenario, projects: Generator[]): Scenario => ({ ...s, electricity: { ...s.electricity, projects } });

let repo: ScenarioRepo;
const wrapper = ({ children }: { children: ReactNode }) => <RepoProvider repo={repo}>{children}</RepoProvider>;
async function open(id: string) {
  const hook = renderHook(() => useScenarioDocument(id), { wrapper });
  await until(() => hook.result.current.status !== 'loading', 'the document to load');
  return hook;
}

beforeEach(async () => {
  ({ repo } = await freshRepo());
});
afterEach(cleanup);

describe('useScenarioDocument: derived scenarios', () => {
  it('opens a derived scenario resolved, with its parent; a plain one has no inheritance', async () => {
    const child = await repo.deriveScenario('preset-a', '派生');
    const doc = ready((await open(child.id)).result.current);
    expect(doc.scenario).toMatchObject({ id: child.id, name: '派生', economy: PRESET_A.economy });
    expect(doc.inheritance).toMatchObject({ parentId: 'preset-a', parent: { id: 'preset-a', kind: 'preset' }, stale: [], broken: null });
    cleanup();
    const plain = await repo.createFromPreset('preset-a', 'plain');
    expect(ready((await open(plain.id)).result.current).inheritance).toBeNull();
  });

  it('saves an edit as an override, discards stale overrides and detaches on request', async () => {
    const parent = await repo.createFromPreset('preset-a', 'P');
    await saveLatest(repo, withProjects((await repo.get(parent.id))!.scenario, [pv('x'), pv('y')]));
    const child = await repo.deriveScenario(parent.id, 'C');
    const c = (await repo.get(child.id))!.scenario;
    await saveLatest(repo, withProjects(c, [{ ...pv('x'), capacityMW: 99 }, pv('y')]));
    await saveLatest(repo, withProjects((await repo.get(parent.id))!.scenario, [pv('y')]));

    const { result } = await open(child.id);
    const doc = ready(result.current);
    expect(doc.inheritance!.stale.map((s) => s.override.path)).toEqual(['electricity.projects[id=x].capacityMW']);

    await act(async () => {
      await doc.propose({ path: 'populationWan', apply: (s) => ({ ...s, populationWan: 61 }) });
    });
    await act(() => ready(result.current).flush());
    expect((await repo.db.scenarios.get(child.id))!.overrides).toEqual([
      { path: 'populationWan', value: 61 },
      { path: 'electricity.projects[id=x].capacityMW', value: 99 },
    ]);

    await act(() => ready(result.current).discardStale());
    expect(ready(result.current).inheritance!.stale).toEqual([]);
    expect((await repo.db.scenarios.get(child.id))!.overrides).toEqual([{ path: 'populationWan', value: 61 }]);

    await act(() => ready(result.current).detach());
    expect(ready(result.current).inheritance).toBeNull();
    const rec = (await repo.db.scenarios.get(child.id))!;
    expect(rec.parentId).toBeUndefined();
    expect(rec.scenario.populationWan).toBe(61);
  });
});
