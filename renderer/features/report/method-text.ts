import type { ScenarioResults } from '../../../shared/engine/results';
import type { Scenario } from '../../../shared/model/scenario';
import type { Series } from '../../../shared/model/series';
import { FEEDSTOCK_FUELS, STORAGE_ATTRIBUTIONS } from '../../../shared/model/vocabulary';
import { resolveYears } from '../../components/fields/series-convert';
import { gridPublishedText, gridSourceText } from './grid-text';
import type { ReportText } from './report-text';

/**
 * The words for a scenario's accounting methods (核算口径), as the methods page
 * and the conventions state them: what the engine does under each, and the
 * document it follows or that it is this tool's own.
 */

/**
 * An input series at a few years (NaN where it cannot be evaluated; the engine
 * computed it, so it can). An expression's values came from the worker with
 * the scenario's results (`useExpressionValues` in the section that shows them).
 */
export function valuesAt(s: Scenario, series: Series, years: number[]): number[] {
  const all = resolveYears(series, s.baseYear, s.endYear);
  return years.map((y) => all?.[y - s.baseYear] ?? Number.NaN);
}

const rounded = (x: ReportText, v: number | undefined, digits: number) =>
  v === undefined || Number.isNaN(v) ? '—' : x.plain(Math.round(v * 10 ** digits) / 10 ** digits);

/** The grid factor the scenario uses at its base year, 2030 and its last year, with the series named. */
export function gridValuesText(s: Scenario, x: ReportText): string {
  const mid = Math.min(Math.max(2030, s.baseYear), s.endYear);
  const [from, midValue, to] = valuesAt(s, s.electricity.gridEmissionFactor, [s.baseYear, mid, s.endYear]);
  return x.t('methods.gridValues', {
    scope: x.t(`methods.gridScope.${s.accounting.gridFactorScope}`),
    base: s.baseYear,
    from: rounded(x, from, 4),
    mid,
    midValue: rounded(x, midValue, 4),
    end: s.endYear,
    to: rounded(x, to, 4),
  });
}

/** Each pumped-storage attribution in use, with the plants it applies to. */
export function storageText(s: Scenario, x: ReportText): string {
  const plants = s.electricity.pumpedStorage;
  if (!plants.length) return x.t('methods.storageNone');
  const sep = x.lang === 'en' ? ', ' : '、';
  return STORAGE_ATTRIBUTIONS.flatMap((a) => {
    const names = plants.filter((p) => p.attribution === a).map((p) => p.name);
    return names.length ? [x.t(`methods.storage.${a}`, { names: names.join(sep) })] : [];
  }).join(x.lang === 'en' ? ' ' : '');
}

/** The fuels with a feedstock share, or null when none is set. */
export function feedstockText(s: Scenario, x: ReportText): string | null {
  const fuels = FEEDSTOCK_FUELS.filter((f) => s.energy.feedstockSharePct?.[f] !== undefined);
  if (!fuels.length) return null;
  return x.t('methods.feedstock', { fuels: fuels.map((f) => x.rt(`fuel.${f}`)).join(x.lang === 'en' ? ', ' : '、') });
}

export const peakRuleText = (r: ScenarioResults, x: ReportText): string => x.t('methods.peak', { tol: x.plain(r.methods.peakTolerancePct) });

/** One headline figure, the method behind it and its source. */
export type MethodLine = { key: 'energy' | 'feedstock' | 'nonFossil' | 'co2' | 'grid' | 'storage' | 'peak'; figure: string; method: string; source: string };

/** The method behind every headline figure, in the order the report shows them. */
export function methodLines(s: Scenario, r: ScenarioResults, x: ReportText): MethodLine[] {
  const m = r.methods;
  const feedstock = feedstockText(s, x);
  const lines: MethodLine[] = [
    { key: 'energy', figure: x.t('methods.figure.energy'), method: x.t(`methods.energyControl.${m.energyControl}`), source: x.t(`methods.energyControlSource.${m.energyControl}`) },
    ...(feedstock ? [{ key: 'feedstock' as const, figure: x.t('methods.figure.feedstock'), method: feedstock, source: x.t('methods.feedstockSource') }] : []),
    {
      key: 'nonFossil',
      figure: x.t('methods.figure.nonFossil'),
      method: x.t(`methods.attribution.${m.renewableAttribution}`),
      source: x.t(`methods.attributionSource.${m.renewableAttribution}`),
    },
    { key: 'co2', figure: x.t('methods.figure.co2'), method: x.t(`methods.electricityCo2.${m.electricityCo2}`), source: x.t(`methods.electricityCo2Source.${m.electricityCo2}`) },
    {
      key: 'grid',
      figure: x.t('methods.figure.grid'),
      method: [gridValuesText(s, x), gridPublishedText(s, x)].join(x.lang === 'en' ? ' ' : ''),
      source: gridSourceText(x),
    },
    { key: 'storage', figure: x.t('methods.figure.storage'), method: storageText(s, x), source: s.electricity.pumpedStorage.length ? x.t('methods.storageSource') : '—' },
    { key: 'peak', figure: x.t('methods.figure.peak'), method: peakRuleText(r, x), source: x.t('methods.peakSource') },
  ];
  return lines;
}

/** The methods in a few words each: energy control, attribution, electricity CO2. */
export function methodsShort(m: ScenarioResults['methods'], x: ReportText): { energyControl: string; attribution: string; electricityCo2: string } {
  return {
    energyControl: x.t(`methods.short.energyControl.${m.energyControl}`),
    attribution: x.t(`methods.short.renewableAttribution.${m.renewableAttribution}`),
    electricityCo2: x.t(`methods.short.electricityCo2.${m.electricityCo2}`),
  };
}
