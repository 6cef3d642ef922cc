import type { TFunction } from 'i18next';
import { GRID_LAG_ENTRY, type GridFactorPath } from '../../../shared/model/grid-factor-path';
import type { SourceRef } from '../../../shared/model/provenance';

/**
 * The words for a published grid-factor series: each data year's factor with
 * the reference entry it comes from, the lag convention if used, and what
 * carries the series on (always an assumption). The same text is the preview
 * beside the apply button and the source the applied series is saved with.
 */

const fmt = (v: number) => v.toFixed(4);

/** The series point by point, in the language of `t`. */
export function gridPathNote(p: GridFactorPath, t: TFunction<'editor'>): string {
  const parts = p.points.flatMap((q): string[] => {
    const args = { year: q.year, value: fmt(q.value), dataYear: q.dataYear, refId: q.refId };
    switch (q.kind) {
      case 'held':
        return [t('accounting.gridPath.held', args)];
      case 'published':
        return [t(q.secondary ? 'accounting.gridPath.publishedSecondary' : 'accounting.gridPath.published', args)];
      case 'assumed':
        return [t('accounting.gridPath.assumed', args)];
      case 'projection':
        return [];
    }
  });
  parts.push(p.lagYears ? t('accounting.gridPath.withLag', { n: p.lagYears, refId: GRID_LAG_ENTRY }) : t('accounting.gridPath.noLag'));
  const last = p.points.filter((q) => q.kind !== 'projection').at(-1)!;
  parts.push(t(`accounting.gridPath.after.${p.projection}`, { year: p.lastAccountingYear, refId: p.pathRefId, value: fmt(last.value) }));
  return parts.join(t('accounting.gridPath.sep'));
}

function citation(p: GridFactorPath, t: TFunction<'editor'>): string {
  const years = p.points.flatMap((q) => (q.kind === 'published' || q.kind === 'assumed' ? [q.dataYear!] : []));
  return t('accounting.gridPath.citation', {
    scope: t(`accounting.gridFactorScope.options.${p.scope}.name`),
    from: Math.min(...years),
    to: Math.max(...years),
  });
}

/**
 * The source of an applied series, in both languages whatever the UI's: a
 * reference to the latest published factor it uses, the note listing every
 * point's own entry.
 */
export function gridPathSource(p: GridFactorPath, zh: TFunction<'editor'>, en: TFunction<'editor'>): SourceRef {
  const latest = p.points.filter((q) => q.kind === 'published').at(-1)!;
  return {
    kind: 'reference',
    refId: latest.refId!,
    citation: citation(p, en),
    citationZh: citation(p, zh),
    note: gridPathNote(p, en),
    noteZh: gridPathNote(p, zh),
  };
}
