import type { ScenarioResults } from '../../../shared/engine/results';
import type { Scenario } from '../../../shared/model/scenario';
import type { ScenarioRecord } from '../../db/records';
import type { ScenarioRepo } from '../../db/repo';
import { evaluateScenario, revisionOf } from '../../engine/outcomes';
import { baselineCandidates, chooseBaseline, type BaselineChoice } from './baseline-choice';

/**
 * What a scenario's report measures its contributions against: the choice and why, the
 * baseline with its results from the engine (null when none is chosen, it no longer
 * exists or does not compute), and the scenarios the report's options offer.
 */
export type ReportBaseline = {
  candidates: { id: string; name: string; nameEn?: string }[];
  choice: BaselineChoice | null;
  item: { scenario: Scenario; results: ScenarioResults } | null;
};

export async function loadBaseline(repo: ScenarioRepo, self: ScenarioRecord, asked: string | null | undefined): Promise<ReportBaseline> {
  const all = await repo.list();
  const choice = chooseBaseline(self, all, asked);
  const offered = baselineCandidates(self, all);
  const rec = choice ? await repo.get(choice.id) : undefined;
  // a parent or a pick from another region is offered too, so the options show what is in use
  const list = rec && !offered.some((r) => r.id === rec.id) ? [rec, ...offered] : offered;
  const candidates = list.map((r) => ({ id: r.id, name: r.name, ...(r.scenario.nameEn ? { nameEn: r.scenario.nameEn } : {}) }));
  if (!choice || !rec) return { candidates, choice, item: null };
  const { outcome } = await evaluateScenario(rec.scenario, revisionOf(rec));
  return { candidates, choice, item: outcome.ok ? { scenario: rec.scenario, results: outcome.results } : null };
}
