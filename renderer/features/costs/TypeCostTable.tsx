import { useTranslation } from 'react-i18next';
import type { CostAssetType } from '../../../shared/engine/costs/types';
import { COST_ASSET_TYPES, type CostParameters, type CostSettings, type TypeCosts } from '../../../shared/model/costs';
import { clearTypeCosts, setTypeCost } from '../../../shared/model/ops-costs';
import { NumberField } from '../../components/fields/NumberField';
import { SourceNote } from '../../components/fields/SourceNote';
import type { CostFormat } from './costs-format';
import { referenceSource, typeDefaultRefId } from './default-sources';
import type { CostsEdit, MarkOf, SourceOf } from './edit';

type Props = { settings: CostSettings | undefined; defaults: CostParameters; cf: CostFormat; readOnly: boolean; edit: CostsEdit; sourceOf: SourceOf; markOf?: MarkOf };

type Column = { field: keyof TypeCosts; max: number; integer?: boolean; format: (cf: CostFormat, v: number) => string; only?: CostAssetType };
const COLUMNS: readonly Column[] = [
  { field: 'investmentYuanPerKW', max: 1e5, format: (cf, v) => cf.yuan(v) },
  { field: 'energyYuanPerKWh', max: 1e4, format: (cf, v) => cf.yuan(v), only: 'battery' },
  { field: 'fixedOmYuanPerKWYear', max: 1e4, format: (cf, v) => cf.yuan(v) },
  { field: 'lifetimeYears', max: 100, integer: true, format: (cf, v) => cf.plain(v) },
];

/**
 * Each type's prices: empty = the cost case's default, shown beside the field
 * with the reference it comes from; a typed value overrides it (the user's
 * source), and 恢复默认 returns the whole row to the defaults.
 */
export function TypeCostTable({ settings, defaults, cf, readOnly, edit, sourceOf, markOf }: Props) {
  const { t } = useTranslation('costs');
  return (
    <div className="table-scroll">
      <table className="grid costs-type-table" data-testid="costs-type-table">
        <thead>
          <tr>
            <th>{t('settings.col.type')}</th>
            {COLUMNS.map((c) => (
              <th key={c.field} className="num">
                {t(`settings.col.${c.field}`)}
              </th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {COST_ASSET_TYPES.map((type) => {
            const own = settings?.types?.[type];
            return (
              <tr key={type} data-testid={`costs-type-${type}`}>
                <th scope="row">{t(`type.${type}`)}</th>
                {COLUMNS.map((c) => {
                  // batteries are priced per kWh of energy (and per kW of power, 0 by default); the others per kW only
                  if (c.only && c.only !== type) return <td key={c.field} className="muted">—</td>;
                  const path = `costs.types.${type}.${c.field}`;
                  const value = own?.[c.field];
                  const d = defaults.byType[type][c.field];
                  return (
                    <td key={c.field} className="costs-cell">
                      <NumberField
                        value={value}
                        onCommit={(v) => edit((s) => setTypeCost(s, type, c.field, v), path, path, true)}
                        testId={path}
                        label={`${t(`type.${type}`)} ${t(`settings.col.${c.field}`)}`}
                        optional
                        integer={c.integer}
                        min={c.integer ? 1 : 0}
                        max={c.max}
                        disabled={readOnly}
                        className="w-cell"
                      />
                      <span className="costs-default" data-testid={`default-${path}`}>
                        {t('settings.default', { value: c.format(cf, d) })}
                        <SourceNote source={value !== undefined ? sourceOf(path) : referenceSource(typeDefaultRefId(type, c.field))} testId={path} compact />
                        {markOf?.(path)}
                      </span>
                    </td>
                  );
                })}
                <td>
                  {own && (
                    <button type="button" className="btn ghost small-btn" disabled={readOnly} data-testid={`costs-reset-${type}`} onClick={() => void edit((s) => clearTypeCosts(s, type), `costs.types.${type}`)}>
                      {t('settings.reset')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
