import { useTranslation } from 'react-i18next';
import { capacityFromMW, capacityToMW, type CapacityUnit } from '../../../shared/model/units';
import { useCapacityUnit } from '../../features/settings/capacity-unit';

/** The capacity setting as features read it (exports, ledger import) without reaching into the settings feature. */
export { capacityUnitFor, useCapacityUnit } from '../../features/settings/capacity-unit';
import { numberLocale } from '../../i18n';
import { numberFormat } from './number-format';

/** A capacity field: the schema names every capacity in MW (`capacityMW`, `history.localCapacityMW.2020.value`). */
export function isCapacityPath(path: string | undefined): boolean {
  return path !== undefined && /capacityMW(\.|\[|$)/i.test(path);
}

/** How a field shows and takes a stored value: converted at the edge, so the scenario always holds MW. */
export type FieldScale = {
  unit: CapacityUnit;
  /** the unit's label in the UI language */
  label: string;
  toShown(stored: number): number;
  toStored(shown: number): number;
};

/** The scale of a capacity field in the unit the settings give for the UI language; null for other fields. */
export function useCapacityScale(capacity: boolean): FieldScale | null {
  const { t, i18n } = useTranslation('editor');
  const unit = useCapacityUnit(i18n.language);
  if (!capacity) return null;
  return {
    unit,
    label: t(`units.${unit}`),
    toShown: (v) => capacityFromMW(v, unit),
    toStored: (v) => capacityToMW(v, unit),
  };
}

/** Read-only capacities (ledger totals, column headers) in the unit the fields use: the label and a formatter of MW. */
export function useCapacityText(): { label: string; format(mw: number): string } {
  const { t, i18n } = useTranslation('editor');
  const unit = useCapacityUnit(i18n.language);
  const locale = numberLocale(i18n.language);
  return { label: t(`units.${unit}`), format: (mw) => numberFormat(locale, { maximumFractionDigits: unit === 'wanKw' ? 2 : 1 }).format(capacityFromMW(mw, unit)) };
}
