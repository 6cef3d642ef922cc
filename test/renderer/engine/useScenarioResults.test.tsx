import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { runScenario } from '../../../shared/engine/run';
import type { Scenario } from '../../../shared/model/scenario';
import { installEngineBackend, type EngineBackend } from '../../../renderer/engine/client';
import { inProcessBackend } from '../../../renderer/engine/in-process';
import { evaluateScenario } from '../../../renderer/engine/outcomes';
import { useScenarioResults } from '../../../renderer/engine/useScenarioResults';
import { makeCity } from '../features/results/fixture';

afterEach(cleanup);
afterEach(() => installEngineBackend(inProcessBackend()));

/** An engine whose evaluations finish only when the test says so. */
function manualEngine() {
  const inner = inProcessBackend();
  const calls: { scenario: Scenario; finish: () => Promise<void> }[] = [];
  const backend: EngineBackend = {
    call: (command, args) => {
      if (command !== 'evaluate') return inner.call(command, args);
      return new Promise((resolve) => {
        calls.push({
          scenario: (args as { scenario: Scenario }).scenario,
          finish: async () => resolve((await inner.call(command, args)) as never),
        });
      });
    },
    dispose: () => {},
  };
  installEngineBackend(backend);
  return calls;
}

const growth = (pct: number) => makeCity((s) => (s.economy.gdpGrowthPct = pct));

describe('useScenarioResults', () => {
  it('has results on the first render when the worker already computed the scenario (an accepted edit, an opened document)', async () => {
    const s = makeCity();
    await evaluateScenario(s);
    const calls = manualEngine();
    const { result } = renderHook(() => useScenarioResults(s));
    expect(result.current.results).toEqual(runScenario(s));
    expect(result.current.pending).toBe(false);
    expect(result.current.issues).toBeNull();
    expect(result.current.computeMs).toBeGreaterThanOrEqual(0);
    expect(calls).toHaveLength(0);
  });

  it('asks the worker for a scenario it has not computed, once, and shows the results when they arrive', async () => {
    const calls = manualEngine();
    const s = growth(3);
    const { result, rerender } = renderHook(() => useScenarioResults(s));
    rerender();
    expect(result.current.pending).toBe(true);
    expect(result.current.results).toBeNull();
    expect(calls).toHaveLength(1);
    await act(() => calls[0]!.finish());
    expect(result.current.pending).toBe(false);
    expect(result.current.results).toEqual(runScenario(s));
  });

  it('keeps the previous results visible while a newer scenario computes, then shows the new ones', async () => {
    const first = growth(5);
    await evaluateScenario(first);
    const calls = manualEngine();
    const { result, rerender } = renderHook(({ s }) => useScenarioResults(s), { initialProps: { s: first } });
    const before = result.current.results;
    const second = growth(8);
    rerender({ s: second });
    expect(result.current.pending).toBe(true);
    expect(result.current.results).toBe(before);
    expect(calls).toHaveLength(1);
    await act(() => calls[0]!.finish());
    expect(result.current.pending).toBe(false);
    expect(result.current.results).toEqual(runScenario(second));
  });

  it("gives the engine's issues and no results when the scenario cannot be computed, and recovers", async () => {
    const { result, rerender } = renderHook(({ s }) => useScenarioResults(s), { initialProps: { s: makeCity() } });
    rerender({ s: makeCity((x) => (x.energy.sectors.services.sharePct = 40)) });
    await waitFor(() => expect(result.current.issues).not.toBeNull());
    expect(result.current.results).toBeNull();
    expect(result.current.issues!.map((i) => i.path)).toContain('energy.sectors');
    const fixed = makeCity();
    rerender({ s: fixed });
    await waitFor(() => expect(result.current.results).toEqual(runScenario(fixed)));
    expect(result.current.issues).toBeNull();
  });

  it('finds a stored scenario by its revision, however often it was read', async () => {
    const stored = growth(4);
    await evaluateScenario(stored, 'x@3');
    const calls = manualEngine();
    const readAgain = structuredClone(stored);
    const { result } = renderHook(() => useScenarioResults(readAgain, 'x@3'));
    expect(result.current.results).toEqual(runScenario(stored));
    expect(calls).toHaveLength(0);
  });

  it('returns nothing for no scenario', () => {
    const { result } = renderHook(() => useScenarioResults(null));
    expect(result.current).toEqual({ results: null, issues: null, pending: false, computeMs: null });
  });
});
