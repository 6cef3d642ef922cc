import type { Scenario } from '../model/scenario';
import {
  ELECTRICITY_CO2_METHODS,
  ENERGY_CONTROL_RULES,
  RENEWABLE_ATTRIBUTIONS,
  PEAK_SCOPES,
  type ElectricityCo2Method,
  type EnergyControlRule,
  type PeakScope,
  type RenewableAttribution,
} from '../model/vocabulary';
import { prepareScenario, type PreparedScenario } from './prepare';
import type { MethodsUsed, Peak, ScenarioResults } from './results';
import { computePrepared } from './run-core';
import { feedbackAdjustment } from './hourly/with-hourly';
import type { SeriesResolver } from './series-values';

/**
 * The same scenario under the other accounting methods, so that an accounting
 * effect is not mistaken for a plan effect: the headline figures under each
 * alternative electricity-CO2 method, energy-control rule and renewable
 * attribution, and the peak judged on the other scope (energy CO2, or energy and
 * process CO2) where the scenario has process CO2, one changed at a time from the
 * scenario's own (the others kept), and the targets whose status depends on the method.
 */

/** The methods an alternative changes, one at a time. */
export const METHOD_AXES = ['electricityCo2', 'energyControl', 'renewableAttribution', 'peakScope'] as const;
export type MethodAxis = (typeof METHOD_AXES)[number];

/** One method changed: which, and to what. */
export type MethodChange =
  | { axis: 'electricityCo2'; value: ElectricityCo2Method }
  | { axis: 'energyControl'; value: EnergyControlRule }
  | { axis: 'renewableAttribution'; value: RenewableAttribution }
  | { axis: 'peakScope'; value: PeakScope };

/** Headline figures of one year, as the results give them. */
export type HeadlineYear = {
  year: number;
  /** 万tCO2 */
  co2: number;
  /** tCO2/万元 */
  co2PerGdp: number;
  /** 万tce, as assessed under the energy-control rule */
  energyAssessed: number;
  /** tce/万元, as assessed */
  energyPerGdpAssessed: number;
  /** 非化石能源消费比重, % */
  nonFossilShare: number;
};

/** The headline figures of one run. */
export type MethodHeadline = {
  /** the methods this run used */
  methods: MethodsUsed;
  /** what differs from the scenario's own methods; null for the scenario's own run */
  change: MethodChange | null;
  years: HeadlineYear[];
  peak: Pick<Peak, 'year' | 'co2' | 'withinHorizon' | 'holds' | 'plateau' | 'rebound' | 'scope'>;
  /** each five-year plan period: % change of CO2 per GDP and of the assessed energy intensity (negative = fell) */
  periods: { plan: number; fromYear: number; toYear: number; co2PerGdpChangePct: number; energyPerGdpAssessedChangePct: number }[];
  targets: { id: string; met: boolean | null; actual: number | null; margin: number | null }[];
  /** targets met, of those judged */
  targetsMet: number;
  targetsJudged: number;
};

/** A target met under some methods and missed under others. */
export type MethodDependentTarget = {
  id: string;
  label: string;
  /** under the scenario's own methods */
  met: boolean;
  /** the alternatives that give the other answer */
  otherwiseUnder: MethodChange[];
};

export type MethodComparison = {
  own: MethodHeadline;
  /** one per alternative method, axis by axis in `METHOD_AXES` order, values in vocabulary order */
  alternatives: MethodHeadline[];
  /** targets whose met/missed status changes with the method (a target met only under one accounting method) */
  methodDependentTargets: MethodDependentTarget[];
};

/**
 * The alternatives to a scenario's methods: every other electricity-CO2 method, energy-control
 * rule and renewable attribution. The legacy rule (`legacyNewRenewables`) is offered to no
 * scenario that does not already use it: it describes how old files were counted, not a rule.
 * The other peak scope only when the scenario has process CO2 (`withProcess`): without it the
 * two scopes judge the same CO2 and the alternative would repeat the scenario's own figures.
 */
export function alternativeMethods(
  own: Pick<MethodsUsed, Exclude<MethodAxis, 'peakScope'>> & { peakScope?: PeakScope },
  withProcess = false,
): MethodChange[] {
  const out: MethodChange[] = [];
  for (const value of ELECTRICITY_CO2_METHODS) if (value !== own.electricityCo2) out.push({ axis: 'electricityCo2', value });
  for (const value of ENERGY_CONTROL_RULES) {
    if (value !== own.energyControl && value !== 'legacyNewRenewables') out.push({ axis: 'energyControl', value });
  }
  for (const value of RENEWABLE_ATTRIBUTIONS) if (value !== own.renewableAttribution) out.push({ axis: 'renewableAttribution', value });
  if (withProcess) for (const value of PEAK_SCOPES) if (value !== (own.peakScope ?? 'energy')) out.push({ axis: 'peakScope', value });
  return out;
}

/** The years a headline shows unless told: the base year, the plan years 2025 and 2030, and the last year. */
export function headlineYears(baseYear: number, endYear: number): number[] {
  const ys = [baseYear, 2025, 2030, endYear].filter((y) => y >= baseYear && y <= endYear);
  return [...new Set(ys)].sort((a, b) => a - b);
}

/** The headline figures of one run's results, for `years` (those outside the horizon left out). */
export function headlineOf(r: ScenarioResults, change: MethodChange | null, years: number[]): MethodHeadline {
  const byYear = new Map(r.years.map((y) => [y.year, y]));
  const judged = r.targets.filter((t) => t.met !== null);
  return {
    methods: r.methods,
    change,
    years: years.flatMap((year) => {
      const y = byYear.get(year);
      return y
        ? [{ year, co2: y.co2, co2PerGdp: y.co2PerGdp, energyAssessed: y.energyAssessed, energyPerGdpAssessed: y.energyPerGdpAssessed, nonFossilShare: y.nonFossilShare }]
        : [];
    }),
    peak: {
      year: r.peak.year,
      co2: r.peak.co2,
      withinHorizon: r.peak.withinHorizon,
      holds: r.peak.holds,
      plateau: r.peak.plateau,
      rebound: r.peak.rebound,
      scope: r.peak.scope,
    },
    periods: r.periods.map((p) => ({
      plan: p.plan,
      fromYear: p.fromYear,
      toYear: p.toYear,
      co2PerGdpChangePct: p.co2PerGdpChangePct,
      energyPerGdpAssessedChangePct: p.energyPerGdpAssessedChangePct,
    })),
    targets: r.targets.map((t) => ({ id: t.id, met: t.met, actual: t.actual, margin: t.margin })),
    targetsMet: judged.filter((t) => t.met).length,
    targetsJudged: judged.length,
  };
}

/**
 * Runs a prepared scenario under each alternative method (`alternativeMethods`) and sets
 * the headlines side by side with its own (`own`: its results, when already computed).
 * Pure; each run is a full `computePrepared` over the same resolved series, with the
 * hourly balance's feedback (curtailment, storage losses) when the scenario has it on.
 */
export function compareMethods(p: PreparedScenario, own?: ScenarioResults, years?: number[]): MethodComparison {
  const adjust = feedbackAdjustment(p) ?? undefined;
  own ??= computePrepared(p, adjust);
  const shown = years ?? headlineYears(p.baseYear, p.endYear);
  const ownHeadline = headlineOf(own, null, shown);
  const acc = p.scenario.accounting;
  const withProcess = own.years.some((y) => y.processCo2 !== 0);
  const alternatives = alternativeMethods(acc, withProcess).map((change) => {
    const scenario: Scenario = { ...p.scenario, accounting: { ...acc, [change.axis]: change.value } };
    return headlineOf(computePrepared({ ...p, scenario }, adjust), change, shown);
  });
  return { own: ownHeadline, alternatives, methodDependentTargets: methodDependentTargets(own, ownHeadline, alternatives) };
}

/** `compareMethods` from the scenario itself (`resolve`: `resolveSeries` from series.ts, with expressions). */
export function compareMethodsWith(scenario: Scenario, resolve: SeriesResolver, years?: number[]): MethodComparison {
  return compareMethods(prepareScenario(scenario, resolve), undefined, years);
}

function methodDependentTargets(own: ScenarioResults, ownHeadline: MethodHeadline, alternatives: MethodHeadline[]): MethodDependentTarget[] {
  const out: MethodDependentTarget[] = [];
  ownHeadline.targets.forEach((t, i) => {
    if (t.met === null) return;
    const otherwiseUnder: MethodChange[] = [];
    for (const a of alternatives) {
      const m = a.targets[i]!.met;
      if (m !== null && m !== t.met) otherwiseUnder.push(a.change!);
    }
    if (otherwiseUnder.length) out.push({ id: t.id, label: own.targets[i]!.label, met: t.met, otherwiseUnder });
  });
  return out;
}
