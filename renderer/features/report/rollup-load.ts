import { rollUp, type Rollup, type RollupMemberInput } from '../../../shared/engine/rollup';
import type { ScenarioResults } from '../../../shared/engine/results';
import type { Scenario } from '../../../shared/model/scenario';
import type { ScenarioRepo } from '../../db/repo';
import { evaluateScenario, revisionOf } from '../../engine/outcomes';

/**
 * The roll-up of the counties attached to a city scenario for its report:
 * each member's stored scenario with its results from the one results cache
 * (the engine worker computes what it does not hold), summed by the engine's
 * roll-up; null when no county is attached. The members are read and asked
 * for before the city's own results are in (`cityResults` may be on its way).
 */
export async function loadRollup(repo: ScenarioRepo, city: Scenario, cityResults: ScenarioResults | Promise<ScenarioResults>): Promise<Rollup | null> {
  const members = city.rollup?.members ?? [];
  if (!members.length) return null;
  const inputs = await Promise.all(
    members.map(async (m): Promise<RollupMemberInput> => {
      // the city itself: the roll-up names it and leaves it out
      if (m.scenarioId === city.id) return { ...m, run: { scenario: city, results: await cityResults } };
      const rec = await repo.get(m.scenarioId);
      if (!rec) return { ...m, unavailable: 'missing' };
      const { outcome } = await evaluateScenario(rec.scenario, revisionOf(rec));
      return outcome.ok ? { ...m, run: { scenario: rec.scenario, results: outcome.results } } : { ...m, unavailable: 'failed' };
    }),
  );
  return rollUp({ scenario: city, results: await cityResults }, inputs);
}
