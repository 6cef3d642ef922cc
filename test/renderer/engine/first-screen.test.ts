import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The gate is module state: each test takes a fresh copy of the module.
const fresh = async () => {
  vi.resetModules();
  return import('../../../renderer/engine/first-screen');
};

describe('first-screen gate', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens after the first results are marked and a frame has been painted, not before', async () => {
    const gate = await fresh();
    const opened = vi.fn();
    void gate.afterFirstScreen().then(opened);
    await vi.advanceTimersByTimeAsync(100);
    expect(opened).not.toHaveBeenCalled();
    gate.markFirstScreen();
    await vi.advanceTimersByTimeAsync(50); // the frame, then the task after it
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it('opens by itself 1.5 s after it was first waited on when nothing marks it (the library, a report)', async () => {
    const gate = await fresh();
    const opened = vi.fn();
    void gate.afterFirstScreen().then(opened);
    await vi.advanceTimersByTimeAsync(1400);
    expect(opened).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(opened).toHaveBeenCalledTimes(1);
    // once open it stays open
    const later = vi.fn();
    void gate.afterFirstScreen().then(later);
    await vi.advanceTimersByTimeAsync(0);
    expect(later).toHaveBeenCalledTimes(1);
  });
});
