import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAt } from '../../../../shared/model/path';
import { numberFormat } from '../../../components/fields/number-format';
import { numberLocale } from '../../../i18n';
import { useExprEngine } from '../../../engine/expr-engine';
import { useEditor, useScenario } from '../EditorContext';
import { applyLever, buildoutYears, GRID_LEVER_YEAR, LEVER_SPECS, LEVERS, readLever, type LeverContext, type LeverId } from '../../../../shared/model/ops-levers';
import { TYPICAL_HOURS } from '../../../../seeds/reference/typical';
import { valueInYear } from '../../../components/fields/series-convert';

/** Series read as the editor reads them (expressions once the expression engine has loaded); new projects get the reference hours. */
const LEVER_CONTEXT: LeverContext = { valueInYear, hours: TYPICAL_HOURS };

const UNIT_KEY: Record<LeverId, string> = {
  gdpGrowth: 'units.pctPerYear',
  intensityDecline: 'units.pctPerYear',
  pvBuildout: 'units.mwPerYear',
  windBuildout: 'units.mwPerYear',
  gridFactor: 'units.tCo2PerMWh',
  coalShare: 'units.pct',
};

function Lever({ id }: { id: LeverId }) {
  const { t, i18n } = useTranslation('editor');
  const spec = LEVER_SPECS[id];
  useExprEngine(); // a lever over an expression path reads its value once the engine has loaded
  // only what this lever shows: a move of another lever does not re-render it
  const { value, from, to, baseYear, target } = useScenario(
    (s) => ({ value: readLever(s, id, valueInYear), ...buildoutYears(s), baseYear: s.baseYear, target: getAt(s, spec.path) }),
    (a, b) => a.value === b.value && a.from === b.from && a.to === b.to && a.baseYear === b.baseYear && a.target === b.target,
  );
  const { change, readOnly, get } = useEditor();
  const [error, setError] = useState<string | null>(null);
  const min = Math.min(spec.min, value);
  const max = Math.max(spec.max, value);
  const fmt = numberFormat(numberLocale(i18n.language), { minimumFractionDigits: spec.digits, maximumFractionDigits: spec.digits });
  const disabled = readOnly || (id === 'gridFactor' && baseYear >= GRID_LEVER_YEAR) || (id.endsWith('Buildout') && from > to);
  const isPath = (id === 'gdpGrowth' || id === 'intensityDecline') && typeof target !== 'number';
  const label = t(`levers.${id}`, { year: GRID_LEVER_YEAR });

  const move = (v: number) => setError(change(applyLever(get(), id, v, LEVER_CONTEXT), spec.path, `lever-${id}`)[0] ?? null);

  return (
    <div className="lever">
      <label className="lever-label" htmlFor={`lever-${id}`}>
        {label}
      </label>
      <input
        id={`lever-${id}`}
        type="range"
        min={min}
        max={max}
        step={spec.step}
        value={value}
        disabled={disabled}
        aria-valuetext={`${fmt.format(value)} ${t(UNIT_KEY[id])}`}
        data-testid={`lever-${id}`}
        onChange={(e) => move(Number(e.target.value))}
      />
      <output className="lever-out num" htmlFor={`lever-${id}`} data-testid={`lever-${id}-value`}>
        {fmt.format(value)}
        <span className="unit"> {t(UNIT_KEY[id])}</span>
      </output>
      <span className="lever-hint muted small">{t(`levers.${id}Hint`, { from, to, year: GRID_LEVER_YEAR, first: baseYear + 1, context: isPath ? 'path' : undefined })}</span>
      {error && (
        <span className="field-msg lever-error" role="alert" data-testid={`error-lever-${id}`}>
          {error}
        </span>
      )}
    </div>
  );
}

/** 情景杠杆: the few numbers a meeting argues about, as sliders; each writes ordinary values shown in the panels below. */
export function LeversPanel() {
  return (
    <div className="levers">
      {LEVERS.map((id) => (
        <Lever key={id} id={id} />
      ))}
    </div>
  );
}
