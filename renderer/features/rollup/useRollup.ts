import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { rollUp, type Rollup, type RollupMemberInput } from '../../../shared/engine/rollup';
import type { ScenarioIssue } from '../../../shared/engine/series-values';
import type { Scenario } from '../../../shared/model/scenario';
import type { ScenarioRecord } from '../../db/records';
import { evaluateScenario, evaluationsVersion, knownEvaluation, revisionOf, subscribeEvaluations } from '../../engine/outcomes';
import { useScenarioResults } from '../../engine/useScenarioResults';

export type RollupState =
  | { status: 'computing'; waiting: string[] }
  | { status: 'cityFailed'; issues: ScenarioIssue[] }
  | { status: 'done'; rollup: Rollup };

/**
 * The roll-up of the open city scenario: the city's results as the editor has
 * them (its edits included), each member's from the one results cache under
 * its stored revision, summed by shared/engine/rollup.ts. Members not in the
 * library are handed to the roll-up as such, to be shown, not counted.
 */
export function useRollup(city: Scenario, records: readonly ScenarioRecord[] | undefined): RollupState {
  const cityResults = useScenarioResults(city);
  const version = useSyncExternalStore(subscribeEvaluations, evaluationsVersion, evaluationsVersion);
  const byId = useMemo(() => new Map((records ?? []).map((r) => [r.id, r])), [records]);
  const members = useMemo(() => city.rollup?.members ?? [], [city.rollup]);
  const found = useMemo(
    () => members.map((m) => byId.get(m.scenarioId)).filter((r): r is ScenarioRecord => r !== undefined && r.id !== city.id),
    [members, byId, city.id],
  );

  useEffect(() => {
    for (const r of found) void evaluateScenario(r.scenario, revisionOf(r));
  }, [found]);

  return useMemo((): RollupState => {
    if (cityResults.issues) return { status: 'cityFailed', issues: cityResults.issues };
    if (!records || !cityResults.results) return { status: 'computing', waiting: [city.region.name] };
    const waiting: string[] = [];
    const inputs = members.map((m): RollupMemberInput => {
      const rec = byId.get(m.scenarioId);
      if (!rec) return { ...m, unavailable: 'missing' };
      // the city itself: its own results, for the roll-up to name and leave out
      if (rec.id === city.id) return { ...m, run: { scenario: city, results: cityResults.results! } };
      const o = knownEvaluation(rec.scenario, revisionOf(rec))?.outcome;
      if (!o) {
        waiting.push(rec.scenario.region.name);
        return { ...m, unavailable: 'failed' };
      }
      return o.ok ? { ...m, run: { scenario: rec.scenario, results: o.results } } : { ...m, unavailable: 'failed' };
    });
    if (waiting.length) return { status: 'computing', waiting };
    return { status: 'done', rollup: rollUp({ scenario: city, results: cityResults.results }, inputs) };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` is what changes what the cache knows
  }, [city, cityResults.results, cityResults.issues, records, members, byId, version]);
}
