import { useEffect, useState } from 'react';
import type { CostComparison } from '../../../shared/engine/costs/types';
import type { Scenario } from '../../../shared/model/scenario';
import type { ScenarioRecord } from '../../db/records';
import { useScenarioRecords } from '../../db/useScenarioRecords';
import { engineClient } from '../../engine/client';
import type { ComparedRun } from './compare-chart-options';

/**
 * What one compared scenario's costs are measured against: its own reference
 * (`costs.referenceScenarioId`), else the first compared scenario; none for the
 * first when it has no reference of its own.
 */
export type CompareCostRef =
  | { status: 'none' }
  | { status: 'missing'; id: string }
  | { status: 'loading' | 'failed'; id: string; name: string; fallback: boolean; horizonDiffers: boolean }
  | { status: 'done'; id: string; name: string; fallback: boolean; horizonDiffers: boolean; comparison: CostComparison };

const nameOf = (r: ScenarioRecord, lang: string) => (lang === 'en' && r.scenario.nameEn ? r.scenario.nameEn : r.name);

/** Each compared scenario's NPV against its reference (or the first one), from the engine worker, by run id. */
export function useCompareCosts(runs: readonly ComparedRun[], lang: string): ReadonlyMap<string, CompareCostRef> {
  const records = useScenarioRecords();
  const [answers, setAnswers] = useState<ReadonlyMap<string, { key: string; comparison: CostComparison | null }>>(new Map());
  const byId = new Map((records ?? []).map((r) => [r.id, r]));
  const first = runs[0];
  const plan = runs.map((run) => {
    const own = byId.get(run.id);
    const refId = own?.scenario.costs?.referenceScenarioId ?? (run.id !== first?.id ? first?.id : undefined);
    const fallback = !own?.scenario.costs?.referenceScenarioId;
    const ref = refId ? byId.get(refId) : undefined;
    return { run, own, refId, ref, fallback, key: own && ref ? `${own.id}@${own.rev}|${ref.id}@${ref.rev}` : '' };
  });
  const keys = plan.map((p) => p.key).join(',');

  useEffect(() => {
    let live = true;
    for (const p of plan) {
      if (!p.own || !p.ref || answers.get(p.run.id)?.key === p.key) continue;
      const scenario: Scenario = p.own.scenario;
      engineClient.call('costAnalysis', { scenario, reference: p.ref.scenario, macc: false }).then(
        (a) => live && setAnswers((m) => new Map(m).set(p.run.id, { key: p.key, comparison: a && !a.referenceFailed ? a.comparison : null })),
        () => live && setAnswers((m) => new Map(m).set(p.run.id, { key: p.key, comparison: null })),
      );
    }
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `keys` names every scenario and reference revision asked about
  }, [keys]);

  return new Map(
    plan.map((p): [string, CompareCostRef] => {
      if (!p.refId) return [p.run.id, { status: 'none' }];
      if (records === undefined) return [p.run.id, { status: 'loading', id: p.refId, name: p.refId, fallback: p.fallback, horizonDiffers: false }];
      if (!p.ref) return [p.run.id, { status: 'missing', id: p.refId }];
      // present values discounted to different base years, CO2 summed over different years
      const horizonDiffers = !!p.own && (p.ref.scenario.baseYear !== p.own.scenario.baseYear || p.ref.scenario.endYear !== p.own.scenario.endYear);
      const base = { id: p.refId, name: nameOf(p.ref, lang), fallback: p.fallback, horizonDiffers };
      const a = answers.get(p.run.id);
      if (!a || a.key !== p.key) return [p.run.id, { status: 'loading', ...base }];
      return [p.run.id, a.comparison ? { status: 'done', ...base, comparison: a.comparison } : { status: 'failed', ...base }];
    }),
  );
}
