import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutoSaver, type SaveState, type WriteOutcome } from '../../../renderer/state/autosave';
import { stampAction, type DocConflict } from '../../../renderer/state/doc-sync';
import { testScenario } from '../db/fixtures';

const doc = (rev: number, more: { dirty?: boolean; writing?: boolean; conflict?: DocConflict | null } = {}) => ({
  rev, dirty: false, writing: false, conflict: null, ...more,
});

describe('stampAction', () => {
  it('ignores its own save and older notices, reloads a clean document, reports a conflict for a dirty one', () => {
    // this window saved revision 4; the notice of 3 (read before that save) comes late
    expect(stampAction({ rev: 3, deleted: false }, doc(4))).toBe('ignore');
    expect(stampAction({ rev: 4, deleted: false }, doc(4))).toBe('ignore');
    expect(stampAction({ rev: 5, deleted: false }, doc(4))).toBe('reload');
    expect(stampAction({ rev: 5, deleted: false }, doc(4, { dirty: true }))).toBe('changed');
  });

  it('waits while this window is writing: its own new revision cannot be told from another’s', () => {
    expect(stampAction({ rev: 5, deleted: false }, doc(4, { writing: true }))).toBe('wait');
    expect(stampAction({ rev: 0, deleted: true }, doc(4, { writing: true }))).toBe('wait');
  });

  it('a pending conflict is updated to a newer revision, not reloaded over', () => {
    const conflict = { kind: 'changed', rev: 5 } as const;
    expect(stampAction({ rev: 5, deleted: false }, doc(4, { conflict }))).toBe('ignore');
    expect(stampAction({ rev: 6, deleted: false }, doc(4, { conflict }))).toBe('changed');
  });

  it('a deletion is reported once; a scenario that comes back reloads when clean, whatever its revision', () => {
    expect(stampAction({ rev: 5, deleted: true }, doc(4))).toBe('deleted');
    const deleted = { kind: 'deleted' } as const;
    expect(stampAction({ rev: 5, deleted: true }, doc(4, { conflict: deleted }))).toBe('ignore');
    // re-imported under the same id after a purge: revision 1 again
    expect(stampAction({ rev: 1, deleted: false }, doc(4, { conflict: deleted }))).toBe('reload');
    expect(stampAction({ rev: 1, deleted: false }, doc(4, { conflict: deleted, dirty: true }))).toBe('changed');
  });
});

const gdp = (v: number) => {
  const s = testScenario('a');
  return { ...s, economy: { ...s.economy, baseGdpYiYuan: v } };
};

describe('AutoSaver under a conflict', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a refused write holds the saver: later edits wait, flushes write nothing, release writes the latest', async () => {
    const outcomes: WriteOutcome[] = ['conflict', 'saved'];
    const written: number[] = [];
    const states: SaveState[] = [];
    const saver = new AutoSaver(
      async (s) => {
        written.push(s.economy.baseGdpYiYuan);
        return outcomes.shift()!;
      },
      (state) => states.push(state),
      100,
    );
    saver.schedule(gdp(1));
    await vi.advanceTimersByTimeAsync(100);
    expect(written).toEqual([1]);
    expect(saver.holding).toBe(true);
    expect(saver.pending).toBe(true);
    expect(states.at(-1)).toBe('conflict');

    saver.schedule(gdp(2));
    await vi.advanceTimersByTimeAsync(1000);
    await saver.flush();
    // one write so far: the refused one
    expect(written).toEqual([1]);
    expect(states.at(-1)).toBe('conflict');

    saver.release();
    await saver.flush();
    expect(written).toEqual([1, 2]);
    expect(states.at(-1)).toBe('saved');
    expect(saver.pending).toBe(false);
  });

  it('drop forgets the version waiting', async () => {
    const write = vi.fn(async () => 'saved' as const);
    const saver = new AutoSaver(write, () => {}, 100);
    saver.schedule(testScenario('a'));
    saver.drop();
    await vi.advanceTimersByTimeAsync(1000);
    await saver.flush();
    expect(write).not.toHaveBeenCalled();
  });
});
