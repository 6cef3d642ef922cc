import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../shared/model/scenario';
import { CarbonDb } from '../../../renderer/db/db';
import { RepoProvider } from '../../../renderer/db/RepoContext';
import { createRepo, type ScenarioRepo } from '../../../renderer/db/repo';
import { AUTOSAVE_DELAY_MS } from '../../../renderer/state/autosave';
import { useScenarioDocument, type ScenarioDocumentState } from '../../../renderer/state/useScenarioDocument';
import { freshRepo, PRESET_A, PRESET_B, saveLatest } from '../db/fixtures';

// The debounce timer and the clock are faked; IndexedDB (fake-indexeddb) runs on setImmediate, and
// Dexie's change notices on setTimeout(0), which `settle` advances.
const { setImmediate } = globalThis as unknown as { setImmediate(cb: () => void): void };
const macrotask = () => new Promise<void>((r) => setImmediate(r));
async function settle() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
    await macrotask();
  });
}
async function until(cond: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (cond()) return;
    await settle();
  }
  throw new Error(`timed out waiting for ${what}`);
}

const withGdp = (s: Scenario, v: number): Scenario => ({ ...s, economy: { ...s.economy, baseGdpYiYuan: v } });
const withPopulation = (s: Scenario, v: number): Scenario => ({ ...s, populationWan: v });

/** This window's repository (the hook's) and another window's, on one database. */
let mine: ScenarioRepo;
let other: ScenarioRepo;
let id: string;

async function open(repo: ScenarioRepo = mine) {
  const wrapper = ({ children }: { children: ReactNode }) => <RepoProvider repo={repo}>{children}</RepoProvider>;
  const hook = renderHook(({ i }: { i: string | null }) => useScenarioDocument(i), { wrapper, initialProps: { i: id as string | null } });
  await until(() => hook.result.current.status === 'ready', 'the document to load');
  // the first notice of the stored revision (this window's own reading)
  for (let i = 0; i < 5; i++) await settle();
  return hook;
}
const ready = (s: ScenarioDocumentState) => {
  if (s.status !== 'ready') throw new Error(`document is ${s.status}`);
  return s.doc;
};
const stored = async (docId = id) => (await other.get(docId))!.scenario;
/** Sets the base GDP through the document's edit gate (checked by the engine, in-process here). */
async function setGdp(state: () => ScenarioDocumentState, v: number) {
  await act(async () => {
    await ready(state()).propose({ path: 'economy.baseGdpYiYuan', apply: (s) => withGdp(s, v) });
  });
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const first = await freshRepo();
  mine = first.repo;
  const db = new CarbonDb(first.name, { presets: [PRESET_A, PRESET_B] });
  await db.open();
  other = createRepo(db);
  id = (await mine.createFromPreset('preset-a', '我的')).id;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useScenarioDocument: the same scenario open in another window', () => {
  it('without unsaved edits, shows the other window’s save with a notice, and saves on from there', async () => {
    const { result } = await open();
    await saveLatest(other, withPopulation(await stored(), 66));
    await until(() => ready(result.current).scenario.populationWan === 66, 'the reload');
    const doc = ready(result.current);
    expect(doc.notice).toEqual({ kind: 'reloaded' });
    expect(doc.conflict).toBeNull();
    expect(doc.saveState).toBe('saved');
    // a reload is not an edit of this window's: nothing to undo
    expect(doc.canUndo).toBe(false);

    // this window's next edit saves over the reloaded revision, keeping the other window's change
    await setGdp(() => result.current, 101);
    await act(() => ready(result.current).flush());
    expect(ready(result.current).saveState).toBe('saved');
    expect(await stored()).toMatchObject({ populationWan: 66, economy: { baseGdpYiYuan: 101 } });
    act(() => ready(result.current).dismissNotice());
    expect(ready(result.current).notice).toBeNull();
  });

  it('with unsaved edits, reports the conflict and autosave writes nothing while it is pending', async () => {
    const save = vi.spyOn(mine, 'save');
    const { result } = await open();
    await setGdp(() => result.current, 102);
    await saveLatest(other, withPopulation(await stored(), 67));
    await until(() => ready(result.current).conflict !== null, 'the conflict');
    expect(ready(result.current).conflict).toEqual({ kind: 'changed', rev: 2 });
    expect(ready(result.current).saveState).toBe('conflict');

    // more edits, well past the autosave delay, a flush: still nothing written
    await setGdp(() => result.current, 103);
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 4));
    await act(() => ready(result.current).flush());
    expect(save).not.toHaveBeenCalled();
    expect(await stored()).toMatchObject({ populationWan: 67, economy: { baseGdpYiYuan: 100 } });
    expect(ready(result.current).scenario.economy.baseGdpYiYuan).toBe(103);
  });

  it('a save based on an older revision is refused even when no notice arrived', async () => {
    // a window that hears nothing from the others: the save's own check is what protects the stored copy
    const deaf: ScenarioRepo = { ...mine, watch: () => () => {} };
    const { result } = await open(deaf);
    await saveLatest(other, withPopulation(await stored(), 68));
    await setGdp(() => result.current, 104);
    await act(() => ready(result.current).flush());
    expect(ready(result.current).conflict).toEqual({ kind: 'changed', rev: 2 });
    expect(ready(result.current).saveState).toBe('conflict');
    expect(await stored()).toMatchObject({ populationWan: 68, economy: { baseGdpYiYuan: 100 } });
  });

  it('“save as a copy” writes this window’s version as a new scenario and shows the stored one', async () => {
    const { result } = await open();
    await setGdp(() => result.current, 105);
    await saveLatest(other, withPopulation(await stored(), 69));
    await until(() => ready(result.current).conflict !== null, 'the conflict');

    await act(() => ready(result.current).resolveConflict('copy'));
    const doc = ready(result.current);
    expect(doc.conflict).toBeNull();
    expect(doc.notice).toMatchObject({ kind: 'copied', name: '我的（副本）' });
    const copyId = (doc.notice as { id: string }).id;
    // both edits exist: the other window's in the original, this one's in the copy
    expect(await stored()).toMatchObject({ populationWan: 69, economy: { baseGdpYiYuan: 100 } });
    expect(await stored(copyId)).toMatchObject({ name: '我的（副本）', populationWan: 50, economy: { baseGdpYiYuan: 105 } });
    expect(doc.scenario).toMatchObject({ populationWan: 69, economy: { baseGdpYiYuan: 100 } });
    expect(doc.saveState).toBe('saved');
  });

  it('“reload” shows the stored version; the discarded edits are one undo away (and then save over it)', async () => {
    const { result } = await open();
    await setGdp(() => result.current, 106);
    await saveLatest(other, withPopulation(await stored(), 70));
    await until(() => ready(result.current).conflict !== null, 'the conflict');

    await act(() => ready(result.current).resolveConflict('reload'));
    expect(ready(result.current)).toMatchObject({ conflict: null, notice: { kind: 'discarded' }, saveState: 'saved', canUndo: true });
    expect(ready(result.current).scenario).toMatchObject({ populationWan: 70, economy: { baseGdpYiYuan: 100 } });
    expect(await stored()).toMatchObject({ populationWan: 70 });

    act(() => ready(result.current).undo());
    expect(ready(result.current).scenario).toMatchObject({ populationWan: 50, economy: { baseGdpYiYuan: 106 } });
    await act(() => ready(result.current).flush());
    expect(ready(result.current).saveState).toBe('saved');
    expect(await stored()).toMatchObject({ populationWan: 50, economy: { baseGdpYiYuan: 106 } });
  });

  it('“overwrite” saves this window’s version over the other one, knowingly', async () => {
    const { result } = await open();
    await setGdp(() => result.current, 107);
    await saveLatest(other, withPopulation(await stored(), 71));
    await until(() => ready(result.current).conflict !== null, 'the conflict');

    await act(() => ready(result.current).resolveConflict('overwrite'));
    expect(ready(result.current)).toMatchObject({ conflict: null, saveState: 'saved' });
    expect(await stored()).toMatchObject({ populationWan: 50, economy: { baseGdpYiYuan: 107 } });
    expect((await other.db.scenarios.get(id))!.rev).toBe(3);
  });

  it('a deletion elsewhere is shown; the version can be kept as a copy; a restore elsewhere reloads a clean document', async () => {
    const { result } = await open();
    await setGdp(() => result.current, 108);
    await other.remove(id);
    await until(() => ready(result.current).conflict !== null, 'the deletion');
    expect(ready(result.current).conflict).toEqual({ kind: 'deleted' });

    await act(() => ready(result.current).resolveConflict('copy'));
    const notice = ready(result.current).notice as { kind: string; id: string };
    expect(notice.kind).toBe('copied');
    expect(await stored(notice.id)).toMatchObject({ economy: { baseGdpYiYuan: 108 } });
    // still deleted: nothing is written to it
    expect(ready(result.current).conflict).toEqual({ kind: 'deleted' });

    await other.restore(id);
    await until(() => ready(result.current).conflict === null, 'the restore');
    expect(ready(result.current).notice).toEqual({ kind: 'reloaded' });
    expect(ready(result.current).scenario.economy.baseGdpYiYuan).toBe(100);
  });

  it('closing the document under a conflict keeps its unsaved edits as a copy', async () => {
    const hook = await open();
    await setGdp(() => hook.result.current, 109);
    await saveLatest(other, withPopulation(await stored(), 72));
    await until(() => ready(hook.result.current).conflict !== null, 'the conflict');
    hook.unmount();
    let copies: Scenario[] = [];
    for (let i = 0; i < 50 && !copies.length; i++) {
      await settle();
      copies = (await other.list()).filter((r) => r.name === '我的（副本）').map((r) => r.scenario);
    }
    expect(copies).toHaveLength(1);
    expect(copies[0]!.economy.baseGdpYiYuan).toBe(109);
    expect(await stored()).toMatchObject({ populationWan: 72, economy: { baseGdpYiYuan: 100 } });
  });

  it('a derived document learns that its parent changed elsewhere', async () => {
    const child = await mine.deriveScenario(id, '子');
    id = child.id;
    const { result } = await open();
    await saveLatest(other, withPopulation((await other.get(child.parentId!))!.scenario, 73));
    await until(() => ready(result.current).scenario.populationWan === 73, 'the reload');
    expect(ready(result.current).inheritance?.parent?.scenario.populationWan).toBe(73);
  });
});
