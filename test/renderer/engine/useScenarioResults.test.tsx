import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { runScenario } from '../../../shared/engine/run';
import type { Scenario } from '../../../shared/model/scenario';
import { createEngineClient, type EngineBackend } from '../../../renderer/engine/client';
import { computeOutcome } from '../../../renderer/engine/compute';
import type { EngineOutcome } from '../../../renderer/engine/protocol';
import { presetById } from '../../../seeds/index';
import { prefetchResults, useScenarioResults } from '../../../renderer/engine/useScenarioResults';
import { loadExprEngine } from '../../../renderer/engine/expr-engine';
import { makeCity } from '../features/results/fixture';

afterEach(cleanup);

function manualClient() {
  const calls: { scenario: Scenario; finish: () => void }[] = [];
  const backend: EngineBackend = {
    kind: 'main-thread',
    compute: (scenario) =>
      new Promise<EngineOutcome>((resolve) => {
        calls.push({ scenario, finish: () => resolve(computeOutcome(scenario)) });
      }),
    listVersions: () => Promise.reject(new Error('not used here')),
    readEntries: () => Promise.reject(new Error('not used here')),
    dispose: () => {},
  };
  return { client: createEngineClient(backend), calls };
}

const growth = (pct: number) => makeCity((s) => (s.economy.gdpGrowthPct = pct));

describe('useScenarioResults with expressions, before and after the main thread has the expression engine', () => {
  // runs first in this file: the engine is not loaded yet, as in the first second after start-up
  it('a scenario with expressions gets its first results from the worker (prefetched when opened), not by loading mathjs', async () => {
    const s = presetById('qingyuan-policy')!;
    const { client, calls } = manualClient();
    prefetchResults(s, client);
    expect(calls).toHaveLength(1);
    const { result } = renderHook(() => useScenarioResults(s, client));
    expect(result.current.results).toBeNull();
    expect(result.current.pending).toBe(true);
    // the hook's request took the prefetched computation
    expect(calls).toHaveLength(1);
    await act(async () => calls[0]!.finish());
    expect(result.current.pending).toBe(false);
    expect(result.current.results).toEqual(runScenario(s));
  });

  it('once the engine has loaded, the first results are there on the first render again', async () => {
    await loadExprEngine();
    const s = presetById('qingyuan-policy')!;
    const { client, calls } = manualClient();
    prefetchResults(s, client);
    const { result } = renderHook(() => useScenarioResults(s, client));
    expect(result.current.results).toEqual(runScenario(s));
    expect(calls).toHaveLength(0);
  });
});

describe('useScenarioResults', () => {
  it('has results on the first render, without waiting for the worker', () => {
    const s = makeCity();
    const { client, calls } = manualClient();
    const { result } = renderHook(() => useScenarioResults(s, client));
    expect(result.current.results).toEqual(runScenario(s));
    expect(result.current.pending).toBe(false);
    expect(result.current.issues).toBeNull();
    expect(result.current.computeMs).toBeGreaterThanOrEqual(0);
    expect(calls).toHaveLength(0);
  });

  it('keeps the previous results visible while an edit computes, then shows the new ones', async () => {
    const { client, calls } = manualClient();
    const first = growth(5);
    const { result, rerender } = renderHook(({ s }) => useScenarioResults(s, client), { initialProps: { s: first } });
    const before = result.current.results;
    const second = growth(8);
    rerender({ s: second });
    expect(result.current.pending).toBe(true);
    expect(result.current.results).toBe(before);
    expect(calls).toHaveLength(1);
    await act(async () => calls[0]!.finish());
    expect(result.current.pending).toBe(false);
    expect(result.current.results).toEqual(runScenario(second));
  });

  it('during a fast drag shows each computed step and ends on the newest scenario', async () => {
    const { client, calls } = manualClient();
    const { result, rerender } = renderHook(({ s }) => useScenarioResults(s, client), { initialProps: { s: growth(1) } });
    rerender({ s: growth(2) });
    rerender({ s: growth(3) });
    rerender({ s: growth(4) });
    expect(calls).toHaveLength(1); // 2 in flight; 3 superseded by 4
    await act(async () => calls[0]!.finish());
    // the step that was computed shows while the newest is still on its way
    expect(result.current.results!.years[1]!.gdp).toBeCloseTo(1800 * 1.02, 6);
    expect(result.current.pending).toBe(true);
    expect(calls).toHaveLength(2);
    await act(async () => calls[1]!.finish());
    expect(result.current.results!.years[1]!.gdp).toBeCloseTo(1800 * 1.04, 6);
    expect(result.current.pending).toBe(false);
  });

  it("gives the engine's issues and no results when the edit cannot be computed, and recovers", async () => {
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

  it('returns nothing for no scenario', () => {
    const { result } = renderHook(() => useScenarioResults(null));
    expect(result.current).toEqual({ results: null, issues: null, pending: false, computeMs: null });
  });
});
