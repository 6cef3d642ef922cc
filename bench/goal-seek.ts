import { TYPICAL_HOURS } from '../seeds/reference/typical';
import { goalSeek, valueInYearWith, type GoalSeekRequest, type GoalSeekResult } from '../shared/engine/goal-seek/goal-seek';
import { runScenario } from '../shared/engine/run';
import { resolveSeries } from '../shared/engine/series';
import type { LeverId } from '../shared/model/ops-levers';
import type { Scenario } from '../shared/model/scenario';

export type GoalSeekFigure = {
  id: string;
  seeks: number;
  /** of the seeks' median times (ms) */
  medianMs: number;
  worstMs: number;
  medianRuns: number;
  maxRuns: number;
  /** how many ended met / already met / unreachable */
  met: number;
  alreadyMet: number;
  unreachable: number;
};

const LEVERS: LeverId[] = ['intensityDecline', 'gdpGrowth', 'gridFactor', 'coalShare', 'pvBuildout'];
const REPEATS = 7;
const deps = {
  resolve: resolveSeries,
  leverContext: { valueInYear: valueInYearWith(resolveSeries), hours: TYPICAL_HOURS, buildoutName: (type: string, year: number) => `${type} ${year}` },
};

/** Each target of the preset with each lever, and a 2030 CO2 cap 5 % under the preset's own with the grid factor. */
function requests(s: Scenario): GoalSeekRequest[] {
  const co2 = runScenario(s).years.find((y) => y.year === 2030)!.co2;
  return [
    ...s.targets.flatMap((t) => LEVERS.map((lever) => ({ goal: { targetId: t.id }, lever: { lever } }))),
    { goal: { metric: 'co2', year: 2030, value: co2 * 0.95, sense: 'atMost' }, lever: { lever: 'gridFactor' } },
  ];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Goal seeks on each preset as the worker runs them (headline figures; the hourly balance only where its feedback is on). */
export function benchGoalSeek(presets: Scenario[]): GoalSeekFigure[] {
  return presets.map((s) => {
    const times: number[] = [];
    const results: GoalSeekResult[] = [];
    for (const req of requests(s)) {
      goalSeek(s, req, deps);
      const ms: number[] = [];
      let last: GoalSeekResult | null = null;
      for (let i = 0; i < REPEATS; i++) {
        const t0 = performance.now();
        last = goalSeek(s, req, deps);
        ms.push(performance.now() - t0);
      }
      times.push(median(ms));
      results.push(last!);
    }
    const runs = results.map((r) => r.runs);
    const count = (status: GoalSeekResult['status']) => results.filter((r) => r.status === status).length;
    return {
      id: s.id,
      seeks: results.length,
      medianMs: median(times),
      worstMs: Math.max(...times),
      medianRuns: median(runs),
      maxRuns: Math.max(...runs),
      met: count('met'),
      alreadyMet: count('alreadyMet'),
      unreachable: count('unreachable'),
    };
  });
}

/** One seek with the hourly balance's feedback on (every run then includes the balance): the 2030 CO2 cap with the grid factor. */
export function benchGoalSeekFeedback(preset: Scenario): { ms: number; runs: number } {
  const s: Scenario = { ...preset, hourly: { ...preset.hourly!, enabled: true, feedback: true } };
  const req = requests(s).at(-1)!;
  goalSeek(s, req, deps);
  const ms: number[] = [];
  let runs = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    runs = goalSeek(s, req, deps).runs;
    ms.push(performance.now() - t0);
  }
  return { ms: median(ms), runs };
}
