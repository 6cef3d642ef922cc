import { useEffect, useRef, useState } from 'react';
import type { MaccEntry } from '../../../shared/engine/costs/types';
import type { Scenario } from '../../../shared/model/scenario';
import type { ScenarioRecord } from '../../db/records';
import { useScenarioRecords } from '../../db/useScenarioRecords';
import { engineClient } from '../../engine/client';
import type { CostAnalysis } from '../../engine/protocol';
import type { ReferenceState } from './NpvStatement';

export type CostAnalysisState = { reference: ReferenceState; macc: MaccEntry[] | null; referenceRecord: ScenarioRecord | null };

/** `reference`: the reference's id and revision ('' for none) */
type Answer = { scenario: Scenario; reference: string; value: CostAnalysis | null };
/** the last answer per scenario version, so the results tab shown again does not ask again */
const ANSWERS = new WeakMap<Scenario, Answer>();

const nameOf = (r: ScenarioRecord, lang: string) => (lang === 'en' && r.scenario.nameEn ? r.scenario.nameEn : r.name);

/**
 * The scenario's costs against its reference (`costs.referenceScenarioId`, read from the
 * library as stored, kept current as any window writes it) and its abatement cost curve,
 * from the engine worker; asked for once `enabled` (the section has been in view), the
 * newest scenario's answer winning.
 */
export function useCostAnalysis(scenario: Scenario, lang: string, enabled: boolean): CostAnalysisState {
  const records = useScenarioRecords();
  const refId = scenario.costs?.referenceScenarioId;
  const refRec = refId ? (records?.find((r) => r.id === refId) ?? null) : null;
  // the reference by its stored revision: the library's live list gives new objects on every write
  const refKey = refRec ? `${refRec.id}@${refRec.rev}` : '';
  const refScenario = useRef<Scenario | null>(null);
  const refNow = refRec?.scenario ?? null;
  // set before the request below reads it (effects run in order)
  useEffect(() => {
    refScenario.current = refNow;
  });
  const known = records !== undefined;
  const [answer, setAnswer] = useState<Answer | null>(() => ANSWERS.get(scenario) ?? null);
  const cached = ANSWERS.get(scenario);
  if (cached && cached !== answer && cached.reference === refKey) setAnswer(cached);

  useEffect(() => {
    if (!enabled || (refId && !known) || ANSWERS.get(scenario)?.reference === refKey) return;
    let live = true;
    const settle = (value: CostAnalysis | null) => {
      const a = { scenario, reference: refKey, value };
      ANSWERS.set(scenario, a);
      if (live) setAnswer(a);
    };
    engineClient.call('costAnalysis', { scenario, reference: refScenario.current }).then(settle, () => settle(null));
    return () => {
      live = false;
    };
  }, [scenario, refKey, refId, known, enabled]);

  // the last answer against the same reference stays on screen while the newest scenario's computes
  const current = answer && answer.reference === refKey ? answer.value : undefined;
  const macc = current !== undefined ? (current?.macc ?? []) : (answer?.value?.macc ?? null);
  let reference: ReferenceState;
  if (!refId) reference = { status: 'none' };
  else if (!known) reference = { status: 'loading', name: refId };
  else if (!refRec) reference = { status: 'missing', id: refId };
  else {
    const name = nameOf(refRec, lang);
    const c = current?.comparison;
    if (current === undefined) reference = { status: 'loading', name };
    else if (current === null || current.referenceFailed || !c) reference = { status: 'failed', name };
    else {
      // the present values are discounted to each one's base year and the CO2 summed over each one's years
      const horizonDiffers = refRec.scenario.baseYear !== scenario.baseYear || refRec.scenario.endYear !== scenario.endYear;
      reference = { status: 'done', name, self: refId === scenario.id, comparison: c, horizonDiffers };
    }
  }
  return { reference, macc, referenceRecord: refRec };
}
