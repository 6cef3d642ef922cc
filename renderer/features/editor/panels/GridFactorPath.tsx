import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GRID_FACTOR_ENTRIES } from '../../../../seeds/reference/grid-factors';
import {
  gridLagYears,
  gridPathSeries,
  matchGridFactorScope,
  publishedGridFactorPath,
  referencePathId,
  type GridProjection,
} from '../../../../shared/model/grid-factor-path';
import { setValue } from '../../../../shared/model/ops';
import type { Scenario } from '../../../../shared/model/scenario';
import { useEditor, useScenario } from '../EditorContext';
import { gridPathNote, gridPathSource } from '../grid-source';

const PATH = 'electricity.gridEmissionFactor';
const LAG_YEARS = gridLagYears(GRID_FACTOR_ENTRIES);
const selectMatch = (s: Scenario) => {
  const m = matchGridFactorScope(GRID_FACTOR_ENTRIES, s.electricity.gridEmissionFactor, s.baseYear);
  return m ? `${m.scope}:${m.lagYears}` : null;
};

/** Which published scope the grid-factor series follows, or that it follows none. */
export function GridScopeMatch() {
  const { t } = useTranslation('editor');
  const match = useScenario(selectMatch);
  if (!match) {
    return (
      <p className="muted small grid-match" data-testid="grid-scope-match" data-match="none">
        {t('accounting.gridPath.byHand')}
      </p>
    );
  }
  const [scope, lag] = match.split(':') as [Exclude<Scenario['accounting']['gridFactorScope'], 'custom'>, string];
  const lagText = Number(lag) ? t('accounting.gridPath.lagN', { n: Number(lag) }) : t('accounting.gridPath.lag0');
  return (
    <p className="small grid-match" data-testid="grid-scope-match" data-match={match}>
      {t('accounting.gridPath.match', { scope: t(`accounting.gridFactorScope.options.${scope}.name`), lag: lagText })}
    </p>
  );
}

/**
 * The chosen scope's published series, offered as one edit that rewrites the
 * grid factor and its source; the lag and, where the library has one, the
 * assumed path beyond the data years are options. A custom scope leaves the
 * series alone.
 */
export function GridFactorPath() {
  const { t, i18n } = useTranslation('editor');
  const { change, readOnly } = useEditor();
  const scope = useScenario((s) => s.accounting.gridFactorScope);
  const current = useScenario((s) => s.electricity.gridEmissionFactor);
  const baseYear = useScenario((s) => s.baseYear);
  const [lag, setLag] = useState(false);
  const [projection, setProjection] = useState<GridProjection>('scenario');
  const [error, setError] = useState<string | null>(null);
  const built = useMemo(
    () => (scope === 'custom' ? null : publishedGridFactorPath(GRID_FACTOR_ENTRIES, scope, { baseYear, current, lag, projection })),
    [scope, baseYear, current, lag, projection],
  );
  if (scope === 'custom') {
    return (
      <div className="grid-path" data-testid="grid-path">
        <GridScopeMatch />
        <p className="muted small">{t('accounting.gridPath.customKeeps')}</p>
      </div>
    );
  }
  const scopeName = t(`accounting.gridFactorScope.options.${scope}.name`);
  const pathId = referencePathId(GRID_FACTOR_ENTRIES, scope);
  const unchanged = built !== null && JSON.stringify(gridPathSeries(built)) === JSON.stringify(current);
  const apply = () => {
    if (!built) return;
    const source = gridPathSource(built, i18n.getFixedT('zh', 'editor'), i18n.getFixedT('en', 'editor'));
    const series = gridPathSeries(built);
    void change((s) => setValue(s, PATH, series, source), PATH, `grid-path:${scope}`).then((m) => setError(m[0] ?? null));
  };
  return (
    <div className="grid-path" data-testid="grid-path">
      <GridScopeMatch />
      {LAG_YEARS > 0 && (
        <label className="check small">
          <input type="checkbox" checked={lag} disabled={readOnly} data-testid="grid-path-lag" onChange={(e) => setLag(e.target.checked)} />
          {t('accounting.gridPath.lag', { n: LAG_YEARS })}
        </label>
      )}
      {pathId && (
        <div className="grid-path-projection small" role="radiogroup" aria-label={t('accounting.gridPath.projectionLabel')}>
          <span className="muted">{t('accounting.gridPath.projectionLabel')}</span>
          {(['scenario', 'referencePath'] as const).map((p) => (
            <label key={p} className="check">
              <input type="radio" name="grid-path-projection" checked={projection === p} disabled={readOnly} data-testid={`grid-path-projection-${p}`} onChange={() => setProjection(p)} />
              {t(`accounting.gridPath.projection.${p}`, { refId: pathId })}
            </label>
          ))}
        </div>
      )}
      {built && (
        <>
          <p className="muted small grid-path-preview" data-testid="grid-path-preview">
            {t('accounting.gridPath.preview', { text: gridPathNote(built, t) })}
          </p>
          <button type="button" className="btn small-btn" disabled={readOnly || unchanged} title={t('accounting.gridPath.applyHint')} data-testid="btn-apply-grid-path" onClick={apply}>
            {t('accounting.gridPath.apply', { scope: scopeName })}
          </button>
        </>
      )}
      {error && (
        <p className="field-msg" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
