import { GRID_FACTOR_ENTRIES } from '../../../seeds/reference/grid-factors';
import { gridLagYears, matchGridFactorScope, scopeDataPoints } from '../../../shared/model/grid-factor-path';
import type { Scenario } from '../../../shared/model/scenario';
import type { ReportText } from './report-text';

/**
 * The published grid factors as the methods page states them, read from the
 * reference library (the entries the editor applies), so the report's figures
 * are the library's and cannot drift from it.
 */

const entryValue = (id: string) => GRID_FACTOR_ENTRIES.find((e) => e.id === id)?.value;

/** The scope's factors by data year, whether this scenario's series follows them, and for the national scope its companion factors. */
export function gridPublishedText(s: Scenario, x: ReportText): string {
  const scope = s.accounting.gridFactorScope;
  if (scope === 'custom') return x.t('methods.gridPublished.custom');
  const points = scopeDataPoints(GRID_FACTOR_ENTRIES, scope);
  const sep = x.lang === 'en' ? ', ' : '，';
  const published = points.filter((p) => p.kind === 'published');
  const allSecondary = published.length > 0 && published.every((p) => p.secondary);
  const values = points.map((p) => {
    const args = { dataYear: p.dataYear, value: x.plain(p.value) };
    if (p.kind === 'assumed') return x.t('methods.gridPublished.valueAssumed', args);
    return x.t(p.secondary && !allSecondary ? 'methods.gridPublished.valueSecondary' : 'methods.gridPublished.value', args);
  });
  const last = points.filter((p) => p.kind === 'published').at(-1)?.dataYear;
  const exclMarket = last === undefined ? undefined : entryValue(`mee-grid-national-excl-market-${last}`);
  const fossil = last === undefined ? undefined : entryValue(`mee-grid-fossil-${last}`);
  if (scope === 'national' && exclMarket !== undefined && fossil !== undefined) {
    values.push(x.t('methods.gridPublished.nationalExtra', { dataYear: last, exclMarket: x.plain(exclMarket), fossil: x.plain(fossil) }));
  }
  const text = x.t(allSecondary ? 'methods.gridPublished.valuesSecondary' : 'methods.gridPublished.values', { values: values.join(sep) });
  const match = matchGridFactorScope(GRID_FACTOR_ENTRIES, s.electricity.gridEmissionFactor, s.baseYear);
  const follows =
    match?.scope === scope
      ? x.t('methods.gridPublished.follows', {
          lag: match.lagYears ? x.t('methods.gridPublished.lagN', { n: match.lagYears }) : x.t('methods.gridPublished.lag0'),
        })
      : match
        ? x.t('methods.gridPublished.followsOther', { other: x.t(`methods.gridScope.${match.scope}`) })
        : x.t('methods.gridPublished.byHand');
  return `${text}${x.lang === 'en' ? ' ' : ''}${follows}`;
}

/** The announcements by data year (one announcement covers every scope) and the lag stated as this tool's convention. */
export function gridSourceText(x: ReportText): string {
  const published = scopeDataPoints(GRID_FACTOR_ENTRIES, 'national').filter((p) => p.kind === 'published');
  const years = published.map((p) =>
    x.t('methods.gridSourceYear', { dataYear: p.dataYear, year: GRID_FACTOR_ENTRIES.find((e) => e.id === p.refId)!.source.year }),
  );
  return x.t('methods.gridSource', { published: years.join(x.lang === 'en' ? ', ' : '，'), n: gridLagYears(GRID_FACTOR_ENTRIES) });
}
