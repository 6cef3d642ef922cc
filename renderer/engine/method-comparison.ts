import type { MethodComparison } from '../../shared/engine/methods';
import type { Scenario } from '../../shared/model/scenario';
import { engineClient } from './client';

const byObject = new WeakMap<object, Promise<MethodComparison | null>>();

/**
 * The scenario's headline figures under the other accounting methods, computed
 * by the engine worker and kept for this scenario object (a document version or
 * a stored revision read once is immutable). Null when the engine cannot
 * compute the scenario; rejects when the worker cannot answer.
 */
export function methodComparisonOf(scenario: Scenario): Promise<MethodComparison | null> {
  const hit = byObject.get(scenario);
  if (hit) return hit;
  const promise = engineClient.call('compareMethods', { scenario });
  byObject.set(scenario, promise);
  promise.catch(() => byObject.delete(scenario));
  return promise;
}
