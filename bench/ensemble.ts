import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runEnsemble, mergeEnsemble, type EnsembleSlice } from '../shared/engine/ensemble';
import type { Scenario } from '../shared/model/scenario';
import { ENSEMBLE_END_YEAR } from './ensemble-scenario';

/**
 * The uncertainty analysis's speed: 10,000 Latin-hypercube runs of each preset over 2020–2060 (its default ranges,
 * seed 1), preparation included, in one thread and split in two halves over two worker_threads (the app splits
 * over its workers the same way), merged in the main thread. The two ways must give the same results, byte for byte.
 */
export type EnsembleFigure = {
  id: string;
  runs: number;
  inputs: number;
  singleMs: number;
  splitMs: number;
  /** runs per second on one core: runs / single-thread time */
  perCoreSingle: number;
  /** runs per second per core when split: runs / split time / workers */
  perCoreSplit: number;
  same: boolean;
};

const WORKER_URL = new URL('./ensemble-worker.ts', import.meta.url).href;

type Pending = Map<number, (slice: EnsembleSlice) => void>;

function startWorkers(n: number): { workers: Worker[]; pending: Pending } {
  const pending: Pending = new Map();
  const workers = Array.from({ length: n }, () => {
    // the workers load TypeScript through tsx's loader, registered in the worker before its module is imported
    const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); });`;
    const w = new Worker(boot, { eval: true });
    w.on('message', (m: { id: number; slice: EnsembleSlice }) => {
      pending.get(m.id)?.(m.slice);
      pending.delete(m.id);
    });
    return w;
  });
  return { workers, pending };
}

let nextId = 1;
function split(workers: Worker[], pending: Pending, presetId: string, runs: number, seed: number): Promise<EnsembleSlice[]> {
  const per = Math.ceil(runs / workers.length);
  return Promise.all(
    workers.map(
      (w, i) =>
        new Promise<EnsembleSlice>((resolve) => {
          const id = nextId++;
          pending.set(id, resolve);
          w.postMessage({ id, presetId, runs, seed, from: Math.min(runs, i * per), to: Math.min(runs, (i + 1) * per) });
        }),
    ),
  );
}

export async function benchEnsemble(presets: Scenario[], runs = 10_000, seed = 1, workerCount = 2): Promise<EnsembleFigure[]> {
  const { workers, pending } = startWorkers(workerCount);
  const out: EnsembleFigure[] = [];
  try {
    for (const preset of presets) {
      const fresh = (): Scenario => ({ ...preset, endYear: ENSEMBLE_END_YEAR });
      // warm-up (not timed): the kernel compiled in this thread and in the workers
      runEnsemble(fresh(), { runs: 2000, seed: seed + 1 });
      await split(workers, pending, preset.id, 2000, seed + 1);

      const t0 = performance.now();
      const single = runEnsemble(fresh(), { runs, seed });
      const singleMs = performance.now() - t0;

      const t1 = performance.now();
      const s = fresh();
      const slices = await split(workers, pending, preset.id, runs, seed);
      const merged = mergeEnsemble(s, { runs, seed }, slices);
      const splitMs = performance.now() - t1;

      out.push({
        id: preset.id,
        runs,
        inputs: single.inputs.length,
        singleMs,
        splitMs,
        perCoreSingle: runs / (singleMs / 1000),
        perCoreSplit: runs / (splitMs / 1000) / workerCount,
        same: JSON.stringify(merged) === JSON.stringify(single),
      });
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}

export const cores = () => availableParallelism();
