import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forest } from '../../../shared/model/industry';
import { addForest, removeForest } from '../../../shared/model/ops-industry';
import { setValue } from '../../../shared/model/ops';
import { NumberField } from '../../components/fields/NumberField';
import { SeriesField } from '../../components/fields/SeriesField';
import type { IndustryProps } from './edit';
import { forestFactors } from './library';
import { Row } from './Row';

type PathKey = 'coverPct' | 'grossGrowthPct' | 'lossPct';
const FACTORS = [
  ['woodDensityTPerM3', 'units.tPerM3', 1.5],
  ['biomassExpansionFactor', undefined, 5],
  ['rootShootRatio', undefined, 2],
  ['carbonFraction', undefined, 1],
] as const;

/** Adding the forest: the base year's cover and stock (the documents give both); the factors come from the library. */
function AddForest(p: IndustryProps) {
  const { t } = useTranslation('industry');
  const [cover, setCover] = useState<number | undefined>();
  const [stock, setStock] = useState<number | undefined>();
  const [error, setError] = useState<string | null>(null);
  const factors = forestFactors();
  const ready = cover !== undefined && stock !== undefined && stock > 0 && factors !== undefined;
  return (
    <div className="industry-forest-add" data-testid="forest-add">
      <p className="muted small">{t('forest.absent')}</p>
      <div className="industry-add">
        <NumberField value={cover} onCommit={(v) => setCover(v)} testId="new-forest-cover" label={t('forest.coverPct')} unit="%" optional min={0} max={100} disabled={p.readOnly} className="w-num" />
        <NumberField value={stock} onCommit={(v) => setStock(v)} testId="new-forest-stock" label={t('forest.baseStockWanM3')} unit={t('units.wanM3')} optional min={0} disabled={p.readOnly} className="w-num" />
        <button type="button" className="btn" disabled={p.readOnly || !ready} data-testid="btn-add-forest" onClick={() => ready && void p.edit((s) => addForest(s, cover, stock, factors), 'sinks.forest', 'add-forest').then((m) => setError(m[0] ?? null))}>
          + {t('forest.add')}
        </button>
      </div>
      {error && (
        <p className="field-msg" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * 碳汇 (forest): cover and stock as the documents give them, gross growth and loss of the stock,
 * and the factors turning m³ into CO2, each with its source (IPCC 2006 Vol. 4 Ch. 4 defaults, the
 * provincial figures for northern Guangdong's species).
 */
export function ForestInputs(p: IndustryProps) {
  const { t } = useTranslation('industry');
  const f: Forest | undefined = p.scenario.sinks?.forest;
  if (!f) return <AddForest {...p} />;
  const set = (key: keyof Forest, v: unknown) => p.edit((s) => setValue(s, `sinks.forest.${key}`, v), `sinks.forest.${key}`, `sinks.forest.${key}`, true);
  const series = (key: PathKey) => (
    <Row key={key} label={t(`forest.${key}`)} hint={t(`forest.${key}Hint`)} path={`sinks.forest.${key}`} sourceOf={p.sourceOf} markOf={p.markOf}>
      <SeriesField value={f[key]} onCommit={(v) => set(key, v)} testId={`sinks.forest.${key}`} label={t(`forest.${key}`)} unit="%" min={0} max={key === 'coverPct' ? 100 : 50} disabled={p.readOnly} baseYear={p.scenario.baseYear} endYear={p.scenario.endYear} />
    </Row>
  );
  return (
    <div className="industry-forest" data-testid="forest-inputs">
      {series('coverPct')}
      <Row label={t('forest.baseStockWanM3')} path="sinks.forest.baseStockWanM3" sourceOf={p.sourceOf} markOf={p.markOf}>
        <NumberField value={f.baseStockWanM3} onCommit={(v) => set('baseStockWanM3', v)} testId="sinks.forest.baseStockWanM3" label={t('forest.baseStockWanM3')} unit={t('units.wanM3')} min={0} disabled={p.readOnly} className="w-num" />
      </Row>
      {series('grossGrowthPct')}
      {series('lossPct')}
      {FACTORS.map(([key, unit, max]) => (
        <Row key={key} label={t(`forest.${key}`)} path={`sinks.forest.${key}`} sourceOf={p.sourceOf} markOf={p.markOf}>
          <NumberField value={f[key]} onCommit={(v) => set(key, v)} testId={`sinks.forest.${key}`} label={t(`forest.${key}`)} unit={unit ? t(unit) : undefined} min={0} max={max} disabled={p.readOnly} className="w-num" />
        </Row>
      ))}
      <div>
        <button type="button" className="btn ghost small-btn danger" disabled={p.readOnly} data-testid="btn-remove-forest" onClick={() => void p.edit((s) => removeForest(s), 'sinks.forest', 'remove-forest')}>
          {t('forest.remove')}
        </button>
      </div>
    </div>
  );
}
