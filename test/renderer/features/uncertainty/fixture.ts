import { runScenario } from '../../../../shared/engine/run';
import { BAND_METRICS, type Band, type EnsembleResults } from '../../../../shared/engine/ensemble/types';
import type { ScenarioResults } from '../../../../shared/engine/results';
import type { Scenario } from '../../../../shared/model/scenario';
import type { EnsembleBackend } from '../../../../renderer/engine/ensemble-pool';

const PICK = {
  co2: (y: ScenarioResults['years'][number]) => y.co2,
  co2PerGdp: (y: ScenarioResults['years'][number]) => y.co2PerGdp,
  energyPerGdpAssessed: (y: ScenarioResults['years'][number]) => y.energyPerGdpAssessed,
  nonFossilShare: (y: ScenarioResults['years'][number]) => y.nonFossilShare,
};

/**
 * Ensemble results made from the scenario's central run, shaped as the engine gives them: bands at
 * 0.9 / 1 / 1.1 of the central figures, each target met by a quarter of the computed runs, 30 runs
 * without a peak, two tornado bars, costs at 0.85 / 1 / 1.15 of the central run's. The panel shows what it is given; the engine's own tests check the numbers.
 */
export function fixtureEnsemble(s: Scenario, runs: number, seed: number): EnsembleResults {
  const r = runScenario(s);
  const years = r.years.map((y) => y.year);
  const band = (pick: (y: ScenarioResults['years'][number]) => number): Band => ({
    years,
    p10: r.years.map((y) => pick(y) * 0.9),
    p50: r.years.map(pick),
    p90: r.years.map((y) => pick(y) * 1.1),
  });
  const around = (v: number) => ({ p10: v * 0.85, p50: v, p90: v * 1.15 });
  const counted = runs - 2;
  return {
    scenarioId: s.id,
    runs,
    seed,
    failed: 2,
    failedRuns: [],
    inputs: [],
    hourly: 'annual',
    targets: r.targets.map((x) => ({
      id: x.id,
      probability: Math.floor(counted / 4) / counted,
      met: Math.floor(counted / 4),
    })),
    bands: Object.fromEntries(BAND_METRICS.map((m) => [m, band(PICK[m])])) as EnsembleResults['bands'],
    peakYears: [
      { year: 2028, count: runs - 40 },
      { year: 2030, count: 8 },
    ],
    noPeak: 30,
    tornadoYear: 2030,
    tornadoCentral: 100,
    costs: { presentValueYiYuan: around(r.costs!.presentValueYiYuan), totalInvestmentYiYuan: around(r.costs!.totalInvestmentYiYuan) },
    tornado: [
      { input: 'gridFactor', atLow: 90, atHigh: 110 },
      { input: 'gdpGrowth', atLow: 95, atHigh: 130 },
    ],
  };
}

/**
 * A backend answering like the workers, with the fixture as the merge. `hold`: slices wait until
 * `release()` is called, so a test can look at a job under way and cancel it.
 */
export function fakeEnsembleBackend(opts: { hold?: boolean } = {}) {
  const scenarios = new Map<number, Scenario>();
  let waiting: (() => void)[] = [];
  const calls: string[] = [];
  const backend: EnsembleBackend = {
    size: 2,
    call(_worker, command) {
      calls.push(command.kind);
      switch (command.kind) {
        case 'load':
          scenarios.set(command.job, command.scenario);
          return Promise.resolve(null) as never;
        case 'slice': {
          const answer = { from: command.from, to: command.to };
          if (!opts.hold) return new Promise((r) => setTimeout(() => r(answer), 0)) as never;
          return new Promise((r) => waiting.push(() => r(answer))) as never;
        }
        case 'merge':
          return Promise.resolve(fixtureEnsemble(scenarios.get(command.job)!, command.runs, command.seed)) as never;
        default:
          return Promise.resolve(null) as never;
      }
    },
    dispose: () => {},
  };
  return {
    backend,
    calls,
    /** lets the slices held so far answer */
    release() {
      const w = waiting;
      waiting = [];
      for (const f of w) f();
    },
  };
}
