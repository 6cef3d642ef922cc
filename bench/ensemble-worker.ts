import { parentPort } from 'node:worker_threads';
import { PRESETS } from '../seeds/index';
import { runEnsembleSlice } from '../shared/engine/ensemble';
import { ENSEMBLE_END_YEAR } from './ensemble-scenario';

/** A bench worker: computes the slices it is sent, as the app's ensemble workers do, and hands the arrays back. */
parentPort!.on('message', (m: { id: number; presetId: string; runs: number; seed: number; from: number; to: number }) => {
  const preset = PRESETS.find((p) => p.id === m.presetId)!;
  // a new scenario object per message: the slice prepares the scenario itself, as a fresh job would
  const slice = runEnsembleSlice({ ...preset, endYear: ENSEMBLE_END_YEAR }, { runs: m.runs, seed: m.seed, from: m.from, to: m.to });
  const buffers = [slice.co2, slice.co2PerGdp, slice.energyPerGdpAssessed, slice.nonFossilShare, slice.met, slice.peak, slice.failed].map((a) => a.buffer as ArrayBuffer);
  parentPort!.postMessage({ id: m.id, slice }, buffers);
});
