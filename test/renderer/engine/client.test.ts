import { describe, expect, it, vi } from 'vitest';
import { ScenarioError } from '../../../shared/engine/prepare';
import { runScenario } from '../../../shared/engine/run';
import type { Scenario } from '../../../shared/model/scenario';
import { createEngineClient, engineClient, mainThreadBackend, workerBackend, type EngineBackend } from '../../../renderer/engine/client';
import { answerRequest } from '../../../renderer/engine/answer';
import { computeOutcome } from '../../../renderer/engine/compute';
import type { EngineOutcome, EngineRequest, EngineResponse } from '../../../renderer/engine/protocol';
import { makeCity } from '../features/results/fixture';

const withGrowth = (pct: number) =>
  makeCity((s) => {
    s.economy.gdpGrowthPct = pct;
  });

/** A backend whose computations finish only when the test says so. */
function manualBackend() {
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
  return { backend, calls };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('computeOutcome', () => {
  it('returns the engine results and the time taken', () => {
    const s = makeCity();
    const o = computeOutcome(s);
    expect(o.ok).toBe(true);
    if (!o.ok) return;
    expect(o.results).toEqual(runScenario(s));
    expect(o.computeMs).toBeGreaterThanOrEqual(0);
  });

  it("returns the engine's issues for a scenario it refuses", () => {
    const o = computeOutcome(makeCity((s) => (s.energy.sectors.industry.fuelSharesPct.coal = 80)));
    expect(o.ok).toBe(false);
    if (o.ok) return;
    expect(o.issues.map((i) => i.path)).toContain('energy.sectors.industry.fuelSharesPct');
  });

  it('turns a malformed draft into an issue instead of throwing', () => {
    const broken = makeCity();
    (broken as { energy: unknown }).energy = undefined;
    const o = computeOutcome(broken);
    expect(o.ok).toBe(false);
    if (o.ok) return;
    expect(o.issues).toHaveLength(1);
    expect(o.issues[0]!.message).toMatch(/\S/);
  });
});

describe('engineClient.runLatest', () => {
  it('computes only the newest waiting request per key; older waiting ones resolve superseded', async () => {
    const { backend, calls } = manualBackend();
    const client = createEngineClient(backend);
    const a = client.runLatest('editor', withGrowth(1));
    const b = client.runLatest('editor', withGrowth(2));
    const c = client.runLatest('editor', withGrowth(3));
    // a went straight to the engine; b waited behind it and was replaced by c
    expect(calls).toHaveLength(1);
    await expect(b).resolves.toEqual({ status: 'superseded' });
    calls[0]!.finish();
    const ra = await a;
    expect(ra.status).toBe('done');
    expect(calls).toHaveLength(2);
    expect(calls[1]!.scenario.economy.gdpGrowthPct).toBe(3);
    calls[1]!.finish();
    const rc = await c;
    expect(rc.status === 'done' && rc.results).toEqual(runScenario(withGrowth(3)));
  });

  it('keeps keys apart: a request under one key never supersedes another key', async () => {
    const { backend, calls } = manualBackend();
    const client = createEngineClient(backend);
    const a = client.runLatest('left', withGrowth(1));
    const b = client.runLatest('right', withGrowth(2));
    expect(calls).toHaveLength(2);
    calls.forEach((c) => c.finish());
    expect((await a).status).toBe('done');
    expect((await b).status).toBe('done');
  });

  it('resolves rejected with the issues when the engine refuses the newest scenario', async () => {
    const client = createEngineClient(mainThreadBackend());
    const o = await client.runLatest('k', makeCity((s) => (s.endYear = 2025)));
    expect(o.status).toBe('rejected');
    expect(o.status === 'rejected' && o.issues[0]!.path).toBe('endYear');
  });

  it('a 100-step drag computes far fewer than 100 scenarios and ends on the last one', async () => {
    const backend = mainThreadBackend();
    const spy = vi.spyOn(backend, 'compute');
    const client = createEngineClient(backend);
    const outcomes = await Promise.all(Array.from({ length: 100 }, (_, i) => client.runLatest('drag', withGrowth(i / 10))));
    expect(spy).toHaveBeenCalledTimes(2);
    expect(outcomes.filter((o) => o.status === 'superseded')).toHaveLength(98);
    const last = outcomes[99]!;
    expect(last.status === 'done' && last.results.years[1]!.gdp).toBeCloseTo(1800 * 1.099, 6);
  });
});

describe('engineClient.prefetch', () => {
  it('starts computing at once; the next run or runLatest of the same scenario object takes that outcome', async () => {
    const { backend, calls } = manualBackend();
    const client = createEngineClient(backend);
    const s = withGrowth(4);
    client.prefetch(s);
    client.prefetch(s); // asked twice, computed once
    expect(calls).toHaveLength(1);
    const latest = client.runLatest('editor', s);
    expect(calls).toHaveLength(1);
    calls[0]!.finish();
    const r = await latest;
    expect(r.status === 'done' && r.results).toEqual(runScenario(s));
    // used up: a later request computes again
    void client.run(s);
    expect(calls).toHaveLength(2);
  });

  it('an equal but different scenario object is computed on its own', () => {
    const { backend, calls } = manualBackend();
    const client = createEngineClient(backend);
    client.prefetch(withGrowth(4));
    void client.runLatest('editor', withGrowth(4));
    expect(calls).toHaveLength(2);
  });
});

describe('engineClient.run and the main-thread fallback', () => {
  it('falls back to the main thread where there is no Worker (happy-dom)', async () => {
    expect(typeof Worker).toBe('undefined');
    expect(engineClient.backendKind).toBe('main-thread');
    const s = makeCity();
    await expect(engineClient.run(s)).resolves.toEqual(runScenario(s));
  });

  it('rejects with ScenarioError carrying the issues', async () => {
    const err = await engineClient.run(makeCity((s) => (s.populationWan = -1))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScenarioError);
    expect((err as ScenarioError).issues[0]!.path).toBe('populationWan');
  });

  it('computes after the current task, so requests made together can still supersede each other', async () => {
    const backend = mainThreadBackend();
    let done = false;
    void backend.compute(makeCity()).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    await flush();
    expect(done).toBe(true);
  });
});

/** A stand-in for the engine worker: answers with the real handler, or fails to start. */
class FakeWorker {
  listeners: Record<string, ((e: Event) => void)[]> = {};
  posted: EngineRequest[] = [];
  terminated = false;
  constructor(private readonly mode: 'ok' | 'silent' = 'ok') {}
  addEventListener(type: string, fn: (e: Event) => void) {
    (this.listeners[type] ??= []).push(fn);
  }
  postMessage(req: EngineRequest) {
    this.posted.push(structuredClone(req));
    if (this.mode === 'ok') {
      void answerRequest(structuredClone(req)).then((res: EngineResponse) =>
        setTimeout(() => this.emit('message', Object.assign(new Event('message'), { data: res })), 0),
      );
    }
  }
  emit(type: string, e: Event) {
    for (const fn of this.listeners[type] ?? []) fn(e);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('workerBackend', () => {
  it('speaks the { id, scenario } → { id, ok, results, computeMs } protocol', async () => {
    const worker = new FakeWorker();
    const backend = workerBackend(() => worker as unknown as Worker);
    const s = makeCity();
    const [o1, o2] = await Promise.all([backend.compute(s), backend.compute(withGrowth(2))]);
    expect(worker.posted.map((r) => r.id)).toEqual([1, 2]);
    expect(worker.posted[0]).toEqual({ id: 1, scenario: s });
    expect(o1).toMatchObject({ ok: true, results: runScenario(s) });
    expect(o1).not.toHaveProperty('id');
    expect(o2.ok && o2.results.years[1]!.gdp).toBeCloseTo(1800 * 1.02, 6);
    expect(backend.kind).toBe('worker');
  });

  it('creates the worker only when first needed', () => {
    const create = vi.fn(() => new FakeWorker() as unknown as Worker);
    workerBackend(create);
    expect(create).not.toHaveBeenCalled();
  });

  it('moves held and later requests to the fallback when the worker fails to start', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const worker = new FakeWorker('silent');
    const fallback = mainThreadBackend();
    const spy = vi.spyOn(fallback, 'compute');
    const backend = workerBackend(() => worker as unknown as Worker, fallback);
    const held = backend.compute(makeCity());
    worker.emit('error', Object.assign(new Event('error'), { message: 'blocked by CSP' }));
    expect(worker.terminated).toBe(true);
    expect((await held).ok).toBe(true);
    expect((await backend.compute(makeCity())).ok).toBe(true);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(backend.kind).toBe('main-thread');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('worker unavailable'), 'blocked by CSP');
    warn.mockRestore();
  });

  it('falls back when the Worker constructor throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const backend = workerBackend(() => {
      throw new Error('module workers unsupported');
    });
    expect((await backend.compute(makeCity())).ok).toBe(true);
    expect(backend.kind).toBe('main-thread');
    warn.mockRestore();
  });
});
