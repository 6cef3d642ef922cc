import type { CostComparison } from '../../../shared/engine/costs/types';
import type { Scenario } from '../../../shared/model/scenario';
import type { ScenarioRepo } from '../../db/repo';
import { engineClient } from '../../engine/client';

/** What the report's cost section says of the reference scenario (`costs.referenceScenarioId`). */
export type ReportCostReference =
  | { status: 'none' }
  | { status: 'missing'; id: string }
  | { status: 'failed' | 'otherHorizon'; id: string; name: string; nameEn?: string }
  | { status: 'done'; id: string; name: string; nameEn?: string; self: boolean; comparison: CostComparison };

/**
 * The scenario's costs against its reference, from the engine worker (the
 * reference priced as the scenario is): read once, the report being a snapshot.
 */
export async function loadCostReference(repo: ScenarioRepo, scenario: Scenario): Promise<ReportCostReference> {
  const id = scenario.costs?.referenceScenarioId;
  if (!id) return { status: 'none' };
  const rec = id === scenario.id ? { name: scenario.name, scenario } : await repo.get(id);
  if (!rec) return { status: 'missing', id };
  const names = { name: rec.name, ...(rec.scenario.nameEn ? { nameEn: rec.scenario.nameEn } : {}) };
  // cumulative CO2 and present values over different years do not compare
  if (rec.scenario.baseYear !== scenario.baseYear || rec.scenario.endYear !== scenario.endYear) return { status: 'otherHorizon', id, ...names };
  const answer = await engineClient.call('costAnalysis', { scenario, reference: rec.scenario, macc: false }).catch(() => null);
  if (!answer?.comparison || answer.referenceFailed) return { status: 'failed', id, ...names };
  return { status: 'done', id, ...names, self: id === scenario.id, comparison: answer.comparison };
}
