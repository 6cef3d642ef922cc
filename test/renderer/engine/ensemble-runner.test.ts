import { describe, expect, it } from 'vitest';
import type { EnsembleResults } from '../../../shared/engine/ensemble/types';
import type { Scenario } from '../../../shared/model/scenario';
import { ensembleWorkerPool, poolSize, type EnsembleBackend } from '../../../renderer/engine/ensemble-pool';
import {
  transferablesOf,
  type EnsembleCommand,
  type EnsembleRequest,
} from '../../../renderer/engine/ensemble-protocol';
import {
  chunkSize,
  chunksOf,
  EnsembleCancelled,
  runEnsembleJob,
  type EnsembleProgress,
} from '../../../renderer/engine/ensemble-runner';

type FakeSlice = { from: number; to: number; index: Float64Array };

/**
 * A backend whose slices list their sample indices, answered after a delay
 * that differs by worker, so chunks finish out of order; its merge gives back
 * the indices in the order the slices came (as `runs` and the peak years).
 */
function fakeBackend(size: number, opts: { failAt?: number } = {}) {
  const log: { worker: number; command: EnsembleCommand }[] = [];
  const backend: EnsembleBackend = {
    size,
    call(worker, command) {
      log.push({ worker, command });
      const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
      return wait(worker === 0 ? 3 : 1).then(() => {
        if (command.kind === 'slice') {
          if (opts.failAt !== undefined && command.from <= opts.failAt && opts.failAt < command.to)
            throw new Error('run failed');
          const index = Float64Array.from({ length: command.to - command.from }, (_, i) => command.from + i);
          return { from: command.from, to: command.to, index } satisfies FakeSlice;
        }
        if (command.kind === 'merge') {
          const order = (command.slices as FakeSlice[]).flatMap((s) => [...s.index]);
          return {
            runs: command.runs,
            seed: command.seed,
            peakYears: order.map((year) => ({ year, count: 1 })),
          } as unknown as EnsembleResults;
        }
        return null;
      }) as never;
    },
    dispose: () => {},
  };
  return { backend, log };
}

const scenario = { id: 's' } as Scenario;

describe('chunks', () => {
  it('sizes chunks for about eight per worker, 25 to 1,000 runs each', () => {
    // 1,000 runs on 2 workers: ceil(1000 / 16) = 63
    expect(chunkSize(1000, 2)).toBe(63);
    // 100,000 on 2: 6,250 wanted, capped at 1,000
    expect(chunkSize(100_000, 2)).toBe(1000);
    // 100 on 4: ceil(100 / 32) = 4, raised to 25
    expect(chunkSize(100, 4)).toBe(25);
  });

  it('covers every sample index once, in order', () => {
    expect(chunksOf(130, 50)).toEqual([
      [0, 50],
      [50, 100],
      [100, 130],
    ]);
    expect(chunksOf(0, 50)).toEqual([]);
  });

  it('uses one worker per core, at most four', () => {
    expect(poolSize(2)).toBe(2);
    expect(poolSize(1)).toBe(1);
    expect(poolSize(16)).toBe(4);
    // unknown core count: two
    expect(poolSize(undefined)).toBe(2);
  });
});

describe('runEnsembleJob', () => {
  it('merges the slices in sample order whichever worker finished first, reporting progress up to the total', async () => {
    const { backend, log } = fakeBackend(2);
    const progress: EnsembleProgress[] = [];
    const results = await runEnsembleJob(
      backend,
      scenario,
      { runs: 200, seed: 7 },
      { onProgress: (p) => progress.push(p) },
    );
    // the merge saw indices 0 … 199 in order
    expect(results.peakYears.map((p) => p.year)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(results.runs).toBe(200);
    expect(results.seed).toBe(7);
    // 200 runs in chunks of 25 (ceil(200 / 16) = 13, raised to 25): eight chunks, eight reports
    expect(progress).toHaveLength(8);
    expect(progress.at(-1)).toEqual({ done: 200, total: 200 });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    // both workers took chunks; each was given the scenario once, and the job was dropped after
    const loads = log.filter((l) => l.command.kind === 'load');
    expect(loads.map((l) => l.worker).sort()).toEqual([0, 1]);
    expect(new Set(log.filter((l) => l.command.kind === 'slice').map((l) => l.worker))).toEqual(new Set([0, 1]));
    expect(log.filter((l) => l.command.kind === 'merge').map((l) => l.worker)).toEqual([0]);
    expect(log.filter((l) => l.command.kind === 'drop')).toHaveLength(2);
  });

  it('a cancelled job rejects at once, merges nothing and gives out no more chunks', async () => {
    const { backend, log } = fakeBackend(2);
    const controller = new AbortController();
    const job = runEnsembleJob(
      backend,
      scenario,
      { runs: 10_000, seed: 1 },
      {
        signal: controller.signal,
        onProgress: (p) => p.done >= 1000 && controller.abort(),
      },
    );
    await expect(job).rejects.toBeInstanceOf(EnsembleCancelled);
    const slicesAtCancel = log.filter((l) => l.command.kind === 'slice').length;
    await new Promise((r) => setTimeout(r, 20));
    // the chunks in flight may finish; none is started after
    expect(log.filter((l) => l.command.kind === 'slice').length).toBe(slicesAtCancel);
    // 10,000 runs on 2 workers: chunks of 625, 16 in all; cancelled after two
    expect(slicesAtCancel).toBeLessThan(16);
    expect(log.some((l) => l.command.kind === 'merge')).toBe(false);
    expect(log.filter((l) => l.command.kind === 'drop')).toHaveLength(2);
  });

  it('an already aborted signal starts nothing', async () => {
    const { backend, log } = fakeBackend(2);
    const controller = new AbortController();
    controller.abort();
    await expect(
      runEnsembleJob(backend, scenario, { runs: 100, seed: 1 }, { signal: controller.signal }),
    ).rejects.toBeInstanceOf(EnsembleCancelled);
    expect(log).toEqual([]);
  });

  it("a run that fails fails the job with the engine's message", async () => {
    const { backend, log } = fakeBackend(2, { failAt: 120 });
    await expect(runEnsembleJob(backend, scenario, { runs: 200, seed: 1 })).rejects.toThrow('run failed');
    expect(log.some((l) => l.command.kind === 'merge')).toBe(false);
  });
});

describe('ensembleWorkerPool', () => {
  type Listener = (event: unknown) => void;
  /** a worker answering each request with its id doubled, or dying on `die` */
  class FakeWorker {
    listeners = new Map<string, Listener[]>();
    terminated = false;
    posted: { req: EnsembleRequest; transfer: Transferable[] }[] = [];
    addEventListener(type: string, l: Listener) {
      this.listeners.set(type, [...(this.listeners.get(type) ?? []), l]);
    }
    emit(type: string, event: unknown) {
      for (const l of this.listeners.get(type) ?? []) l(event);
    }
    postMessage(req: EnsembleRequest, transfer: Transferable[]) {
      this.posted.push({ req, transfer });
      if (req.command.kind === 'drop') setTimeout(() => this.emit('error', { message: 'died' }), 0);
      else setTimeout(() => this.emit('message', { data: { id: req.id, answer: req.id * 2 } }), 0);
    }
    terminate() {
      this.terminated = true;
    }
  }

  it('starts each worker on first use and answers each command by its id', async () => {
    const made: FakeWorker[] = [];
    const pool = ensembleWorkerPool(() => {
      const w = new FakeWorker();
      made.push(w);
      return w as unknown as Worker;
    }, 2);
    const a = pool.call(1, { kind: 'load', job: 1, scenario });
    const b = pool.call(1, { kind: 'load', job: 2, scenario });
    expect(made).toHaveLength(1);
    // ids 1 and 2, doubled
    expect(await Promise.all([a, b])).toEqual([2, 4]);
  });

  it('a worker that dies fails what it held, and the next command starts a new one', async () => {
    const made: FakeWorker[] = [];
    const pool = ensembleWorkerPool(() => {
      const w = new FakeWorker();
      made.push(w);
      return w as unknown as Worker;
    }, 1);
    await expect(pool.call(0, { kind: 'drop', job: 1 })).rejects.toThrow('died');
    expect(made[0]!.terminated).toBe(true);
    await pool.call(0, { kind: 'load', job: 1, scenario });
    expect(made).toHaveLength(2);
  });

  it('hands the slices’ buffers over with a merge', () => {
    const a = new Float64Array(4);
    const b = new Int32Array(2);
    // two arrays on one buffer count once
    const c = new Float64Array(a.buffer, 8, 1);
    expect(
      transferablesOf([
        { a, b },
        { c, n: 1, s: 'x' },
      ]),
    ).toEqual([a.buffer, b.buffer]);
  });
});
