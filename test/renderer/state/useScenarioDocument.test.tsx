import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../shared/model/scenario';
import { RepoProvider } from '../../../renderer/db/RepoContext';
import type { ScenarioRepo } from '../../../renderer/db/repo';
import { AUTOSAVE_DELAY_MS } from '../../../renderer/state/autosave';
import { useScenarioDocument, type ScenarioDocumentState } from '../../../renderer/state/useScenarioDocument';
import { freshRepo } from '../db/fixtures';

// Only the debounce timer and the clock are faked: IndexedDB (fake-indexeddb) runs on setImmediate.
// setImmediate is Node's; the renderer's typings are the browser's.
const { setImmediate } = globalThis as unknown as { setImmediate(cb: () => void): void };
const macrotask = () => new Promise<void>((r) => setImmediate(r));
async function until(cond: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (cond()) return;
    await act(macrotask);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const withGdp = (s: Scenario, v: number): Scenario => ({ ...s, economy: { ...s.economy, baseGdpYiYuan: v } });

let repo: ScenarioRepo;
let id: string;
const wrapper = ({ children }: { children: ReactNode }) => <RepoProvider repo={repo}>{children}</RepoProvider>;

async function open(docId: string | null = id) {
  const hook = renderHook(({ i }: { i: string | null }) => useScenarioDocument(i), { wrapper, initialProps: { i: docId } });
  if (docId) await until(() => hook.result.current.status !== 'loading', 'the document to load');
  return hook;
}
const ready = (s: ScenarioDocumentState) => {
  if (s.status !== 'ready') throw new Error(`document is ${s.status}`);
  return s.doc;
};
const stored = async () => (await repo.get(id))!.scenario.economy.baseGdpYiYuan;
/** Sets the base GDP through the document's edit gate (checked by the engine, in-process here); resolves with the refusal. */
async function setGdp(state: () => ScenarioDocumentState, v: number, key?: string) {
  let refused: unknown[] = [];
  await act(async () => {
    refused = await ready(state()).propose({ path: 'economy.baseGdpYiYuan', key, apply: (s) => withGdp(s, v) });
  });
  return refused;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  ({ repo } = await freshRepo());
  id = (await repo.createFromPreset('preset-a', '我的')).id;
});
afterEach(() => {
  // No vitest globals, so testing-library's automatic cleanup is not registered.
  cleanup();
  vi.useRealTimers();
});

describe('useScenarioDocument', () => {
  it('loads a scenario and exposes the document', async () => {
    const { result } = await open();
    const doc = ready(result.current);
    expect(doc).toMatchObject({ id, readOnly: false, canUndo: false, canRedo: false, saveState: 'saved' });
    expect(doc.scenario.name).toBe('我的');
  });

  it('reports idle without an id and missing for an unknown one', async () => {
    expect((await open(null)).result.current.status).toBe('idle');
    expect((await open('nope')).result.current.status).toBe('missing');
  });

  it('autosaves once, 500 ms after the last of a burst of edits', async () => {
    const save = vi.spyOn(repo, 'save');
    const { result } = await open();
    await setGdp(() => result.current, 101, 'gdp');
    expect(ready(result.current).saveState).toBe('saving');
    await act(() => vi.advanceTimersByTimeAsync(300));
    await setGdp(() => result.current, 102, 'gdp');
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1));
    expect(save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(save).toHaveBeenCalledTimes(1);
    await until(() => ready(result.current).saveState === 'saved', 'saved');
    expect(await stored()).toBe(102);
  });

  it('reads saving from the moment an edit is proposed, while the engine checks it; saved again when it is refused', async () => {
    const { result } = await open();
    const propose = (v: number) => ready(result.current).propose({ path: 'economy.baseGdpYiYuan', apply: (s) => withGdp(s, v) });
    let decided: Promise<unknown> = Promise.resolve();
    // a negative GDP is refused: until the engine says so, the edit is not stored, so the status cannot read 'saved'
    act(() => void (decided = propose(-1)));
    expect(ready(result.current).saveState).toBe('saving');
    await act(async () => void (await decided));
    expect(ready(result.current).saveState).toBe('saved');
    expect(ready(result.current).canUndo).toBe(false);
    // a valid one stays 'saving' from the proposal until it is written
    act(() => void (decided = propose(150)));
    expect(ready(result.current).saveState).toBe('saving');
    await act(async () => void (await decided));
    expect(ready(result.current).saveState).toBe('saving');
    await act(() => ready(result.current).flush());
    expect(ready(result.current).saveState).toBe('saved');
    expect(await stored()).toBe(150);
  });

  it('a flush writes an edit the engine is still checking', async () => {
    const { result } = await open();
    let flushed: Promise<void> = Promise.resolve();
    act(() => {
      void ready(result.current).propose({ path: 'economy.baseGdpYiYuan', apply: (s) => withGdp(s, 160) });
      flushed = ready(result.current).flush();
    });
    await act(() => flushed);
    expect(await stored()).toBe(160);
    expect(ready(result.current).saveState).toBe('saved');
  });

  it('flushes at once when the page is hidden or unloaded', async () => {
    const { result } = await open();
    await setGdp(() => result.current, 111);
    act(() => void window.dispatchEvent(new Event('pagehide')));
    await until(() => ready(result.current).saveState === 'saved', 'saved after pagehide');
    expect(await stored()).toBe(111);

    await setGdp(() => result.current, 112);
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    visibility.mockRestore();
    await until(() => ready(result.current).saveState === 'saved', 'saved after visibilitychange');
    expect(await stored()).toBe(112);

    await setGdp(() => result.current, 113);
    act(() => void window.dispatchEvent(new Event('beforeunload')));
    await until(() => ready(result.current).saveState === 'saved', 'saved after beforeunload');
    expect(await stored()).toBe(113);
  });

  it('flushes on unmount', async () => {
    const { result, unmount } = await open();
    await setGdp(() => result.current, 120);
    unmount();
    for (let i = 0; i < 50 && (await stored()) !== 120; i++) await macrotask();
    expect(await stored()).toBe(120);
  });

  it('flushes the old document when switching to another', async () => {
    const other = (await repo.createFromPreset('preset-b', '另一个')).id;
    const hook = await open();
    await setGdp(() => hook.result.current, 130);
    hook.rerender({ i: other });
    await until(() => hook.result.current.doc?.id === other, 'the other document');
    expect(await stored()).toBe(130);
  });

  it('never takes an invalid edit: refused at its field, nothing to save, stored copy untouched; a valid edit is saved', async () => {
    const save = vi.spyOn(repo, 'save');
    const { result } = await open();
    expect((await setGdp(() => result.current, -1)).map((i) => (i as { path: string }).path)).toEqual(['economy.baseGdpYiYuan']);
    expect(ready(result.current).scenario.economy.baseGdpYiYuan).toBe(100);
    expect(ready(result.current).canUndo).toBe(false);
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS));
    expect(save).not.toHaveBeenCalled();
    expect(await stored()).toBe(100);

    await setGdp(() => result.current, 140);
    await act(() => ready(result.current).flush());
    expect(ready(result.current).saveState).toBe('saved');
    expect(ready(result.current).saveIssues).toEqual([]);
    expect(await stored()).toBe(140);
  });

  it('undoes a gesture as one step, redoes it, and saves the result', async () => {
    const { result } = await open();
    const base = ready(result.current).scenario;
    await setGdp(() => result.current, 101, 'gdp');
    await act(() => vi.advanceTimersByTimeAsync(100));
    await setGdp(() => result.current, 102, 'gdp');
    expect(ready(result.current).canUndo).toBe(true);
    act(() => ready(result.current).undo());
    expect(ready(result.current).scenario).toBe(base);
    expect(ready(result.current).canUndo).toBe(false);
    expect(ready(result.current).canRedo).toBe(true);
    act(() => ready(result.current).redo());
    expect(ready(result.current).scenario.economy.baseGdpYiYuan).toBe(102);
    act(() => ready(result.current).undo());
    await act(() => ready(result.current).flush());
    expect(await stored()).toBe(100);
  });

  it('opens presets read-only and refuses edits', async () => {
    const save = vi.spyOn(repo, 'save');
    const { result } = await open('preset-a');
    const doc = ready(result.current);
    expect(doc.readOnly).toBe(true);
    expect(await setGdp(() => result.current, 999)).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2));
    expect(ready(result.current).scenario.economy.baseGdpYiYuan).toBe(100);
    expect(ready(result.current).canUndo).toBe(false);
    expect(save).not.toHaveBeenCalled();
  });
});
