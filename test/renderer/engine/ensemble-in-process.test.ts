import { describe, expect, it } from 'vitest';
import { runEnsemble } from '../../../shared/engine/ensemble';
import { setRuns } from '../../../shared/model/ops-uncertainty';
import { answerEnsemble } from '../../../renderer/engine/ensemble-answer';
import { inProcessEnsembleBackend } from '../../../renderer/engine/ensemble-in-process';
import { EnsembleCancelled, runEnsembleJob } from '../../../renderer/engine/ensemble-runner';
import { presetScenario } from '../features/results/preset';

describe('the ensemble in workers (answered in this thread)', () => {
  it('gives the one-shot results, byte for byte, however the runs were split', async () => {
    const s = presetScenario('lianzhou-policy');
    // 300 runs on 2 workers: chunks of 25 (ceil(300 / 16) = 19, raised to 25), twelve slices merged
    const split = await runEnsembleJob(inProcessEnsembleBackend(2), s, { runs: 300, seed: 1 });
    expect(JSON.stringify(split)).toBe(JSON.stringify(runEnsemble(s, { runs: 300, seed: 1 })));
    const three = await runEnsembleJob(inProcessEnsembleBackend(3), s, { runs: 300, seed: 1 });
    expect(JSON.stringify(three)).toBe(JSON.stringify(split));
  });

  it('another seed gives another sample', async () => {
    const s = presetScenario('lianzhou-policy');
    const a = await runEnsembleJob(inProcessEnsembleBackend(2), s, { runs: 100, seed: 1 });
    const b = await runEnsembleJob(inProcessEnsembleBackend(2), s, { runs: 100, seed: 2 });
    expect(b.seed).toBe(2);
    expect(JSON.stringify(b.bands)).not.toBe(JSON.stringify(a.bands));
  });

  it('a cancelled job of 100,000 runs stops after the chunks under way', async () => {
    const s = setRuns(presetScenario('lianzhou-policy'), 100_000);
    const controller = new AbortController();
    let last = 0;
    const job = runEnsembleJob(
      inProcessEnsembleBackend(2),
      s,
      { runs: 100_000, seed: 1 },
      {
        signal: controller.signal,
        onProgress: (p) => {
          last = p.done;
          if (p.done >= 2000) controller.abort();
        },
      },
    );
    await expect(job).rejects.toBeInstanceOf(EnsembleCancelled);
    // chunks of 1,000: the abort came at 2,000 runs, one chunk may still have been reported with it
    expect(last).toBeLessThanOrEqual(3000);
  });

  it("answers a slice of a job it was never given with the worker's message, not a crash", () => {
    const res = answerEnsemble({ id: 9, command: { kind: 'slice', job: 12345, runs: 10, seed: 1, from: 0, to: 5 } });
    expect(res).toEqual({ id: 9, error: 'ensemble job 12345 has no scenario' });
  });
});
