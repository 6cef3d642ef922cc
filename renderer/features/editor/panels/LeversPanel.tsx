import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAt } from '../../../../shared/model/path';
import { numberFormat } from '../../../components/fields/number-format';
import { useCapacityText } from '../../../components/fields/capacity';
import { numberLocale } from '../../../i18n';
import { useExpressionValues } from '../../../engine/expression-values';
import { useEditor, useScenario } from '../EditorContext';
import { applyLever, buildoutYears, GRID_LEVER_YEAR, LEVER_SPECS, LEVERS, readLever, type LeverContext, type LeverId } from '../../../../shared/model/ops-levers';
import { TYPICAL_HOURS } from '../../../../seeds/reference/typical';
import { valueInYear } from '../../../components/fields/series-convert';

/**
 * Series read as the editor reads them (expressions with the worker's values); new projects get
 * the reference hours and a name in the editor's language (shown by type and year while kept).
 */
function useLeverContext(): LeverContext {
  const { t } = useTranslation('editor');
  return useMemo(() => ({ valueInYear, hours: TYPICAL_HOURS, buildoutName: (type, year) => t('ledger.buildoutName', { type: t(`genTypes.${type}`), year }) }), [t]);
}

const UNIT_KEY = {
  gdpGrowth: 'units.pctPerYear',
  intensityDecline: 'units.pctPerYear',
  pvBuildout: 'units.mwPerYear',
  windBuildout: 'units.mwPerYear',
  gridFactor: 'units.tCo2PerMWh',
  coalShare: 'units.pct',
} as const satisfies Record<LeverId, string>;

function Lever({ id }: { id: LeverId }) {
  const { t, i18n } = useTranslation('editor');
  const spec = LEVER_SPECS[id];
  useExpressionValues(); // a lever over an expression path reads its value once the worker has sent it
  // only what this lever shows: a move of another lever does not re-render it
  const { value, from, to, baseYear, target } = useScenario(
    (s) => ({ value: readLever(s, id, valueInYear), ...buildoutYears(s), baseYear: s.baseYear, target: getAt(s, spec.path) }),
    (a, b) => a.value === b.value && a.from === b.from && a.to === b.to && a.baseYear === b.baseYear && a.target === b.target,
  );
  const { change, readOnly } = useEditor();
  const leverContext = useLeverContext();
  const [error, setError] = useState<string | null>(null);
  // where the thumb was moved to, until the document has taken (or refused) that value
  const [moved, setMoved] = useState<number | null>(null);
  const latest = useRef(0);
  const shown = moved ?? value;
  const min = Math.min(spec.min, shown);
  const max = Math.max(spec.max, shown);
  const fmt = numberFormat(numberLocale(i18n.language), { minimumFractionDigits: spec.digits, maximumFractionDigits: spec.digits });
  const disabled = readOnly || ((id === 'gridFactor' || id === 'coalShare') && baseYear >= GRID_LEVER_YEAR) || (id.endsWith('Buildout') && from > to);
  const isPath = (id === 'gdpGrowth' || id === 'intensityDecline') && typeof target !== 'number';
  const label = t(`levers.${id}`, { year: GRID_LEVER_YEAR });
  // build-out in the capacity unit of the fields (万千瓦/年 or MW/年); the slider itself moves in MW
  const capacity = useCapacityText();
  const buildout = id === 'pvBuildout' || id === 'windBuildout';
  const readout = buildout ? capacity.format(shown) : fmt.format(shown);
  const unitText = buildout ? t('units.capacityPerYear', { unit: capacity.label }) : t(UNIT_KEY[id]);

  const move = (v: number) => {
    const n = ++latest.current;
    setMoved(v);
    void change((s) => applyLever(s, id, v, leverContext), spec.path, `lever-${id}`, true).then((refused) => {
      if (n !== latest.current) return;
      setMoved(null);
      setError(refused[0] ?? null);
    });
  };

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
        value={shown}
        disabled={disabled}
        aria-valuetext={`${readout} ${unitText}`}
        data-testid={`lever-${id}`}
        onChange={(e) => move(Number(e.target.value))}
      />
      <output className="lever-out num" htmlFor={`lever-${id}`} data-testid={`lever-${id}-value`}>
        {readout}
        <span className="unit"> {unitText}</span>
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
