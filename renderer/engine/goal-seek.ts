import { goalSeek, valueInYearWith, type GoalSeekRequest, type GoalSeekResult } from '../../shared/engine/goal-seek/goal-seek';
import { resolveSeries } from '../../shared/engine/series';
import type { LeverContext } from '../../shared/model/ops-levers';
import { ScenarioSchema } from '../../shared/model/scenario';
import { zodIssues } from '../../shared/model/validate';
import { TYPICAL_HOURS } from '../../seeds/reference/typical';

/**
 * The worker's goal seek: expressions resolved by the engine's resolver. Rows a
 * build-out lever adds in its scenario get placeholder names; the page applies
 * the answer's lever value with its own names (in the user's language).
 */
const context: LeverContext = { valueInYear: valueInYearWith(resolveSeries), hours: TYPICAL_HOURS, buildoutName: (type, year) => `${type} ${year}` };

export function goalSeekIn(input: unknown, request: GoalSeekRequest): GoalSeekResult {
  const parsed = ScenarioSchema.safeParse(input);
  if (!parsed.success) return { status: 'failed', reason: 'notComputable', issues: zodIssues(parsed.error), runs: 0 };
  return goalSeek(parsed.data, request, { resolve: resolveSeries, leverContext: context });
}
