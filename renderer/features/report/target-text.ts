import type { ScenarioResults, TargetStatus } from '../../../shared/engine/results';
import type { Scenario } from '../../../shared/model/scenario';
import { unitOf } from '../../components/results/format';
import { marginText, peakOfTarget, valueText } from '../../components/results/TargetTable';
import type { ReportText } from './report-text';

const isReduction = (m: TargetStatus['metric']) => m === 'co2IntensityReduction' || m === 'energyIntensityReduction';
const isPeakYear = (m: TargetStatus['metric']) => m === 'peakYear' || m === 'sectorPeakYear';

/** The target's label in the report's language (presets carry `labelEn`). */
export function targetLabel(scenario: Scenario, status: TargetStatus, x: ReportText): string {
  const target = scenario.targets.find((t) => t.id === status.id);
  return x.lang === 'en' && target?.labelEn ? target.labelEn : status.label;
}

/** '十四五 2020–2025年' / '2030年'. */
export function targetPeriod(status: Pick<TargetStatus, 'fromYear' | 'year'>, x: ReportText): string {
  return status.fromYear !== undefined ? x.rt('targets.period', { from: status.fromYear, to: status.year }) : x.rt('targets.inYear', { year: status.year });
}

/**
 * The target value, or the scenario's value of the same quantity, in the target's unit. A peak-year target is worded
 * from the peak it is judged on (a sector's own for a sector's target), as the results' target table words it.
 */
export function targetValue(status: TargetStatus, which: 'target' | 'actual', results: ScenarioResults, x: ReportText): string {
  const value = which === 'target' ? status.target : status.actual;
  if (value === null) return '—';
  if (isPeakYear(status.metric)) return valueText(status, value, x.fmt, x.rt, which, peakOfTarget(status, results) ?? false);
  const text = x.fmt.withUnit(value, unitOf(status.unit));
  return isReduction(status.metric) ? x.rt('targets.reduction', { value: text }) : text;
}

export function targetStatus(status: TargetStatus, x: ReportText): string {
  return status.met === null ? x.rt('targets.unknown') : status.met ? x.rt('targets.met') : x.rt('targets.missed');
}

export function targetMargin(status: TargetStatus, results: ScenarioResults, x: ReportText): string {
  return marginText(status, x.fmt, x.rt, peakOfTarget(status, results) ?? false);
}

export const metAttr = (status: TargetStatus | null | undefined): string => (!status || status.met === null ? 'unknown' : String(status.met));
